package com.empathycoach.data.gamification;

import com.empathycoach.core.gamification.Award;
import com.empathycoach.core.gamification.AwardFacade;
import com.empathycoach.core.gamification.GamificationFacade;
import com.empathycoach.core.gamification.GamificationStore;
import com.empathycoach.core.gamification.LeaderboardStore;
import com.empathycoach.core.gamification.LeaderboardStore.Board;
import com.empathycoach.core.gamification.LeaderboardStore.Period;
import com.empathycoach.core.gamification.LeaderboardStore.Scope;
import com.empathycoach.core.gamification.XpRule;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.Role;
import com.empathycoach.data.DataTestApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Date;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Set;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Leaderboard and award benchmark against a real MariaDB (the embedded server, in target/bench-db).
 * Seeds 100,000 agents in 500 teams and 10,000,000 ledger rows once (kept between runs), then measures
 * the board queries the app runs and one award with its aggregate updates, with 1 and 8 clients, and the
 * naive query (RANK() over the ledger) for comparison. See docs/BENCHMARKS.md.
 *
 * <pre>docs/bench/java.sh coaching-data com.empathycoach.data.gamification.LeaderboardBenchmark [views-only|awards-only]</pre>
 */
public final class LeaderboardBenchmark {

    static final int AGENTS = 100_000;
    static final int TEAMS = 500;
    static final long LEDGER_ROWS = 10_000_000L;
    static final LocalDate WEEK = LocalDate.parse("2026-11-23");
    static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");
    /** The naive query, for comparison: one person's rank by RANK() over the whole ledger. */
    static final String NAIVE = """
            select rnk, total from (
                select user_id, sum(amount) total, rank() over (order by sum(amount) desc) rnk
                from xp_ledger group by user_id) ranked
            where user_id = ?""";

    private final JdbcTemplate jdbc;
    private final LeaderboardStore boards;
    private final AwardFacade service;
    private final TransactionTemplate transaction;
    private final GamificationFacade facade;

    private LeaderboardBenchmark(ConfigurableApplicationContext context) {
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.boards = context.getBean(LeaderboardStore.class);
        this.service = new AwardFacade(context.getBean(GamificationStore.class), "UTC");
        this.transaction = context.getBean(TransactionTemplate.class);
        this.facade = new GamificationFacade(context.getBean(GamificationStore.class), boards, service,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("empathy.embedded-db.data-dir", "target/bench-db");
        // Extra server settings, for example --innodb-flush-log-at-trx-commit=2, via -Dbench.server-args=a,b
        System.setProperty("empathy.embedded-db.server-args",
                "--innodb-buffer-pool-size=4G,--innodb-log-file-size=1G,--max-connections=300"
                        + (System.getProperty("bench.server-args", "").isBlank() ? "" : "," + System.getProperty("bench.server-args")));
        System.setProperty("logging.level.root", "warn");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DataTestApplication.class)
                .web(WebApplicationType.NONE).run()) {
            LeaderboardBenchmark bench = new LeaderboardBenchmark(context);
            bench.seed();
            if (Arrays.asList(args).contains("views-only")) {
                bench.views();
            } else {
                bench.run(Arrays.asList(args).contains("awards-only"));
            }
        }
        System.exit(0);
    }

    private void seed() {
        Long rows = jdbc.queryForObject("select count(*) from xp_ledger", Long.class);
        if (rows != null && rows >= LEDGER_ROWS) {
            System.out.printf("Seed: %,d ledger rows already present%n", rows);
            return;
        }
        long started = System.nanoTime();
        jdbc.update("insert into team (name) select concat('Bench team ', seq) from seq_1_to_" + TEAMS);
        jdbc.update("""
                insert into app_user (username, display_name, email, password_hash, time_zone)
                select concat('bench', seq), concat('Bench Agent ', seq), concat('bench', seq, '@example.org'), 'x', 'UTC'
                from seq_1_to_""" + AGENTS);
        jdbc.update("insert into user_role (user_id, role) select id, 'AGENT' from app_user where username like 'bench%'");
        jdbc.update("""
                insert into team_member (team_id, user_id, member_role)
                select t.id, u.id, 'AGENT' from app_user u
                join team t on t.name = concat('Bench team ', 1 + (u.id % ?))
                where u.username like 'bench%'""", TEAMS);
        Long firstUser = jdbc.queryForObject("select min(id) from app_user where username like 'bench%'", Long.class);
        System.out.printf("Seed: users and teams in %.1f s%n", seconds(started));
        long chunk = 500_000;
        for (long from = 1; from <= LEDGER_ROWS; from += chunk) {
            // 90 days of awards, spread over everyone, amounts 5..64, ending on the benchmark's Tuesday.
            jdbc.update("""
                    insert into xp_ledger (user_id, rule, source, requested, amount, awarded_at, award_day)
                    select ? + (seq * 7919) % ?, elt(1 + seq % 3, 'LESSON_COMPLETED', 'QUIZ_SCORE', 'ROLEPLAY_SCORE'),
                           concat('bench-', seq), 5 + (seq * 31) % 60, 5 + (seq * 31) % 60,
                           timestamp'2026-08-26 00:00:00' + interval floor(seq * 0.7776) second,
                           date(timestamp'2026-08-26 00:00:00' + interval floor(seq * 0.7776) second)
                    from seq_1_to_""" + LEDGER_ROWS + " where seq between ? and ?",
                    firstUser, AGENTS, from, Math.min(LEDGER_ROWS, from + chunk - 1));
            System.out.printf("Seed: %,d ledger rows after %.0f s%n", Math.min(LEDGER_ROWS, from + chunk - 1), seconds(started));
        }
        Date week = Date.valueOf(WEEK);
        jdbc.update("""
                insert into xp_total (user_id, team_id, total, reached_at, week_start, week_xp, week_reached_at)
                select l.user_id, min(m.team_id), sum(l.amount), max(l.awarded_at),
                       if(sum(if(l.awarded_at >= ?, l.amount, 0)) > 0, ?, ? - interval 7 day),
                       sum(if(l.awarded_at >= ?, l.amount, 0)),
                       coalesce(max(if(l.awarded_at >= ?, l.awarded_at, null)), max(l.awarded_at))
                from xp_ledger l join team_member m on m.user_id = l.user_id and m.member_role = 'AGENT'
                group by l.user_id""", week, week, week, week, week);
        jdbc.execute("analyze table xp_ledger, xp_total, team_member");
        System.out.printf("Seed: done in %.0f s%n", seconds(started));
    }

    private void run(boolean awardsOnly) throws Exception {
        List<Long> users = jdbc.queryForList("select user_id from xp_total", Long.class);
        Long ledger = jdbc.queryForObject("select count(*) from xp_ledger", Long.class);
        System.out.printf("%nData: %,d agents with XP, %,d ledger rows, %d teams%n%n", users.size(), ledger,
                jdbc.queryForObject("select count(distinct team_id) from team_member", Long.class));
        System.out.println("| Operation | Clients | Calls | p50 ms | p95 ms | p99 ms | Throughput/s |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        int[] clientCounts = awardsOnly ? new int[] {1, 8, 16} : new int[] {1, 8};
        for (int clients : clientCounts) {
            int calls = clients == 1 ? 2_000 : 8_000;
            for (Scope scope : awardsOnly ? new Scope[0] : Scope.values()) {
                for (Period period : Period.values()) {
                    String name = scope.name().toLowerCase(Locale.ROOT) + ", " + period.name().toLowerCase(Locale.ROOT);
                    measure("Top 10 (" + name + ")", clients, calls, () -> {
                        boards.top(board(scope, period, random(users)), 10);
                        return null;
                    });
                    measure("My rank (" + name + ")", clients, calls, () -> {
                        long user = random(users);
                        boards.standing(board(scope, period, user), user);
                        return null;
                    });
                    measure("Full view: top 10 + neighbourhood + my rank (" + name + ")", clients, calls,
                            () -> facade.leaderboard(agent(random(users)), scope, period, Locale.ENGLISH));
                }
            }
            AtomicLong sources = new AtomicLong(System.nanoTime());
            AtomicLong retries = new AtomicLong();
            measure("Award incl. aggregates", clients, clients == 1 ? 5_000 : 30_000, () -> {
                long user = random(users);
                Award award = new Award(user, XpRule.QUIZ_SCORE, "bench-award-" + sources.incrementAndGet(), 30, NOW);
                for (int attempt = 1; ; attempt++) {
                    try {
                        transaction.executeWithoutResult(s -> service.award(award));
                        return null;
                    } catch (PessimisticLockingFailureException e) {
                        // A deadlock victim is rolled back whole; the award is simply asked for again.
                        retries.incrementAndGet();
                        if (attempt == 3) {
                            throw e;
                        }
                    }
                }
            });
            System.out.printf("(awards with %d client(s): %d deadlock retries)%n", clients, retries.get());
        }
        measure("Team board by average XP, all time (uncached)", 1, 20, () -> boards.teams(Period.ALL_TIME, WEEK));
        measure("Team board by average XP, this week (uncached)", 1, 20, () -> boards.teams(Period.WEEK, WEEK));
        if (awardsOnly) {
            return;
        }
        measure("Naive: my rank by RANK() over the ledger", 1, 3, () -> jdbc.queryForMap(NAIVE, random(users)));
        measure("Naive: my rank by RANK() over the ledger", 8, 8, () -> jdbc.queryForMap(NAIVE, random(users)));
    }

    /**
     * The whole leaderboard view as the page asks for it ({@link GamificationFacade#leaderboard}), for random agents,
     * each board with 1 and 8 clients, then the naive query for the ratio.
     */
    private void views() throws Exception {
        List<Long> users = jdbc.queryForList("select user_id from xp_total", Long.class);
        System.out.printf("%nData: %,d agents with XP, %,d ledger rows%n%n", users.size(),
                jdbc.queryForObject("select count(*) from xp_ledger", Long.class));
        // A node builds every board in memory when it starts: how long that takes, and how much live heap it holds.
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        BoardIndex fresh = new BoardIndex(jdbc);
        long started = System.nanoTime();
        fresh.rebuild();
        double build = seconds(started);
        System.gc();
        System.out.printf("Building every board from xp_total: %.2f s; the boards hold %,d MiB of live heap%n%n", build,
                (memory.getHeapMemoryUsage().getUsed() - heapBefore) >> 20);
        fresh.read(boards -> boards.row(users.get(0))); // keeps the measured boards reachable until here
        System.out.println("| Operation | Clients | Calls | p50 ms | p95 ms | p99 ms | Throughput/s |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (int clients : new int[] {1, 8}) {
            for (Scope scope : Scope.values()) {
                for (Period period : Period.values()) {
                    String name = scope.name().toLowerCase(Locale.ROOT) + ", " + period.name().toLowerCase(Locale.ROOT);
                    measure("Full view (" + name + ")", clients, clients == 1 ? 5_000 : 20_000,
                            () -> facade.leaderboard(agent(random(users)), scope, period, Locale.ENGLISH));
                }
            }
        }
        measure("Naive: my rank by RANK() over the ledger", 1, 3, () -> jdbc.queryForMap(NAIVE, random(users)));
    }

    private static Actor agent(long user) {
        return new Actor(user, "bench", Set.of(Role.AGENT));
    }

    private Board board(Scope scope, Period period, long user) {
        Long team = scope == Scope.TEAM ? jdbc.queryForObject("select team_id from xp_total where user_id = ?", Long.class, user)
                : null;
        return new Board(scope, team, period, WEEK);
    }

    private static long random(List<Long> users) {
        return users.get(ThreadLocalRandom.current().nextInt(users.size()));
    }

    private static void measure(String name, int clients, int calls, Supplier<Object> operation) throws Exception {
        for (int i = 0; i < Math.min(200, calls); i++) {
            operation.get(); // warm-up
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long[] nanos = new long[calls];
        AtomicLong next = new AtomicLong();
        long started = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            done.add(pool.submit(() -> {
                long i;
                while ((i = next.getAndIncrement()) < calls) {
                    long t0 = System.nanoTime();
                    operation.get();
                    nanos[(int) i] = System.nanoTime() - t0;
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double elapsed = seconds(started);
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.MINUTES);
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "| %s | %d | %,d | %.2f | %.2f | %.2f | %,.0f |%n", name, clients, calls,
                percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99), calls / elapsed);
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
