package com.empathycoach.core.profile;

import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.core.skill.ScoreSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Port: every score an agent earned on a key, kept once and summed per week. */
public interface ProfileStore {

    /** A week's sum for one key and source. */
    record WeekTotal(EmpathyKey key, ScoreSource source, LocalDate weekStart, long total, int samples) {
    }

    /**
     * Records the scores of one piece of work ({@code ref} names it within the source). Recording the same
     * reference again changes nothing.
     */
    void record(long agentId, ScoreSource source, String ref, Map<EmpathyKey, Integer> scores, LocalDate weekStart,
                Instant at);

    /**
     * Replaces the scores recorded under {@code ref} (taking them out of their week's sums) with these; the week must
     * be the same as the replaced scores' (a score keeps the date of the work it is about).
     */
    void replace(long agentId, ScoreSource source, String ref, Map<EmpathyKey, Integer> scores, LocalDate weekStart,
                 Instant at);

    /** The agent's weekly sums, oldest week first. */
    List<WeekTotal> weeks(long agentId);
}
