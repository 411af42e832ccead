package com.empathycoach.core.coaching;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class AssignmentOutcomeTest {

    private static final LocalDate DUE = LocalDate.of(2026, 12, 10);

    @Test
    void doneByTheDueDateIsMetAfterItLateAndNotDoneIsOpenThenOverdue() {
        assertThat(AssignmentOutcome.of(DUE, DUE, DUE.plusDays(5))).as("done on the due date").isEqualTo(AssignmentOutcome.MET);
        assertThat(AssignmentOutcome.of(DUE.plusDays(1), DUE, DUE.plusDays(5))).isEqualTo(AssignmentOutcome.LATE);
        assertThat(AssignmentOutcome.of(null, DUE, DUE)).as("due today is not overdue").isEqualTo(AssignmentOutcome.OPEN);
        assertThat(AssignmentOutcome.of(null, DUE, DUE.plusDays(1))).isEqualTo(AssignmentOutcome.OVERDUE);
        assertThat(AssignmentOutcome.MET.done()).isTrue();
        assertThat(AssignmentOutcome.LATE.done()).isTrue();
        assertThat(AssignmentOutcome.OVERDUE.done()).isFalse();
    }
}
