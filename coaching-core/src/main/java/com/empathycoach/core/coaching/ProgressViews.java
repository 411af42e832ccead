package com.empathycoach.core.coaching;

import com.empathycoach.core.lesson.LessonViews.MissedQuestion;
import com.empathycoach.core.roleplay.RolePlayViews.RolePlay;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the team progress grid and an agent's drill-down show. */
public final class ProgressViews {

    private ProgressViews() {
    }

    /** A cell's state: {@link AssignmentOutcome} for work done or overdue, otherwise whether it was begun. */
    public enum Status { NOT_STARTED, IN_PROGRESS, OVERDUE, MET, LATE;

        public boolean done() {
            return this == MET || this == LATE;
        }
    }

    /** One agent's state on one assignment; {@code score} is a percentage or null before any result. */
    public record Cell(Status status, Integer score) {
    }

    /** A row of the grid: an agent and their cell per assignment id (no cell where not assigned). */
    public record AgentRow(long agentId, String name, Map<Long, Cell> cells, Instant lastActivity) {
        public AgentRow {
            cells = Map.copyOf(cells);
        }

        public long count(Status status) {
            return cells.values().stream().filter(c -> c.status() == status).count();
        }

        public long done() {
            return cells.values().stream().filter(c -> c.status().done()).count();
        }
    }

    public record TeamProgress(long teamId, String teamName, List<Assignment> assignments, List<AgentRow> agents) {
        public TeamProgress {
            assignments = List.copyOf(assignments);
            agents = List.copyOf(agents);
        }
    }

    public record LessonRow(String moduleTitle, String lessonTitle, int attempts, Integer bestScore, boolean passed,
                            boolean open, Instant lastActivity) {
    }

    /** A role-play the agent has played: their record and the latest play with its transcript. */
    public record RolePlayRow(String scenarioTitle, int completedPlays, Integer bestOverall, RolePlay latest) {
    }

    public record MissedRow(String lessonTitle, MissedQuestion missed) {
    }

    public record AgentDetail(long agentId, String name, List<LessonRow> lessons, List<RolePlayRow> rolePlays,
                              List<MissedRow> missed) {
    }
}
