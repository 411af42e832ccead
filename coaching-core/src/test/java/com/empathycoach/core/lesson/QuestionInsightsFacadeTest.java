package com.empathycoach.core.lesson;

import com.empathycoach.core.lesson.AttemptStore.AnswerTally;
import com.empathycoach.core.lesson.LessonViews.ItemFlag;
import com.empathycoach.core.skill.EmpathyKey;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionInsightsFacadeTest {

    private static final Question SINGLE = new Question("q", QuestionType.SINGLE, EmpathyKey.HELP, "", "Which?", null,
            List.of(new AnswerOption("a", "right", true, 0, "why"), new AnswerOption("b", "wrong", false, 0, "why"),
                    new AnswerOption("c", "also wrong", false, 0, "why")));

    private static final Question MULTIPLE = new Question("m", QuestionType.MULTIPLE, EmpathyKey.HELP, "", "Which?", null,
            List.of(new AnswerOption("a", "right", true, 0, "why"), new AnswerOption("b", "right too", true, 0, "why"),
                    new AnswerOption("c", "wrong", false, 0, "why")));

    private static final Question ORDERING = new Question("o", QuestionType.ORDERING, EmpathyKey.HELP, "", "Order", "msg",
            List.of(new AnswerOption("a", "worst", false, 1, "why"), new AnswerOption("b", "middle", false, 2, "why"),
                    new AnswerOption("c", "best", false, 3, "why")));

    private static Set<ItemFlag> flags(Question q, List<Long> picks, long firstTries, long firstRight) {
        long answers = picks.stream().mapToLong(Long::longValue).sum();
        AnswerTally tally = new AnswerTally("l", q.id(), answers, firstTries, firstRight);
        Integer percent = firstTries == 0 ? null : (int) Math.round(firstRight * 100.0 / firstTries);
        return QuestionInsightsFacade.flags(q, picks, tally, percent);
    }

    @Test
    void ninetyPercentRightOnTheFirstTryIsTooEasyAndThirtyIsTooHard() {
        assertThat(flags(SINGLE, List.of(10L, 0L, 0L), 10, 9)).containsExactly(ItemFlag.TOO_EASY);
        assertThat(flags(SINGLE, List.of(10L, 0L, 0L), 10, 8)).isEmpty();
        assertThat(flags(SINGLE, List.of(4L, 3L, 3L), 10, 3)).containsExactly(ItemFlag.TOO_HARD);
        assertThat(flags(SINGLE, List.of(4L, 3L, 3L), 10, 4)).isEmpty();
    }

    @Test
    void aWrongOptionPickedMoreThanTheRightOneIsFlagged() {
        assertThat(flags(SINGLE, List.of(4L, 5L, 1L), 10, 4)).containsExactly(ItemFlag.TEMPTING_WRONG_OPTION);
        assertThat(flags(SINGLE, List.of(5L, 5L, 0L), 10, 5)).as("a tie is not outdrawing").isEmpty();
        assertThat(flags(MULTIPLE, List.of(9L, 3L, 4L), 9, 3)).contains(ItemFlag.TEMPTING_WRONG_OPTION);
        assertThat(flags(ORDERING, List.of(1L, 5L, 4L), 10, 4)).as("ranked most empathetic instead of the best")
                .containsExactly(ItemFlag.TEMPTING_WRONG_OPTION);
        assertThat(flags(ORDERING, List.of(1L, 2L, 7L), 10, 7)).isEmpty();
    }

    @Test
    void fewAnswersRaiseNoFlag() {
        assertThat(flags(SINGLE, List.of(0L, 4L, 0L), 4, 0)).isEmpty();
        assertThat(flags(SINGLE, List.of(4L, 0L, 0L), 4, 4)).isEmpty();
    }

    @Test
    void theRightOptionOfAnOrderingIsTheOneThatBelongsLast() {
        assertThat(ORDERING.options()).filteredOn(o -> QuestionInsightsFacade.right(ORDERING, o))
                .extracting(AnswerOption::id).containsExactly("c");
        assertThat(SINGLE.options()).filteredOn(o -> QuestionInsightsFacade.right(SINGLE, o))
                .extracting(AnswerOption::id).containsExactly("a");
    }
}
