package com.empathycoach.core.notification;

import com.empathycoach.core.drill.DrillStore;
import com.empathycoach.core.drill.ReminderPrefs;
import com.empathycoach.core.drill.ReminderStore;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Daily drill reminders: in the app, and by e-mail where mail is set up (every notification is mailed then), at the
 * time each agent chooses in their own time zone, never in their quiet hours, once a day at most, and not once the
 * day's drill is done. Turning them off is one click on the drill page, where the reminder links.
 */
@Service
public class DrillReminderFacade {

    private final ReminderStore reminders;
    private final DrillStore drills;
    private final NotificationFacade notifications;
    private final ZoneId zone;
    private final Clock clock;

    DrillReminderFacade(ReminderStore reminders, DrillStore drills, NotificationFacade notifications,
                        @Value("${empathy.organisation.time-zone:UTC}") String zone, Clock clock) {
        this.reminders = reminders;
        this.drills = drills;
        this.notifications = notifications;
        this.zone = ZoneId.of(zone);
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ReminderPrefs mine(Actor agent) {
        agent.require(Role.AGENT);
        return reminders.prefs(agent.userId()).orElse(ReminderPrefs.DEFAULT);
    }

    @Transactional
    public ReminderPrefs save(Actor agent, ReminderPrefs prefs) {
        agent.require(Role.AGENT);
        if (prefs.enabled() && prefs.quietAt(prefs.remindAt())) {
            throw new InvalidInputException("remindAt", "drill.reminders.inQuietHours");
        }
        reminders.save(agent.userId(), prefs);
        return prefs;
    }

    /** One click: reminders off, the chosen times kept for when they are turned on again. */
    @Transactional
    public ReminderPrefs turnOff(Actor agent) {
        return save(agent, mine(agent).off());
    }

    /** Sends the reminders due now; returns how many went out. Safe to run often and on several nodes. */
    @Transactional
    public int remindNow() {
        Instant now = clock.instant();
        LocalDate orgDay = now.atZone(zone).toLocalDate();
        int sent = 0;
        List<ReminderStore.Candidate> candidates = reminders.candidates(orgDay.plusDays(1));
        for (ReminderStore.Candidate c : candidates) {
            ZonedDateTime local = now.atZone(c.zone());
            LocalDate day = local.toLocalDate();
            if (day.equals(c.lastReminded()) || !c.prefs().dueAt(local.toLocalTime())
                    || drills.finishedOn(c.userId(), orgDay) > 0) {
                continue;
            }
            if (reminders.markReminded(c.userId(), day)) {
                notifications.notify(c.userId(), NotificationKind.DRILL_REMINDER, "drill:" + day, List.of(), "drill");
                sent++;
            }
        }
        return sent;
    }
}
