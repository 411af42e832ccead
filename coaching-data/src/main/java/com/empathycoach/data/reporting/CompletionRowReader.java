package com.empathycoach.data.reporting;

import com.empathycoach.core.coaching.AssignmentOutcome;
import com.empathycoach.core.reporting.CompletionRow;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The completion export's rows in their order (team, agent, assigned date), without asking the database to
 * join and sort every row. It reads the filter's assignments and each team's agents (both small, names sorted
 * by the database's collation), then the agent x assignment rows as bare numbers for a batch of agents at a
 * time, and orders each batch itself. Memory is bounded by the batch, not by the export; one sorted join over
 * all rows kept the database busy for about 200 ms at 100,000 rows before the first row left
 * (docs/BENCHMARKS.md).
 */
final class CompletionRowReader {

    /** Rows held at most per batch of agents. */
    static final int BATCH_ROWS = 50_000;
    /** Agents named at most per batch query. */
    static final int MAX_AGENTS = 1_000;

    private final JdbcTemplate jdbc;
    private final JdbcReportingStore.Where where;
    private final LocalDate today;
    private final ZoneId zone;
    private final int batchRows;

    CompletionRowReader(JdbcTemplate jdbc, JdbcReportingStore.Where where, LocalDate today, ZoneId zone, int batchRows) {
        this.jdbc = jdbc;
        this.where = where;
        this.today = today;
        this.zone = zone;
        this.batchRows = batchRows;
    }

    /** One assigned item as every row of it shows it; {@code order} is its place by assigned time. */
    private record Item(String team, String coach, String title, LocalDate assignedOn, LocalDate dueOn, int order) {
    }

    private record Agent(long id, String name, String email) {
    }

    /** One agent x item row as read: the agent's place in the team's list, the item, progress. */
    private record Raw(int agent, Item item, LocalDate completedOn, Integer score, int attempts) {
    }

    int stream(Consumer<CompletionRow> sink) {
        int rows = 0;
        for (Map.Entry<Long, Map<Long, Item>> team : items().entrySet()) {
            List<Agent> agents = agents(team.getKey());
            int perBatch = Math.clamp(batchRows / team.getValue().size(), 1, MAX_AGENTS);
            for (int from = 0; from < agents.size(); from += perBatch) {
                rows += batch(team.getKey(), team.getValue(), agents, from, Math.min(agents.size(), from + perBatch), sink);
            }
        }
        return rows;
    }

    /** The filter's assignments by team (teams in name order), each team's in assigned order. */
    private Map<Long, Map<Long, Item>> items() {
        Map<Long, Map<Long, Item>> teams = new LinkedHashMap<>();
        int[] order = {0};
        jdbc.query("""
                select a.team_id, a.id, t.name, c.display_name, a.title, a.created_at, a.due_on
                from assignment a
                join team t on t.id = a.team_id
                join app_user c on c.id = a.coach_id
                """ + where.sql() + " order by t.name, t.id, a.created_at, a.id", rs -> {
            teams.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getLong(2), new Item(rs.getString(3),
                    rs.getString(4), rs.getString(5), localDate(rs.getObject(6, LocalDateTime.class)),
                    rs.getObject(7, LocalDate.class), order[0]++));
        }, where.params().toArray());
        return teams;
    }

    /** The team's agents with an assigned item under the filter, in name order. */
    private List<Agent> agents(long teamId) {
        return jdbc.query("""
                select u.id, u.display_name, u.email from app_user u where u.id in (
                    select aa.user_id from assignment_agent aa join assignment a on a.id = aa.assignment_id
                """ + where.sql() + " and a.team_id = ?) order by u.display_name, u.id",
                (rs, i) -> new Agent(rs.getLong(1), rs.getString(2), rs.getString(3)), where.then(List.of(teamId)));
    }

    private int batch(long teamId, Map<Long, Item> items, List<Agent> agents, int from, int to, Consumer<CompletionRow> sink) {
        Map<Long, Integer> place = new HashMap<>();
        List<Object> teamAndAgents = new ArrayList<>(List.of(teamId));
        for (int i = from; i < to; i++) {
            place.put(agents.get(i).id(), i);
            teamAndAgents.add(agents.get(i).id());
        }
        List<Raw> rows = new ArrayList<>();
        jdbc.query("""
                select aa.user_id, aa.assignment_id, aa.completed_at, aa.score, aa.attempts
                from assignment_agent aa join assignment a on a.id = aa.assignment_id
                """ + where.sql() + " and a.team_id = ? and aa.user_id in (" + String.join(",", Collections.nCopies(to - from, "?"))
                + ")", rs -> {
            int score = rs.getInt(4);
            Integer scoreValue = rs.wasNull() ? null : score;
            rows.add(new Raw(place.get(rs.getLong(1)), items.get(rs.getLong(2)), localDate(rs.getObject(3, LocalDateTime.class)),
                    scoreValue, rs.getInt(5)));
        }, where.then(teamAndAgents));
        rows.sort(Comparator.comparingInt(Raw::agent).thenComparingInt(r -> r.item().order()));
        for (Raw row : rows) {
            sink.accept(completionRow(agents.get(row.agent()), row));
        }
        return rows.size();
    }

    private CompletionRow completionRow(Agent agent, Raw row) {
        Item item = row.item();
        return new CompletionRow(agent.name(), agent.email(), item.team(), item.coach(), item.title(), item.assignedOn(),
                item.dueOn(), CompletionRow.statusOf(row.completedOn(), row.attempts()),
                AssignmentOutcome.of(row.completedOn(), item.dueOn(), today), row.completedOn(), row.score(), row.attempts());
    }

    /** A timestamp column as read by the driver (the JVM's zone, like java.sql.Timestamp) on the organisation's calendar. */
    private LocalDate localDate(LocalDateTime stored) {
        return stored == null ? null : stored.atZone(ZoneId.systemDefault()).withZoneSameInstant(zone).toLocalDate();
    }
}
