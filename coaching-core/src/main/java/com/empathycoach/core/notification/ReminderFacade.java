package com.empathycoach.core.notification;

import com.empathycoach.core.coaching.AssignmentStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Reminds agents of assignments due tomorrow or overdue. Every reminder has a key, so running it twice
 * (or on two nodes) tells nobody twice.
 */
@Service
public class ReminderFacade {

    private final NotificationFacade notifications;
    private final AssignmentStore assignments;
    private final Clock clock;
    private final ZoneId zone;

    ReminderFacade(NotificationFacade notifications, AssignmentStore assignments, Clock clock,
                   @Value("${empathy.organisation.time-zone:UTC}") String zone) {
        this.notifications = notifications;
        this.assignments = assignments;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
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
                        List.of(NotificationArgs.item(open.item(), open.title())), CoachingNotifications.linkTo(open.item()));
                sent++;
            } else if (open.dueOn().isBefore(today)) {
                notifications.notify(open.userId(), NotificationKind.ASSIGNMENT_OVERDUE, "overdue:" + open.assignmentId(),
                        List.of(NotificationArgs.item(open.item(), open.title())), CoachingNotifications.linkTo(open.item()));
                sent++;
            }
        }
        return sent;
    }
}
