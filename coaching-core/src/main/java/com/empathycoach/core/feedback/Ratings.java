package com.empathycoach.core.feedback;

/** The 1 to 5 scale peers and customers answer on, and how it maps onto the 0 to 100 of every other score. */
public final class Ratings {

    public static final int MIN = 1;
    public static final int MAX = 5;

    private Ratings() {
    }

    public static int toPercent(int rating) {
        return (rating - MIN) * 100 / (MAX - MIN);
    }

    public static double toRating(double percent) {
        return MIN + percent * (MAX - MIN) / 100.0;
    }
}
