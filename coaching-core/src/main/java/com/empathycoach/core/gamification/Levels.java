package com.empathycoach.core.gamification;

/**
 * The level curve: reaching level {@code n} takes {@code 50 * n * (n - 1)} XP in total, so each level
 * needs 100 XP more than the one before (level 2 at 100, 3 at 300, 4 at 600, 5 at 1,000, 10 at 4,500).
 */
public final class Levels {

    private Levels() {
    }

    public static int level(long xp) {
        int level = 1;
        while (threshold(level + 1) <= xp) {
            level++;
        }
        return level;
    }

    /** Total XP needed to reach {@code level}. */
    public static long threshold(int level) {
        return 50L * level * (level - 1);
    }

    public record Progress(int level, long xp, long levelStart, long nextLevelAt) {
        public double fraction() {
            return (double) (xp - levelStart) / (nextLevelAt - levelStart);
        }
    }

    public static Progress progress(long xp) {
        int level = level(xp);
        return new Progress(level, xp, threshold(level), threshold(level + 1));
    }
}
