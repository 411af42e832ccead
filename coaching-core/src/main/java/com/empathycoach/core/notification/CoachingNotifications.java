package com.empathycoach.core.notification;

import com.empathycoach.core.coaching.AssignedItem;
import com.empathycoach.core.coaching.AssignmentEvents.AssignmentCreated;
import com.empathycoach.core.coaching.AssignmentStore;
import com.empathycoach.core.coaching.NoteEvents.NoteWritten;
import com.empathycoach.core.coaching.ReviewFacade.ReplyReviewed;
import com.empathycoach.core.feedback.FeedbackEvents.AssignmentSuggested;
import com.empathycoach.core.feedback.FeedbackEvents.PeerFeedbackRequested;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.TeamMember;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Turns coaching and feedback events into notifications. Every notification has a key, so an event
 * handled twice tells nobody twice.
 */
@Component
class CoachingNotifications {

    private final NotificationFacade notifications;
    private final AssignmentStore assignments;
    private final IdentityStore identity;

    CoachingNotifications(NotificationFacade notifications, AssignmentStore assignments, IdentityStore identity) {
        this.notifications = notifications;
        this.assignments = assignments;
        this.identity = identity;
    }

    @EventListener
    void on(AssignmentCreated e) {
        for (long agent : e.agentIds()) {
            notifications.notify(agent, NotificationKind.ASSIGNMENT_NEW, "new:" + e.assignmentId(),
                    List.of(e.coachName(), NotificationArgs.item(e.item(), e.title()), NotificationArgs.date(e.dueOn())),
                    linkTo(e.item()));
        }
    }

    /** The assigned item itself, so the notification opens what the coach asked for. */
    static String linkTo(AssignedItem item) {
        return switch (item.kind()) {
            case MODULE -> "lessons/" + item.contentId();
            case LESSON -> "lessons/" + item.contentId() + "/" + item.lessonId();
            case SCENARIO -> "roleplay/" + item.contentId();
        };
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

    @EventListener
    void on(AssignmentSuggested e) {
        identity.teamsOfAgent(e.agentId()).stream().flatMap(t -> t.coaches().stream()).map(TeamMember::userId).distinct()
                .forEach(coach -> notifications.notify(coach, NotificationKind.ASSIGN_SUGGESTED, "suggest:" + e.suggestionId(),
                        List.of(e.agentName(), NotificationArgs.item(AssignedItem.module(e.moduleId()), e.moduleTitle())),
                        "coach"));
    }
}
