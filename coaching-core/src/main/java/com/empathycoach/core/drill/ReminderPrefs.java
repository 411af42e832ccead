package com.empathycoach.core.drill;

import java.time.LocalTime;

/** When an agent wants the drill reminder, in their own time zone, and the hours when nothing is sent. */
public record ReminderPrefs(boolean enabled, LocalTime remindAt, LocalTime quietFrom, LocalTime quietUntil) {

    public static final ReminderPrefs DEFAULT = new ReminderPrefs(true, LocalTime.of(10, 0), LocalTime.of(20, 0),
            LocalTime.of(8, 0));

    public ReminderPrefs {
        if (remindAt == null || quietFrom == null || quietUntil == null) {
            throw new IllegalArgumentException("times must be given");
        }
    }

    /** Quiet hours may run past midnight (20:00 to 08:00). Equal ends mean no quiet hours. */
    public boolean quietAt(LocalTime time) {
        if (quietFrom.equals(quietUntil)) {
            return false;
        }
        return quietFrom.isBefore(quietUntil) ? !time.isBefore(quietFrom) && time.isBefore(quietUntil)
                : !time.isBefore(quietFrom) || time.isBefore(quietUntil);
    }

    /** Whether a reminder is due at this local time: on, at or past the chosen time, and not in quiet hours. */
    public boolean dueAt(LocalTime time) {
        return enabled && !time.isBefore(remindAt) && !quietAt(time);
    }

    public ReminderPrefs off() {
        return new ReminderPrefs(false, remindAt, quietFrom, quietUntil);
    }
}
