package com.empathycoach.core.gamification;

import java.time.LocalDate;

/**
 * Days in a row with at least one completed step, counted in the learner's time zone. {@code current}
 * is as stored at the last active day; {@link #asOf(LocalDate)} gives what it is worth today.
 */
public record Streak(int current, int longest, LocalDate lastDay) {

    public static final Streak NONE = new Streak(0, 0, null);

    /** The streak still running today: kept if the last active day was today or yesterday, else 0. */
    public int asOf(LocalDate today) {
        if (lastDay == null) {
            return 0;
        }
        return lastDay.equals(today) || lastDay.equals(today.minusDays(1)) ? current : 0;
    }
}
