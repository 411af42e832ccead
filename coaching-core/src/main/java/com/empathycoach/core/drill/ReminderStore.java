package com.empathycoach.core.drill;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Port: each agent's drill reminder settings and the last day a reminder went out. */
public interface ReminderStore {

    Optional<ReminderPrefs> prefs(long userId);

    void save(long userId, ReminderPrefs prefs);

    /** An active agent who may need a reminder: their settings (defaults when never set) and time zone. */
    record Candidate(long userId, ReminderPrefs prefs, ZoneId zone, LocalDate lastReminded) {
    }

    /** Active agents with reminders on (or never set) who were last reminded before {@code before}, or never. */
    List<Candidate> candidates(LocalDate before);

    /** Marks the day reminded; false if it already was (another node, a repeated run). */
    boolean markReminded(long userId, LocalDate day);
}
