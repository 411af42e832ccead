package com.empathycoach.core.gamification;

import java.util.List;
import java.util.Optional;

/** Every badge there is, in cabinet order. Criteria are visible to everyone, locked badges included. */
public final class Badges {

    /** A role-play counts toward a key's badge when that key scored at least this much. */
    public static final int KEY_MASTERY_SCORE = 80;

    public static final List<Badge> ALL = List.of(
            new Badge("first-steps", Metric.LESSONS_COMPLETED, 1, "vaadin:road"),
            new Badge("lesson-learner", Metric.LESSONS_PASSED, 5, "vaadin:academy-cap"),
            new Badge("lesson-scholar", Metric.LESSONS_PASSED, 15, "vaadin:book"),
            new Badge("whole-curriculum", Metric.LESSONS_PASSED, 26, "vaadin:diploma", true),
            new Badge("perfect-score", Metric.PERFECT_LESSONS, 1, "vaadin:star"),
            new Badge("perfectionist", Metric.PERFECT_LESSONS, 5, "vaadin:flag-checkered"),
            new Badge("sharp-eye", Metric.QUESTIONS_CORRECT, 50, "vaadin:eye"),
            new Badge("first-conversation", Metric.SCENARIOS_COMPLETED, 1, "vaadin:comment"),
            new Badge("conversation-regular", Metric.SCENARIOS_COMPLETED, 5, "vaadin:comments"),
            new Badge("every-conversation", Metric.SCENARIOS_COMPLETED, 13, "vaadin:comments-o", true),
            new Badge("happy-endings", Metric.HAPPY_ENDINGS, 3, "vaadin:smiley-o"),
            new Badge("own-words", Metric.WRITTEN_REPLIES, 3, "vaadin:pencil"),
            new Badge("need-finder", Metric.DISCOVER_ROLEPLAYS, 3, "vaadin:search"),
            new Badge("gap-minder", Metric.KNOWLEDGE_ROLEPLAYS, 3, "vaadin:lightbulb"),
            new Badge("helping-hand", Metric.HELP_ROLEPLAYS, 3, "vaadin:handshake"),
            new Badge("channel-pro", Metric.CHANNEL_ROLEPLAYS, 3, "vaadin:phone"),
            new Badge("streak-3", Metric.STREAK_DAYS, 3, "vaadin:fire"),
            new Badge("streak-7", Metric.STREAK_DAYS, 7, "vaadin:calendar"),
            new Badge("streak-30", Metric.STREAK_DAYS, 30, "vaadin:trophy"),
            new Badge("level-5", Metric.LEVEL, 5, "vaadin:level-up"),
            new Badge("level-10", Metric.LEVEL, 10, "vaadin:medal"));

    private Badges() {
    }

    public static Optional<Badge> byId(String id) {
        return ALL.stream().filter(b -> b.id().equals(id)).findFirst();
    }
}
