package com.empathycoach.data.reporting;

import com.empathycoach.core.coaching.AssignmentOutcome;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.reporting.CompletionRow;
import com.empathycoach.core.reporting.CompletionRow.Status;
import com.empathycoach.core.reporting.Dashboard;
import com.empathycoach.core.reporting.Dashboard.Figures;
import com.empathycoach.core.reporting.Dashboard.Group;
import com.empathycoach.core.reporting.Dashboard.Week;
import com.empathycoach.core.reporting.ReportFilter;
import com.empathycoach.core.reporting.ReportingStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.transaction.PlatformTransactionManager;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class JdbcReportingStoreTest {

    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");

    @Autowired
    ReportingStore reports;

    @Autowired
    IdentityStore identity;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String module = "mod-" + tag;
    private final String scenario = "scn-" + tag;
    private final LocalDate today = LocalDate.parse("2026-11-25");
    private long team;
    private long coach;
    private long ana;
    private long ben;

    @BeforeEach
    void setUp() {
        team = identity.createTeam("Team " + tag);
        coach = user("coach", Role.COACH);
        ana = user("ana", Role.AGENT);
        ben = user("ben", Role.AGENT);
    }

    /** Work of one team: a module (done by Ana, overdue for Ben), one of its lessons, a scenario, and a cancelled item. */
    private void teamWork() {
        long tone = assign("MODULE", module, null, "Tone", "2026-11-10T09:00:00Z", "2026-11-20", "ACTIVE");
        agent(tone, ana, "2026-11-15T10:00:00Z", 2, 80);
        agent(tone, ben, null, 1, 40);
        agent(assign("LESSON", module, "l1", "Tone \u203A Opening", "2026-11-17T09:00:00Z", "2026-12-01", "ACTIVE"),
                ana, null, 0, null);
        agent(assign("SCENARIO", scenario, null, "Angry caller", "2026-11-18T09:00:00Z", "2026-11-30", "ACTIVE"),
                ben, "2026-11-24T12:00:00Z", 1, 90);
        agent(assign("MODULE", module, null, "Tone", "2026-11-18T09:00:00Z", "2026-11-30", "CANCELLED"),
                ana, "2026-11-19T09:00:00Z", 1, 10);
    }

    @Test
    void theDashboardCountsActiveWorkOfTheTeamInTotalPerTeamAndPerModule() {
        teamWork();
        Dashboard board = reports.dashboard(new ReportFilter(team, null, null, null), today, MADRID);

        Figures all = new Figures(4, 2, 1, 70.0);
        assertThat(board.totals()).isEqualTo(all);
        assertThat(board.byTeam()).containsExactly(new Group(String.valueOf(team), "Team " + tag, all));
        assertThat(board.byModule()).containsExactly(
                new Group(scenario, "Angry caller", new Figures(1, 1, 0, 90.0)),
                new Group(module, "Tone", new Figures(3, 1, 1, 60.0)));
    }

    @Test
    void aModuleFilterTakesItsLessonsAndNothingElse() {
        teamWork();
        Dashboard board = reports.dashboard(new ReportFilter(team, module, null, null), today, MADRID);
        assertThat(board.totals()).isEqualTo(new Figures(3, 1, 1, 60.0));
        assertThat(board.byModule()).extracting(Group::id).containsExactly(module);
    }

    @Test
    void theWeeklyTrendCountsAssignedAndCompletedWorkPerWeek() {
        teamWork();
        Dashboard board = reports.dashboard(new ReportFilter(team, null, LocalDate.parse("2026-11-09"), null), today, MADRID);
        assertThat(board.weekly()).containsExactly(
                new Week(LocalDate.parse("2026-11-09"), 2, 1),
                new Week(LocalDate.parse("2026-11-16"), 2, 0),
                new Week(LocalDate.parse("2026-11-23"), 0, 1));
    }

    @Test
    void dateRangesIncludeBothEndDaysInTheOrganisationsZone() {
        // 23:59:59 on 30 November in Madrid, and 00:30 on 1 December there (still 30 November in UTC).
        agent(assign("MODULE", module, null, "Late", "2026-11-30T22:59:59Z", "2026-12-20", "ACTIVE"), ana, null, 0, null);
        agent(assign("MODULE", module, null, "Early", "2026-11-30T23:30:00Z", "2026-12-20", "ACTIVE"), ben, null, 0, null);

        assertThat(assigned(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-11-30"))).isEqualTo(1);
        assertThat(assigned(LocalDate.parse("2026-12-01"), LocalDate.parse("2026-12-01"))).isEqualTo(1);
        assertThat(assigned(LocalDate.parse("2026-11-30"), LocalDate.parse("2026-12-01"))).isEqualTo(2);
        assertThat(assigned(LocalDate.parse("2026-12-02"), null)).isZero();
    }

    @Test
    void exportRowsStreamByAgentWithTheirProgressAndOutcome() {
        teamWork();
        List<CompletionRow> rows = new ArrayList<>();
        int count = reports.streamRows(new ReportFilter(team, null, null, null), today, MADRID, rows::add);

        String teamName = "Team " + tag;
        String coachName = "Coach " + tag;
        assertThat(count).isEqualTo(4);
        assertThat(rows).containsExactly(
                new CompletionRow("Ana " + tag, "ana" + tag + "@example.org", teamName, coachName, "Tone", date("2026-11-10"),
                        date("2026-11-20"), Status.PASSED, AssignmentOutcome.MET, date("2026-11-15"), 80, 2),
                new CompletionRow("Ana " + tag, "ana" + tag + "@example.org", teamName, coachName, "Tone \u203A Opening",
                        date("2026-11-17"), date("2026-12-01"), Status.NOT_STARTED, AssignmentOutcome.OPEN, null, null, 0),
                new CompletionRow("Ben " + tag, "ben" + tag + "@example.org", teamName, coachName, "Tone", date("2026-11-10"),
                        date("2026-11-20"), Status.ATTEMPTED, AssignmentOutcome.OVERDUE, null, 40, 1),
                new CompletionRow("Ben " + tag, "ben" + tag + "@example.org", teamName, coachName, "Angry caller",
                        date("2026-11-18"), date("2026-11-30"), Status.PASSED, AssignmentOutcome.MET, date("2026-11-24"), 90, 1));
    }

    @Test
    void theWeeklyTrendPutsWorkOnTheSameDayAsTheExportDoes() {
        // Sunday 23:30 in UTC is Monday 00:30 in Madrid, both when assigned and when completed a week later.
        agent(assign("MODULE", module, null, "Tone", "2026-11-29T23:30:00Z", "2026-12-20", "ACTIVE"),
                ana, "2026-12-06T23:30:00Z", 1, 75);
        ReportFilter filter = new ReportFilter(team, null, LocalDate.parse("2026-11-30"), null);
        LocalDate wednesday = LocalDate.parse("2026-12-09");

        List<CompletionRow> rows = new ArrayList<>();
        reports.streamRows(filter, wednesday, MADRID, rows::add);
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.assignedOn()).isEqualTo(date("2026-11-30"));
            assertThat(r.completedOn()).isEqualTo(date("2026-12-07"));
        });
        assertThat(reports.dashboard(filter, wednesday, MADRID).weekly()).containsExactly(
                new Week(date("2026-11-30"), 1, 0),
                new Week(date("2026-12-07"), 0, 1));
    }

    /**
     * The export reads in batches of agents and orders each batch itself; whatever the batch size and filter,
     * its rows must be those of one sorted join over everything (the reference below), in the same order. Two
     * teams, agents sharing a name, agents in both teams, items without agents, a cancelled item.
     */
    @Test
    void exportRowsInBatchesAreThoseOfOneSortedJoinInTheSameOrder() {
        long second = identity.createTeam("Another " + tag);
        Random random = new Random(7);
        List<Long> agents = new ArrayList<>(List.of(ana, ben));
        for (int i = 0; i < 12; i++) {
            agents.add(user("same" + i % 4 + "x" + i, Role.AGENT, i % 3 == 0 ? second : team, "Same " + (i % 4)));
        }
        for (int i = 0; i < 18; i++) {
            long inTeam = i % 3 == 0 ? second : team;
            String created = Instant.parse("2026-10-01T09:00:00Z").plusSeconds(3600L * random.nextInt(24 * 60)).toString();
            long item = assign(inTeam, i % 2 == 0 ? "MODULE" : "SCENARIO", i % 2 == 0 ? module : scenario, null, "Item " + i,
                    created, "2026-11-" + (10 + random.nextInt(20)), i == 5 ? "CANCELLED" : "ACTIVE");
            for (long agent : agents) {
                if (random.nextInt(3) > 0) {
                    boolean done = random.nextBoolean();
                    agent(item, agent, done ? "2026-11-" + (10 + random.nextInt(15)) + "T10:00:00Z" : null, random.nextInt(4),
                            done || random.nextBoolean() ? random.nextInt(101) : null);
                }
            }
        }
        List<ReportFilter> filters = List.of(new ReportFilter(team, null, null, null), new ReportFilter(second, null, null, null),
                new ReportFilter(team, module, null, null), new ReportFilter(null, module, null, null),
                new ReportFilter(null, null, LocalDate.parse("2026-10-20"), LocalDate.parse("2026-11-10")));
        for (ReportFilter filter : filters) {
            List<CompletionRow> expected = referenceRows(filter);
            assertThat(expected).as("%s", filter).isNotEmpty();
            for (int batchRows : new int[]{1, 7, 40, CompletionRowReader.BATCH_ROWS}) {
                List<CompletionRow> rows = new ArrayList<>();
                int count = new CompletionRowReader(jdbc, JdbcReportingStore.Where.of(filter, MADRID), today, MADRID, batchRows)
                        .stream(rows::add);
                assertThat(rows).as("%s in batches of %d rows", filter, batchRows).containsExactlyElementsOf(expected);
                assertThat(count).isEqualTo(expected.size());
            }
        }
    }

    /** An item assigned while an export runs is not half in it: the export reads one consistent view. */
    @Test
    void workAssignedWhileAnExportRunsIsNotPartOfIt() throws Exception {
        teamWork();
        List<CompletionRow> rows = new ArrayList<>();
        // Batches of one row, so queries still run after the first row has left.
        ReportingStore inBatches = new JdbcReportingStore(jdbc, transactions, 1);
        inBatches.streamRows(new ReportFilter(team, null, null, null), today, MADRID, row -> {
            if (rows.isEmpty()) {
                Thread other = Thread.ofPlatform().start(() -> agent(assign("MODULE", module, null, "Assigned meanwhile",
                        "2026-11-01T09:00:00Z", "2026-12-20", "ACTIVE"), ben, null, 0, null));
                try {
                    other.join();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            rows.add(row);
        });
        assertThat(rows).hasSize(4).extracting(CompletionRow::item).doesNotContain("Assigned meanwhile");
        assertThat(reports.streamRows(new ReportFilter(team, null, null, null), today, MADRID, row -> { })).isEqualTo(5);
    }

    /** The export as one join sorted by the database: simple, and slow at 100,000 rows. */
    private List<CompletionRow> referenceRows(ReportFilter filter) {
        JdbcReportingStore.Where where = JdbcReportingStore.Where.of(filter, MADRID);
        return jdbc.query("""
                select u.display_name, u.email, t.name, c.display_name, a.title, a.created_at, a.due_on, aa.completed_at,
                       aa.score, aa.attempts
                from assignment_agent aa
                join assignment a on a.id = aa.assignment_id
                join team t on t.id = a.team_id
                join app_user u on u.id = aa.user_id
                join app_user c on c.id = a.coach_id
                """ + where.sql() + " order by t.name, t.id, u.display_name, u.id, a.created_at, a.id", (rs, i) -> {
            LocalDate completed = madrid(rs.getTimestamp(8));
            LocalDate due = rs.getDate(7).toLocalDate();
            Integer score = rs.getObject(9) == null ? null : rs.getInt(9);
            return new CompletionRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    madrid(rs.getTimestamp(6)), due, CompletionRow.statusOf(completed, rs.getInt(10)),
                    AssignmentOutcome.of(completed, due, today), completed, score, rs.getInt(10));
        }, where.params().toArray());
    }

    private static LocalDate madrid(Timestamp stamp) {
        return stamp == null ? null : stamp.toInstant().atZone(MADRID).toLocalDate();
    }

    private int assigned(LocalDate from, LocalDate to) {
        return reports.dashboard(new ReportFilter(team, null, from, to), today, MADRID).totals().assigned();
    }

    private long user(String name, Role role) {
        return user(name, role, team, Character.toUpperCase(name.charAt(0)) + name.substring(1));
    }

    private long user(String name, Role role, long inTeam, String displayName) {
        long id = identity.createUser(new NewUser(name + tag, displayName + " " + tag, name + tag + "@example.org",
                "long-enough-password", Set.of(role), "UTC"), "h");
        identity.addToTeam(inTeam, id, role);
        return id;
    }

    /** Assignments are written by the coaching feature; these are the rows it leaves. */
    private long assign(String kind, String content, String lesson, String title, String createdAt, String dueOn, String status) {
        return assign(team, kind, content, lesson, title, createdAt, dueOn, status);
    }

    private long assign(long inTeam, String kind, String content, String lesson, String title, String createdAt, String dueOn,
                        String status) {
        Timestamp created = Timestamp.from(Instant.parse(createdAt));
        Map<String, Object> row = new HashMap<>(Map.of("team_id", inTeam, "coach_id", coach, "kind", kind, "content_id", content,
                "item_key", kind + ":" + content + (lesson == null ? "" : "/" + lesson), "title", title,
                "due_on", Date.valueOf(dueOn), "status", status, "created_at", created, "updated_at", created));
        if (lesson != null) {
            row.put("lesson_id", lesson);
        }
        return new SimpleJdbcInsert(jdbc).withTableName("assignment").usingGeneratedKeyColumns("id")
                .usingColumns(row.keySet().toArray(String[]::new)).executeAndReturnKey(row).longValue();
    }

    private void agent(long assignment, long userId, String completedAt, int attempts, Integer score) {
        jdbc.update("""
                insert into assignment_agent (assignment_id, user_id, item_key, completed_at, attempts, score_total, score)
                values (?, ?, (select item_key from assignment where id = ?), ?, ?, ?, ?)""", assignment, userId, assignment,
                completedAt == null ? null : Timestamp.from(Instant.parse(completedAt)), attempts, score == null ? 0 : score,
                score);
    }

    private static LocalDate date(String day) {
        return LocalDate.parse(day);
    }
}
