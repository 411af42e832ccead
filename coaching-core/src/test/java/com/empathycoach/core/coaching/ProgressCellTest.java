package com.empathycoach.core.coaching;

import com.empathycoach.core.coaching.ProgressViews.Status;
import com.empathycoach.core.lesson.LessonResult;
import com.empathycoach.core.roleplay.RolePlayResult;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressCellTest {

    private final LocalDate today = LocalDate.parse("2026-11-24");
    private final Instant now = Instant.parse("2026-11-24T10:00:00Z");

    private Assignment assignment(AssignedItem item, LocalDate due, Instant doneAt) {
        return new Assignment(1, 1, 2, item, "t", due, null, false, now, List.of(new Assignment.Assignee(7, "Ana", doneAt)), 0);
    }

    private ProgressViews.Cell cell(Assignment a, List<LessonResult> lessons, List<RolePlayResult> plays) {
        return ProgressFacade.cell(a, a.assignees().getFirst(), lessons, plays, today, java.time.ZoneOffset.UTC);
    }

    @Test
    void statusFollowsDoneThenDueDateThenActivity() {
        var lesson = AssignedItem.lesson("m", "l");
        var started = List.of(new LessonResult("m", "l", 0, null, false, 2, now));
        assertThat(cell(assignment(lesson, today.plusDays(1), null), List.of(), List.of()).status()).isEqualTo(Status.NOT_STARTED);
        assertThat(cell(assignment(lesson, today.plusDays(1), null), started, List.of()).status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(cell(assignment(lesson, today.minusDays(1), null), started, List.of()).status()).isEqualTo(Status.OVERDUE);
        assertThat(cell(assignment(lesson, today, null), List.of(), List.of()).status()).as("due today is not overdue")
                .isEqualTo(Status.NOT_STARTED);
        var done = cell(assignment(lesson, today.minusDays(1), now),
                List.of(new LessonResult("m", "l", 2, 80, true, null, now)), List.of());
        assertThat(done.status()).as("done after the due date").isEqualTo(Status.LATE);
        assertThat(done.score()).isEqualTo(80);
        var onTime = cell(assignment(lesson, today, now), List.of(new LessonResult("m", "l", 1, 90, true, null, now)), List.of());
        assertThat(onTime.status()).isEqualTo(Status.MET);
    }

    @Test
    void aModuleScoresTheAverageOfItsLessonsAndARolePlayItsBestPlay() {
        var module = cell(assignment(AssignedItem.module("m"), today.plusDays(3), null), List.of(
                new LessonResult("m", "a", 1, 60, false, null, now), new LessonResult("m", "b", 1, 91, true, null, now),
                new LessonResult("other", "c", 1, 10, false, null, now)), List.of());
        assertThat(module.status()).isEqualTo(Status.IN_PROGRESS);
        assertThat(module.score()).isEqualTo(76);
        var play = cell(assignment(AssignedItem.scenario("s"), today.plusDays(3), now), List.of(),
                List.of(new RolePlayResult("s", 2, 88, false, now)));
        assertThat(play.status()).isEqualTo(Status.MET);
        assertThat(play.score()).isEqualTo(88);
    }
}
