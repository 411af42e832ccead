package com.empathycoach.core.lesson;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionTest {

    @Test
    void singleChoiceIsRightOnlyWithTheCorrectOption() {
        Question q = LessonFixtures.single("q");
        assertThat(q.isCorrect(List.of("a"))).isTrue();
        assertThat(q.isCorrect(List.of("b"))).isFalse();
    }

    @Test
    void multipleChoiceNeedsExactlyTheCorrectSet() {
        Question q = LessonFixtures.multiple("q");
        assertThat(q.isCorrect(List.of("b", "a"))).isTrue();
        assertThat(q.isCorrect(List.of("a"))).isFalse();
        assertThat(q.isCorrect(List.of("a", "b", "c"))).isFalse();
        assertThat(q.isCorrect(List.of("a", "a"))).isFalse();
    }

    @Test
    void orderingNeedsTheFullOrderFromLeastToMostEmpathetic() {
        Question q = LessonFixtures.ordering("q");
        assertThat(q.expected()).containsExactly("b", "c", "a");
        assertThat(q.isCorrect(List.of("b", "c", "a"))).isTrue();
        assertThat(q.isCorrect(List.of("c", "b", "a"))).isFalse();
    }

    @Test
    void wellFormedAnswersNameKnownOptionsOnceInTheRightShape() {
        assertThat(LessonFixtures.single("q").isWellFormed(List.of("a", "b"))).isFalse();
        assertThat(LessonFixtures.single("q").isWellFormed(List.of("z"))).isFalse();
        assertThat(LessonFixtures.single("q").isWellFormed(List.of())).isFalse();
        assertThat(LessonFixtures.multiple("q").isWellFormed(List.of("a", "c"))).isTrue();
        assertThat(LessonFixtures.ordering("q").isWellFormed(List.of("a", "b"))).isFalse();
        assertThat(LessonFixtures.ordering("q").isWellFormed(List.of("a", "b", "b"))).isFalse();
    }
}
