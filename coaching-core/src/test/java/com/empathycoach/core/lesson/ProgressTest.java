package com.empathycoach.core.lesson;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    private static LessonResult result(int finished, Integer best, boolean passed, Integer open) {
        return new LessonResult("m", "l", finished, best, passed, open, NOW);
    }

    @Test
    void aLessonIsPassedOnlyAtItsPassMarkAttemptedBelowItAndNotStartedBeforeAnyFinish() {
        assertThat(Progress.lesson(null)).isEqualTo(Progress.LessonStatus.NOT_STARTED);
        assertThat(Progress.lesson(result(0, null, false, 3))).as("begun, not finished").isEqualTo(Progress.LessonStatus.NOT_STARTED);
        assertThat(Progress.lesson(result(1, 0, false, null))).as("finished at 0%").isEqualTo(Progress.LessonStatus.ATTEMPTED);
        assertThat(Progress.lesson(result(2, 79, false, null))).isEqualTo(Progress.LessonStatus.ATTEMPTED);
        assertThat(Progress.lesson(result(2, 80, true, null))).isEqualTo(Progress.LessonStatus.PASSED);
    }

    @Test
    void aModuleIsCompletedOnlyWhenEveryLessonIsPassed() {
        assertThat(Progress.module(List.of(), 3)).isEqualTo(Progress.ModuleStatus.NOT_STARTED);
        assertThat(Progress.module(List.of(result(1, 100, true, null), result(1, 100, true, null)), 3))
                .isEqualTo(Progress.ModuleStatus.IN_PROGRESS);
        assertThat(Progress.module(List.of(result(1, 100, true, null), result(1, 100, true, null),
                result(3, 60, false, null)), 3)).as("one lesson only attempted").isEqualTo(Progress.ModuleStatus.IN_PROGRESS);
        assertThat(Progress.module(List.of(result(1, 100, true, null), result(1, 90, true, null),
                result(3, 80, true, null)), 3)).isEqualTo(Progress.ModuleStatus.COMPLETED);
    }
}
