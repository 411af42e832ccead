package com.empathycoach.core.gamification;

import java.util.List;

/**
 * What one finished lesson attempt earned, and why: each rule's line with what it would pay, what the repeat
 * rule let it ask for and what the daily cap let it pay; the level reached, and badges earned by the attempt.
 */
public record LessonXp(int attemptNo, int repeatPercent, List<Line> lines, Levels.Progress level, List<Badge> badges) {

    public LessonXp {
        lines = List.copyOf(lines);
        badges = List.copyOf(badges);
    }

    /** {@code requested} is after the repeat reduction; {@code paid} after the daily cap. */
    public record Line(XpRule rule, int requested, int paid) {
        public boolean capped() {
            return paid < requested;
        }
    }

    public int earned() {
        return lines.stream().mapToInt(Line::paid).sum();
    }

    public boolean capped() {
        return lines.stream().anyMatch(Line::capped);
    }

    /** Why the attempt earned what it did, as one reason key: first attempt, reduced repeat, no XP, or cap. */
    public Reason reason() {
        if (capped()) {
            return Reason.DAILY_CAP;
        }
        if (repeatPercent == 100) {
            return Reason.FIRST_ATTEMPT;
        }
        return repeatPercent == 0 ? Reason.NO_MORE_REPEATS : Reason.REPEAT_REDUCED;
    }

    public enum Reason { FIRST_ATTEMPT, REPEAT_REDUCED, NO_MORE_REPEATS, DAILY_CAP }
}
