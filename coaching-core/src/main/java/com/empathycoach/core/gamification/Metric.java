package com.empathycoach.core.gamification;

/**
 * Counters that badges are measured on. Most count distinct things (a lesson passed twice counts once);
 * {@link #STREAK_DAYS} and {@link #LEVEL} hold the best value reached.
 */
public enum Metric {
    LESSONS_COMPLETED,
    LESSONS_PASSED,
    PERFECT_LESSONS,
    QUESTIONS_CORRECT,
    SCENARIOS_COMPLETED,
    HAPPY_ENDINGS,
    WRITTEN_REPLIES,
    DISCOVER_ROLEPLAYS,
    KNOWLEDGE_ROLEPLAYS,
    HELP_ROLEPLAYS,
    CHANNEL_ROLEPLAYS,
    STREAK_DAYS,
    LEVEL
}
