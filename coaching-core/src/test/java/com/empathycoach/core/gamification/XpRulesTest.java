package com.empathycoach.core.gamification;

import com.empathycoach.core.lesson.LessonEvents.LessonCompleted;
import com.empathycoach.core.roleplay.RolePlayEvents.RolePlayCompleted;
import com.empathycoach.core.roleplay.Scenario.Outcome;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class XpRulesTest {

    private final Instant at = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void aLessonPaysForFinishingAndForTheScoreAndRepeatsPayLessUntilNothing() {
        var first = XpRules.forLesson(new LessonCompleted(1, "m", "l", 1, 1, 75, true, at));
        assertThat(first).extracting(Award::rule, Award::amount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(XpRule.LESSON_COMPLETED, 40),
                        org.assertj.core.groups.Tuple.tuple(XpRule.QUIZ_SCORE, 45));
        assertThat(first).extracting(Award::source).containsOnly("lesson:m/l#1");
        assertThat(XpRules.forLesson(new LessonCompleted(1, "m", "l", 2, 1, 100, true, at)))
                .extracting(Award::amount).containsExactly(20, 30);
        assertThat(XpRules.forLesson(new LessonCompleted(1, "m", "l", 3, 1, 100, true, at)))
                .extracting(Award::amount).containsExactly(10, 15);
        assertThat(XpRules.forLesson(new LessonCompleted(1, "m", "l", 4, 1, 100, true, at)))
                .extracting(Award::amount).containsExactly(0, 0);
    }

    @Test
    void roleplayPeerAndCustomerRulesPayAsDocumented() {
        Award roleplay = XpRules.forRolePlay(new RolePlayCompleted(1, "s", 9, 1, 1, Outcome.RESOLVED_HAPPY, Map.of(), 50, at));
        assertThat(roleplay.amount()).isEqualTo(40);
        assertThat(roleplay.source()).isEqualTo("roleplay:s#1");
        assertThat(XpRules.forPeerFeedbackGiven(1, "r7", at).amount()).isEqualTo(20);
        assertThat(XpRules.forCustomerFeedback(1, "t1", 5, at).amount()).isEqualTo(30);
        assertThat(XpRules.forCustomerFeedback(1, "t2", 3, at).amount()).isZero();
        assertThat(XpRules.RULES).containsOnlyKeys(XpRule.values());
    }

    @Test
    void levelsFollowTheDocumentedCurve() {
        assertThat(Levels.level(0)).isEqualTo(1);
        assertThat(Levels.level(99)).isEqualTo(1);
        assertThat(Levels.level(100)).isEqualTo(2);
        assertThat(Levels.level(1_000)).isEqualTo(5);
        assertThat(Levels.level(4_499)).isEqualTo(9);
        assertThat(Levels.level(4_500)).isEqualTo(10);
        assertThat(Levels.progress(150).fraction()).isEqualTo(0.25);
    }

    @Test
    void aStreakCountsUntilADayIsMissed() {
        Streak streak = new Streak(4, 6, LocalDate.parse("2026-11-22"));
        assertThat(streak.asOf(LocalDate.parse("2026-11-22"))).isEqualTo(4);
        assertThat(streak.asOf(LocalDate.parse("2026-11-23"))).isEqualTo(4);
        assertThat(streak.asOf(LocalDate.parse("2026-11-24"))).isZero();
        assertThat(Badges.ALL).hasSizeGreaterThanOrEqualTo(15);
        assertThat(Badges.ALL).extracting(Badge::id).doesNotHaveDuplicates();
    }
}
