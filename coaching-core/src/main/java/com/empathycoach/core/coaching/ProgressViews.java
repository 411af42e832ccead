package com.empathycoach.core.coaching;

import com.empathycoach.core.lesson.LessonViews.MissedQuestion;
import com.empathycoach.core.roleplay.RolePlayViews.RolePlay;

import java.time.Instant;
import java.util.Comparator;
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

    /** Which agents of the grid to show: every one, or those with a cell in this status. */
    public record AgentFilter(Status status) {
        public static final AgentFilter EVERYONE = new AgentFilter(null);

        public boolean test(AgentRow row) {
            return status == null || row.cells().values().stream().anyMatch(c -> c.status() == status);
        }
    }

    /**
     * How the grid's agents are sorted: by name (the default), by their cell on one assignment (not assigned
     * first, then by status), by work done, or by last activity (never active first).
     */
    public record AgentOrder(By by, Long assignmentId, boolean descending) {
        public static final AgentOrder BY_NAME = new AgentOrder(By.NAME, null, false);

        public enum By { NAME, ASSIGNMENT, DONE, LAST_ACTIVITY }

        public AgentOrder {
            if (by == null || (by == By.ASSIGNMENT) != (assignmentId != null)) {
                throw new IllegalArgumentException("an assignment id is needed to sort by assignment, and only then");
            }
        }

        public Comparator<AgentRow> comparator() {
            Comparator<AgentRow> ascending = switch (by) {
                case NAME -> Comparator.comparing(AgentRow::name);
                case ASSIGNMENT -> Comparator.comparingInt(r -> order(r.cells().get(assignmentId)));
                case DONE -> Comparator.comparingLong(AgentRow::done);
                case LAST_ACTIVITY -> Comparator.comparing(AgentRow::lastActivity,
                        Comparator.nullsFirst(Comparator.naturalOrder()));
            };
            return descending ? ascending.reversed() : ascending;
        }

        private static int order(Cell cell) {
            return cell == null ? -1 : cell.status().ordinal();
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
