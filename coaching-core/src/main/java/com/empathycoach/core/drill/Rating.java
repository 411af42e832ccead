package com.empathycoach.core.drill;

import java.time.Duration;

/** How well an item was recalled, on FSRS's four-point scale, decided from correctness and response time. */
public enum Rating {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    /** A right answer at least this quick counts as easy. */
    public static final Duration QUICK = Duration.ofSeconds(6);
    /** A right answer that took at least this long counts as hard. */
    public static final Duration SLOW = Duration.ofSeconds(30);

    private final int grade;

    Rating(int grade) {
        this.grade = grade;
    }

    public int grade() {
        return grade;
    }

    /** Wrong is AGAIN; right is EASY when quick, HARD when slow, GOOD otherwise or when the time is unknown. */
    public static Rating of(boolean correct, Duration responseTime) {
        if (!correct) {
            return AGAIN;
        }
        if (responseTime == null) {
            return GOOD;
        }
        if (responseTime.compareTo(QUICK) <= 0) {
            return EASY;
        }
        return responseTime.compareTo(SLOW) >= 0 ? HARD : GOOD;
    }
}
