package com.empathycoach.core.gamification;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LessonXpTest {

    private static LessonXp xp(int attempt, int finishingPaid, int quizPaid) {
        int percent = XpRules.repeatPercent(attempt);
        return new LessonXp(attempt, percent, List.of(
                new LessonXp.Line(XpRule.LESSON_COMPLETED, 40 * percent / 100, finishingPaid),
                new LessonXp.Line(XpRule.QUIZ_SCORE, 30 * percent / 100, quizPaid)), Levels.progress(0), List.of());
    }

    @Test
    void theReasonFollowsTheRepeatRuleAndTheDailyCap() {
        assertThat(xp(1, 40, 30).reason()).isEqualTo(LessonXp.Reason.FIRST_ATTEMPT);
        assertThat(xp(1, 40, 30).earned()).isEqualTo(70);
        assertThat(xp(2, 20, 15).reason()).isEqualTo(LessonXp.Reason.REPEAT_REDUCED);
        assertThat(xp(4, 0, 0).reason()).isEqualTo(LessonXp.Reason.NO_MORE_REPEATS);
        assertThat(xp(1, 40, 5).reason()).as("part of the quiz XP stopped by the cap").isEqualTo(LessonXp.Reason.DAILY_CAP);
    }
}
