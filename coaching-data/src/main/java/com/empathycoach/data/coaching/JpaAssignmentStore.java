package com.empathycoach.data.coaching;

import com.empathycoach.core.coaching.AssignedItem;
import com.empathycoach.core.coaching.Assignment;
import com.empathycoach.core.coaching.AssignmentKind;
import com.empathycoach.core.coaching.AssignmentOrder;
import com.empathycoach.core.coaching.AssignmentStore;
import com.empathycoach.data.shared.VersionedSave;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Assignments as coaches edit them live in {@link AssignmentEntity} (JPA, with a version); the rows per agent,
 * which the learning events update on a hot path, and the read models joined with names stay on JDBC.
 */
@Repository
class JpaAssignmentStore implements AssignmentStore {

    private static final String SELECT = """
            select a.*, aa.user_id, aa.completed_at, u.display_name
            from assignment a
            join assignment_agent aa on aa.assignment_id = a.id
            join app_user u on u.id = aa.user_id
            """;

    private final AssignmentRepository assignments;
    private final JdbcTemplate jdbc;

    JpaAssignmentStore(AssignmentRepository assignments, JdbcTemplate jdbc) {
        this.assignments = assignments;
        this.jdbc = jdbc;
    }

    @Override
    public long create(long teamId, long coachId, AssignedItem item, String title, LocalDate dueOn, String note,
                       Set<Long> agentIds, Instant now) {
        AssignmentEntity entity = new AssignmentEntity(teamId, coachId, item, title, now);
        entity.dueOn = dueOn;
        entity.note = note;
        long id = assignments.saveAndFlush(entity).id;
        jdbc.batchUpdate("insert into assignment_agent (assignment_id, user_id, item_key) values (?, ?, ?)",
                agentIds.stream().sorted().map(user -> new Object[] {id, user, item.key()}).toList());
        return id;
    }

    @Override
    public Optional<Assignment> assignment(long id) {
        return read(SELECT + " where a.id = ? order by u.display_name", id).stream().findFirst();
    }

    @Override
    public List<Assignment> forTeam(long teamId) {
        return read(SELECT + " where a.team_id = ? and a.status = 'ACTIVE' order by a.due_on, a.id, u.display_name", teamId);
    }

    @Override
    public List<Assignment> forTeam(long teamId, AssignmentOrder order, int offset, int limit) {
        String by = orderBy(order);
        // The page is cut from the assignments first, then each one's agents are joined to it.
        return read("""
                select a.*, aa.user_id, aa.completed_at, u.display_name
                from (select * from assignment a where a.team_id = ? and a.status = 'ACTIVE' order by %s limit ? offset ?) a
                join assignment_agent aa on aa.assignment_id = a.id
                join app_user u on u.id = aa.user_id
                order by %s, u.display_name""".formatted(by, by), teamId, limit, offset);
    }

    @Override
    public int countForTeam(long teamId) {
        Integer count = jdbc.queryForObject("select count(*) from assignment where team_id = ? and status = 'ACTIVE'",
                Integer.class, teamId);
        return count == null ? 0 : count;
    }

    private static String orderBy(AssignmentOrder order) {
        String direction = order.descending() ? " desc" : "";
        return switch (order.by()) {
            case DUE -> "a.due_on" + direction + ", a.id" + direction;
            case ITEM -> "a.kind" + direction + ", a.title" + direction + ", a.id" + direction;
        };
    }

    @Override
    public boolean update(long id, int version, LocalDate dueOn, String note, Instant now) {
        Optional<AssignmentEntity> found = assignments.findById(id);
        if (found.isEmpty() || found.get().version != version) {
            return false;
        }
        AssignmentEntity entity = found.get();
        entity.dueOn = dueOn;
        entity.note = note;
        entity.updatedAt = now;
        return VersionedSave.unlessChangedMeanwhile(assignments, entity);
    }

    @Override
    public void cancel(long id, Instant now) {
        assignments.findById(id).ifPresent(entity -> {
            entity.status = "CANCELLED";
            entity.updatedAt = now;
            assignments.saveAndFlush(entity);
        });
    }

    @Override
    public List<Assignment> forAgent(long userId) {
        // Only the agent's own row of each assignment is read.
        return read(SELECT + " where aa.user_id = ? and a.status = 'ACTIVE' order by a.due_on, a.id", userId);
    }

    @Override
    public void recordAttempt(long userId, String itemKey, int score, boolean keepBest) {
        jdbc.update("""
                update assignment_agent
                set score_total = score_total + ?, attempts = attempts + 1,
                    score = if(?, greatest(coalesce(score, 0), ?), ?)
                where user_id = ? and item_key = ?
                  and assignment_id in (select id from assignment where status = 'ACTIVE')""",
                score, keepBest, score, score, userId, itemKey);
    }

    @Override
    public int complete(long userId, String itemKey, Instant at) {
        return jdbc.update("""
                update assignment_agent aa join assignment a on a.id = aa.assignment_id
                set aa.completed_at = ?
                where aa.user_id = ? and aa.item_key = ? and aa.completed_at is null and a.status = 'ACTIVE'""",
                Timestamp.from(at), userId, itemKey);
    }

    @Override
    public List<DoneLearning> doneLearning() {
        return jdbc.query("""
                select aa.user_id, aa.item_key, aa.completed_at from assignment_agent aa
                where aa.completed_at is not null and (aa.item_key like 'lesson:%' or aa.item_key like 'module:%')""",
                (rs, i) -> new DoneLearning(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()));
    }

    @Override
    public int reopen(long userId, String itemKey) {
        return jdbc.update("update assignment_agent set completed_at = null where user_id = ? and item_key = ?",
                userId, itemKey);
    }

    @Override
    public String coachName(long coachId) {
        return jdbc.queryForList("select display_name from app_user where id = ?", String.class, coachId).stream()
                .findFirst().orElse("");
    }

    @Override
    public List<OpenItem> openDueOnOrBefore(LocalDate date) {
        return jdbc.query("""
                select a.id, aa.user_id, a.title, a.due_on, a.item_key from assignment a
                join assignment_agent aa on aa.assignment_id = a.id
                where a.status = 'ACTIVE' and aa.completed_at is null and a.due_on <= ?""",
                (rs, i) -> new OpenItem(rs.getLong(1), rs.getLong(2), AssignedItem.fromKey(rs.getString(5)), rs.getString(3),
                        rs.getDate(4).toLocalDate()),
                Date.valueOf(date));
    }

    private List<Assignment> read(String sql, Object... params) {
        Map<Long, Row> rows = new LinkedHashMap<>();
        jdbc.query(sql, rs -> {
            Row row = rows.computeIfAbsent(rs.getLong("id"), id -> {
                try {
                    return new Row(rs);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            Timestamp done = rs.getTimestamp("completed_at");
            row.assignees.add(new Assignment.Assignee(rs.getLong("user_id"), rs.getString("display_name"),
                    done == null ? null : done.toInstant()));
        }, params);
        return rows.values().stream().map(Row::toAssignment).toList();
    }

    private static final class Row {
        final long id;
        final long teamId;
        final long coachId;
        final AssignedItem item;
        final String title;
        final LocalDate dueOn;
        final String note;
        final boolean cancelled;
        final Instant createdAt;
        final int version;
        final List<Assignment.Assignee> assignees = new ArrayList<>();

        Row(ResultSet rs) throws SQLException {
            id = rs.getLong("id");
            teamId = rs.getLong("team_id");
            coachId = rs.getLong("coach_id");
            item = new AssignedItem(AssignmentKind.valueOf(rs.getString("kind")), rs.getString("content_id"),
                    rs.getString("lesson_id"));
            title = rs.getString("title");
            dueOn = rs.getDate("due_on").toLocalDate();
            note = rs.getString("note");
            cancelled = "CANCELLED".equals(rs.getString("status"));
            createdAt = rs.getTimestamp("created_at").toInstant();
            version = rs.getInt("version");
        }

        Assignment toAssignment() {
            return new Assignment(id, teamId, coachId, item, title, dueOn, note, cancelled, createdAt, assignees, version);
        }
    }
}
