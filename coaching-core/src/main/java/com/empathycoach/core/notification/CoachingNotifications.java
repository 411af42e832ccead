package com.empathycoach.core.notification;

import com.empathycoach.core.coaching.AssignmentEvents.AssignmentCreated;
import com.empathycoach.core.coaching.AssignmentStore;
import com.empathycoach.core.coaching.NoteEvents.NoteWritten;
import com.empathycoach.core.coaching.ReviewFacade.ReplyReviewed;
import com.empathycoach.core.feedback.FeedbackEvents.PeerFeedbackRequested;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Turns coaching events into notifications, and reminds agents of assignments due tomorrow or overdue. Every notification has a key, so running the reminder twice (or on two nodes)
 * tells nobody twice.
 */
@Component
public class CoachingNotifications {

    private final NotificationFacade notifications;
    private final AssignmentStore assignments;
    private final Clock clock;
    private final ZoneId zone;

    CoachingNotifications(NotificationFacade notifications, AssignmentStore assignments, Clock clock, @Value("${empathy.organisation.time-zone:UTC}") String zone) {
        this.notifications = notifications;
        this.assignments = assignments;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    @EventListener
    void on(AssignmentCreated e) {
        for (long agent : e.agentIds()) {
            notifications.notify(agent, NotificationKind.ASSIGNMENT_NEW, "new:" + e.assignmentId(),
                    List.of(e.coachName(), e.title(), e.dueOn().toString()), "agent");
        }
    }

    @EventListener
    void on(ReplyReviewed e) {
        // The link opens exactly this reviewed reply in the agent's history, whatever they played since.
        notifications.notify(e.agentId(), NotificationKind.REVIEW_DONE, "review:" + e.attemptId() + "#" + e.turnNo(),
                List.of(), "roleplay/reviewed?attempt=" + e.attemptId() + "&turn=" + e.turnNo());
    }

    @EventListener
    void on(NoteWritten e) {
        notifications.notify(e.agentId(), NotificationKind.NOTE_TO_ACKNOWLEDGE, "note:" + e.noteId(),
                List.of(e.coachName()), "agent");
    }

    @EventListener
    void on(PeerFeedbackRequested e) {
        notifications.notify(e.peerId(), NotificationKind.PEER_FEEDBACK_ASKED, "peer:" + e.requestId(),
                List.of(e.agentName()), "feedback/peers");
    }

    /** Reminds as of today in the organisation's time zone; the schedule lives with the app, which runs it once across nodes. */
    public int remindToday() {
        return remind(clock.instant().atZone(zone).toLocalDate());
    }

    /** Reminds agents of open assignments due tomorrow, and of those overdue. */
    public int remind(LocalDate today) {
        int sent = 0;
        for (var open : assignments.openDueOnOrBefore(today.plusDays(1))) {
            if (open.dueOn().equals(today.plusDays(1))) {
                notifications.notify(open.userId(), NotificationKind.ASSIGNMENT_DUE_TOMORROW, "due:" + open.assignmentId(),
                        List.of(open.title()), "agent");
                sent++;
            } else if (open.dueOn().isBefore(today)) {
                notifications.notify(open.userId(), NotificationKind.ASSIGNMENT_OVERDUE, "overdue:" + open.assignmentId(),
                        List.of(open.title()), "agent");
                sent++;
            }
        }
        return sent;
    }
}
