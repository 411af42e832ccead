package com.empathycoach.core.lesson;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class LessonStepsTest {

    private final LessonContent lesson = LessonFixtures.lesson();

    @Test
    void cardsComeFirstThenQuestions() {
        List<LessonStep> steps = LessonSteps.build(lesson, 7, Map.of());
        assertThat(steps).hasSize(6);
        assertThat(steps.getFirst()).isInstanceOf(LessonStep.CardStep.class);
        assertThat(steps.subList(1, 6)).allMatch(s -> s instanceof LessonStep.QuestionStep);
    }

    @Test
    void sameSeedGivesSameOptionOrderSoAResumedAttemptLooksTheSame() {
        assertThat(optionOrders(42)).isEqualTo(optionOrders(42));
    }

    @Test
    void differentSeedsShuffleOptionsForARetry() {
        boolean anyDifferent = false;
        for (long seed = 1; seed < 20 && !anyDifferent; seed++) {
            anyDifferent = !optionOrders(seed).equals(optionOrders(seed + 100));
        }
        assertThat(anyDifferent).isTrue();
    }

    @RepeatedTest(20)
    void scoreIsTheShareOfCorrectAnswersRoundedDownAndNeverAbove100() {
        Random random = new Random();
        int correct = 0;
        Map<String, RecordedAnswer> answers = new java.util.HashMap<>();
        for (Question q : lesson.questions()) {
            if (random.nextBoolean()) {
                boolean right = random.nextBoolean();
                correct += right ? 1 : 0;
                answers.put(q.id(), new RecordedAnswer(q.id(), List.of("a"), right));
            }
        }
        int score = LessonSteps.score(lesson, answers);
        assertThat(score).isEqualTo(correct * 100 / lesson.questions().size()).isBetween(0, 100);
    }

    @Test
    void aQuestionMustBeAnsweredBeforeMovingOn() {
        List<LessonStep> steps = LessonSteps.build(lesson, 1, Map.of("q1", new RecordedAnswer("q1", List.of("a"), true)));
        assertThat(LessonSteps.mayLeave(steps.get(0))).isTrue();
        assertThat(LessonSteps.mayLeave(steps.get(1))).isTrue();
        assertThat(LessonSteps.mayLeave(steps.get(2))).isFalse();
    }

    private List<List<String>> optionOrders(long seed) {
        return LessonSteps.build(lesson, seed, Map.of()).stream()
                .filter(s -> s instanceof LessonStep.QuestionStep)
                .map(s -> ((LessonStep.QuestionStep) s).question().options().stream().map(AnswerOption::id).toList())
                .toList();
    }
}
