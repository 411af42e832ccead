package com.empathycoach.data.reporting;

import com.empathycoach.core.reporting.CompletionRow;
import com.empathycoach.core.reporting.Dashboard;
import com.empathycoach.core.reporting.Dashboard.Figures;
import com.empathycoach.core.reporting.Dashboard.Group;
import com.empathycoach.core.reporting.Dashboard.Week;
import com.empathycoach.core.reporting.ReportFilter;
import com.empathycoach.core.reporting.ReportingStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Completion figures straight from the assignment tables, which carry each agent's attempts and score as
 * work happens. Exports go to the sink row by row in batches of agents ({@link CompletionRowReader}).
 */
@Repository
class JdbcReportingStore implements ReportingStore {

    private static final int TREND_WEEKS = 12;
    private static final String FROM = """
            from assignment_agent aa
            join assignment a on a.id = aa.assignment_id
            join team t on t.id = a.team_id
            """;
    private static final String FIGURES = """
            count(*) assigned, sum(aa.completed_at is not null) completed,
            sum(aa.completed_at is null and a.due_on < ?) overdue, avg(aa.score) average
            """;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final int batchRows;

    @Autowired
    JdbcReportingStore(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this(jdbc, transactions, CompletionRowReader.BATCH_ROWS);
    }

    /** With export batches of at most {@code batchRows} rows (tests use small ones). */
    JdbcReportingStore(JdbcTemplate jdbc, PlatformTransactionManager transactions, int batchRows) {
        this.jdbc = jdbc;
        this.batchRows = batchRows;
        // An export reads in several queries; one read-only transaction gives them one consistent view.
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setReadOnly(true);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The where clause of a filter and its parameters, in order. */
    record Where(String sql, List<Object> params) {

        static Where of(ReportFilter filter, ZoneId zone) {
            StringBuilder sql = new StringBuilder(" where a.status = 'ACTIVE'");
            List<Object> params = new ArrayList<>();
            if (filter.teamId() != null) {
                sql.append(" and a.team_id = ?");
                params.add(filter.teamId());
            }
            if (filter.moduleId() != null) {
                sql.append(" and a.content_id = ? and a.kind in ('MODULE', 'LESSON')");
                params.add(filter.moduleId());
            }
            if (filter.from() != null) {
                sql.append(" and a.created_at >= ?");
                params.add(Timestamp.from(filter.from().atStartOfDay(zone).toInstant()));
            }
            if (filter.to() != null) {
                sql.append(" and a.created_at < ?");
                params.add(Timestamp.from(filter.to().plusDays(1).atStartOfDay(zone).toInstant()));
            }
            return new Where(sql.toString(), params);
        }

        /** The parameters of a query with {@code first} before the filter's. */
        Object[] after(Object... first) {
            List<Object> all = new ArrayList<>(List.of(first));
            all.addAll(params);
            return all.toArray();
        }

        /** The parameters of a query with the filter's before {@code last}. */
        Object[] then(List<?> last) {
            List<Object> all = new ArrayList<>(params);
            all.addAll(last);
            return all.toArray();
        }
    }

    @Override
    public Dashboard dashboard(ReportFilter filter, LocalDate today, ZoneId zone) {
        Where where = Where.of(filter, zone);
        java.sql.Date todayParam = java.sql.Date.valueOf(today);
        Figures totals = jdbc.queryForObject("select " + FIGURES + FROM + where.sql(), (rs, i) -> figures(rs),
                where.after(todayParam));
        List<Group> byTeam = jdbc.query("select t.id gid, t.name gname, " + FIGURES + FROM + where.sql()
                        + " group by t.id, t.name order by t.name",
                (rs, i) -> new Group(rs.getString("gid"), rs.getString("gname"), figures(rs)), where.after(todayParam));
        List<Group> byModule = jdbc.query("""
                        select a.content_id gid,
                               min(if(a.kind = 'LESSON', substring_index(a.title, ' \u203A ', 1), a.title)) gname,
                        """ + FIGURES + FROM + where.sql() + " group by a.content_id order by gname",
                (rs, i) -> new Group(rs.getString("gid"), rs.getString("gname"), figures(rs)), where.after(todayParam));
        return new Dashboard(totals, byTeam, byModule, weekly(filter, where, today, zone));
    }

    /** Every time-zone offset in use is a whole number of quarter hours, so counts per quarter hour place exactly. */
    private static final int QUARTER_HOUR = 900;

    private List<Week> weekly(ReportFilter filter, Where where, LocalDate today, ZoneId zone) {
        LocalDate last = monday(filter.to() != null && filter.to().isBefore(today) ? filter.to() : today);
        LocalDate first = filter.from() != null ? monday(filter.from()) : last.minusWeeks(TREND_WEEKS - 1);
        if (first.isBefore(last.minusWeeks(52))) {
            first = last.minusWeeks(52);
        }
        Map<LocalDate, int[]> weeks = new TreeMap<>();
        for (LocalDate w = first; !w.isAfter(last); w = w.plusWeeks(1)) {
            weeks.put(w, new int[2]);
        }
        LocalDate start = first;
        RowCallbackHandler count = rs -> {
            // Days are the organisation's, as in the filter and the export, not the database server's.
            LocalDate day = Instant.ofEpochSecond(rs.getLong("q") * QUARTER_HOUR).atZone(zone).toLocalDate();
            LocalDate week = monday(day);
            int[] bucket = weeks.get(week);
            if (bucket != null && !week.isBefore(start)) {
                bucket[rs.getInt("kind")] += rs.getInt("n");
            }
        };
        jdbc.query("select 0 kind, unix_timestamp(a.created_at) div " + QUARTER_HOUR + " q, count(*) n " + FROM
                + where.sql() + " group by q", count, where.params().toArray());
        jdbc.query("select 1 kind, unix_timestamp(aa.completed_at) div " + QUARTER_HOUR + " q, count(*) n " + FROM
                + where.sql() + " and aa.completed_at is not null group by q", count, where.params().toArray());
        return weeks.entrySet().stream().map(e -> new Week(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    @Override
    public int streamRows(ReportFilter filter, LocalDate today, ZoneId zone, Consumer<CompletionRow> sink) {
        CompletionRowReader reader = new CompletionRowReader(jdbc, Where.of(filter, zone), today, zone, batchRows);
        return snapshot.execute(status -> reader.stream(sink));
    }

    private static Figures figures(ResultSet rs) throws SQLException {
        double average = rs.getDouble("average");
        Double averageScore = rs.wasNull() ? null : average;
        return new Figures(rs.getInt("assigned"), rs.getInt("completed"), rs.getInt("overdue"), averageScore);
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
