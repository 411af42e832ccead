package com.empathycoach.data.gamification;

import com.empathycoach.core.gamification.XpRule;
import com.empathycoach.core.gamification.XpRules;
import com.empathycoach.data.DataTestApplication;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures a design that is not built: XP paid from an outbox in grouped commits (docs/BENCHMARKS.md, "Awards").
 * Eight clients each write an award request to an outbox table in a transaction of its own, as a step would; one
 * payer takes every waiting request in one transaction (requests and tallies locked, then ledger rows, tallies and
 * totals written with one multi-row statement each, requests deleted) and commits the group. The rate is paid
 * awards per second, end to end. The clients' transactions run once through the application's transaction manager
 * (which switches autocommit off and on around every transaction) and once on connections that keep autocommit off,
 * alternately, two rounds each. Uses the leaderboard benchmark's database (target/bench-db) and a scratch table.
 *
 * <pre>docs/bench/java.sh coaching-data com.empathycoach.data.gamification.GroupedAwardsPrototype</pre>
 */
public final class GroupedAwardsPrototype {

    private static final int CLIENTS = 8;
    private static final int AWARDS_PER_ROUND = 30_000;
    private static final int MAX_GROUP = 256;
    private static final XpRule RULE = XpRule.QUIZ_SCORE;
    private static final int REQUESTED = 30;
    private static final Timestamp AT = Timestamp.valueOf("2026-11-24 12:00:00");
    private static final Date DAY = Date.valueOf("2026-11-24");
    private static final Date WEEK = Date.valueOf("2026-11-23");

    /** A request the clients have committed and the payer has yet to pay. */
    private record Request(long id) {
    }

    /** A request as the payer reads it back, locked. */
    private record Pending(long id, long user, String rule, String source, int requested) {
        String key() {
            return user + "|" + rule + "|" + source;
        }

        String tallyKey() {
            return user + "|" + rule;
        }
    }

    private GroupedAwardsPrototype() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("empathy.embedded-db.data-dir", "target/bench-db");
        System.setProperty("empathy.embedded-db.server-args",
                "--innodb-buffer-pool-size=4G,--innodb-log-file-size=1G,--max-connections=300");
        System.setProperty("logging.level.root", "warn");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DataTestApplication.class)
                .web(WebApplicationType.NONE).run();
             HikariDataSource autocommitOff = autocommitOff(context.getBean(HikariDataSource.class))) {
            HikariDataSource app = context.getBean(HikariDataSource.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            jdbc.execute("drop table if exists bench_award_outbox");
            jdbc.execute("""
                    create table bench_award_outbox (
                        id bigint primary key auto_increment, user_id bigint not null, rule varchar(32) not null,
                        source varchar(190) not null, requested int not null, unique key (user_id, rule, source))""");
            List<Long> users = jdbc.queryForList("select user_id from xp_total", Long.class);
            for (int round = 0; round < 4; round++) {
                if (round % 2 == 0) {
                    System.out.println("Requests through the application's transaction manager (autocommit switched)");
                    run(app, jdbc, context.getBean(TransactionTemplate.class), users);
                } else {
                    System.out.println("Requests on connections that keep autocommit off");
                    run(app, new JdbcTemplate(autocommitOff),
                            new TransactionTemplate(new JdbcTransactionManager(autocommitOff)), users);
                }
            }
        }
        System.exit(0);
    }

    private static HikariDataSource autocommitOff(HikariDataSource app) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(app.getJdbcUrl());
        config.setUsername(app.getUsername());
        config.setPassword(app.getPassword());
        config.setAutoCommit(false);
        config.setMaximumPoolSize(CLIENTS + 4);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        return new HikariDataSource(config);
    }

    /** One round: the clients request, the payer pays in groups until every award is paid. */
    private static void run(HikariDataSource app, JdbcTemplate clientJdbc, TransactionTemplate clientTransactions,
                            List<Long> users) throws Exception {
        BlockingQueue<Request> queue = new LinkedBlockingQueue<>();
        AtomicLong paid = new AtomicLong();
        AtomicLong groups = new AtomicLong();
        Thread payer;
        try (Connection connection = app.getConnection()) {
            connection.setAutoCommit(false);
            payer = new Thread(() -> {
                List<Request> group = new ArrayList<>();
                try {
                    while (paid.get() < AWARDS_PER_ROUND) {
                        Request first = queue.poll(100, TimeUnit.MILLISECONDS);
                        if (first == null) {
                            continue;
                        }
                        group.clear();
                        group.add(first);
                        queue.drainTo(group, MAX_GROUP - 1);
                        pay(connection, group);
                        paid.addAndGet(group.size());
                        groups.incrementAndGet();
                    }
                } catch (InterruptedException | SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            payer.start();
            long started = System.nanoTime();
            String run = "outbox-" + started;
            AtomicLong next = new AtomicLong();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                done.add(clients.submit(() -> {
                    long i;
                    while ((i = next.getAndIncrement()) < AWARDS_PER_ROUND) {
                        long user = users.get(ThreadLocalRandom.current().nextInt(users.size()));
                        String source = run + "-" + i;
                        queue.add(new Request(clientTransactions.execute(s -> request(clientJdbc, user, source))));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double requested = (System.nanoTime() - started) / 1e9;
            payer.join();
            double all = (System.nanoTime() - started) / 1e9;
            clients.shutdown();
            System.out.printf("  requests committed %.0f/s; paid end to end %.0f/s; %d groups (%.1f awards a group)%n",
                    AWARDS_PER_ROUND / requested, AWARDS_PER_ROUND / all, groups.get(),
                    AWARDS_PER_ROUND / (double) groups.get());
        }
    }

    /** The client's part, inside its own transaction: one outbox row, as the step that earns the award would write. */
    private static long request(JdbcTemplate jdbc, long user, String source) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(con -> {
            PreparedStatement ps = con.prepareStatement(
                    "insert ignore into bench_award_outbox (user_id, rule, source, requested) values (?, ?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS);
            ps.setLong(1, user);
            ps.setString(2, RULE.name());
            ps.setString(3, source);
            ps.setInt(4, REQUESTED);
            return ps;
        }, key);
        return key.getKey().longValue();
    }

    /** The payer's part: one transaction pays a whole group, each award under the daily cap core decides. */
    private static void pay(Connection c, List<Request> group) throws SQLException {
        // The group's requests, locked: another payer would wait here, then find them gone.
        List<Pending> pending = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select id, user_id, rule, source, requested"
                + " from bench_award_outbox where id in (" + placeholders(group.size(), "?") + ") for update")) {
            int p = 1;
            for (Request r : group) {
                ps.setLong(p++, r.id());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    pending.add(new Pending(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getInt(5)));
                }
            }
        }
        // The day's tallies, created if new, then locked; then what is already in the ledger.
        Map<String, Integer> today = new HashMap<>();
        String newTallies = "insert into xp_daily (user_id, award_day, rule, amount) values "
                + placeholders(pending.size(), "(?, ?, ?, 0)") + " on duplicate key update amount = amount";
        update(c, newTallies, pending, (ps, p, r) -> {
            ps.setLong(p, r.user());
            ps.setDate(p + 1, DAY);
            ps.setString(p + 2, r.rule());
            return p + 3;
        });
        query(c, "select user_id, rule, amount from xp_daily where (user_id, award_day, rule) in ("
                + placeholders(pending.size(), "(?, ?, ?)") + ") for update", pending, (ps, p, r) -> {
            ps.setLong(p, r.user());
            ps.setDate(p + 1, DAY);
            ps.setString(p + 2, r.rule());
            return p + 3;
        }, rs -> today.put(rs.getLong(1) + "|" + rs.getString(2), rs.getInt(3)));
        // The people's totals, locked, as a payer that raises levels would need them.
        query(c, "select user_id, total from xp_total where user_id in (" + placeholders(pending.size(), "?")
                + ") for update", pending, (ps, p, r) -> {
            ps.setLong(p, r.user());
            return p + 1;
        }, rs -> { });
        Set<String> inLedger = new HashSet<>();
        query(c, "select user_id, rule, source from xp_ledger where (user_id, rule, source) in ("
                + placeholders(pending.size(), "(?, ?, ?)") + ")", pending, (ps, p, r) -> {
            ps.setLong(p, r.user());
            ps.setString(p + 1, r.rule());
            ps.setString(p + 2, r.source());
            return p + 3;
        }, rs -> inLedger.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3)));
        // Pay in order, each against the day's tally as the earlier ones in the group left it.
        List<Pending> toPay = new ArrayList<>();
        Map<Long, Integer> amounts = new HashMap<>();
        for (Pending r : pending) {
            if (inLedger.add(r.key())) {
                int paidToday = today.getOrDefault(r.tallyKey(), 0);
                int amount = XpRules.payable(r.requested(), XpRules.dailyCap(XpRule.valueOf(r.rule())), paidToday);
                today.put(r.tallyKey(), paidToday + amount);
                amounts.put(r.id(), amount);
                toPay.add(r);
            }
        }
        if (!toPay.isEmpty()) {
            String ledger = "insert into xp_ledger (user_id, rule, source, requested, amount, awarded_at, award_day)"
                    + " values " + placeholders(toPay.size(), "(?, ?, ?, ?, ?, ?, ?)");
            update(c, ledger, toPay, (ps, p, r) -> {
                ps.setLong(p, r.user());
                ps.setString(p + 1, r.rule());
                ps.setString(p + 2, r.source());
                ps.setInt(p + 3, r.requested());
                ps.setInt(p + 4, amounts.get(r.id()));
                ps.setTimestamp(p + 5, AT);
                ps.setDate(p + 6, DAY);
                return p + 7;
            });
            String tallies = "insert into xp_daily (user_id, award_day, rule, amount) values "
                    + placeholders(toPay.size(), "(?, ?, ?, ?)")
                    + " on duplicate key update amount = amount + values(amount)";
            update(c, tallies, toPay, (ps, p, r) -> {
                ps.setLong(p, r.user());
                ps.setDate(p + 1, DAY);
                ps.setString(p + 2, r.rule());
                ps.setInt(p + 3, amounts.get(r.id()));
                return p + 4;
            });
            String totals = "insert into xp_total"
                    + " (user_id, team_id, total, reached_at, week_start, week_xp, week_reached_at) values "
                    + placeholders(toPay.size(), "(?, (select m.team_id from team_member m where m.user_id = ?"
                    + " and m.member_role = 'AGENT' order by m.team_id limit 1), ?, ?, ?, ?, ?)")
                    + " on duplicate key update team_id = values(team_id), total = total + values(total),"
                    + " reached_at = values(reached_at),"
                    + " week_xp = if(week_start = values(week_start), week_xp + values(week_xp), values(week_xp)),"
                    + " week_start = values(week_start), week_reached_at = values(week_reached_at)";
            update(c, totals, toPay, (ps, p, r) -> {
                ps.setLong(p, r.user());
                ps.setLong(p + 1, r.user());
                ps.setInt(p + 2, amounts.get(r.id()));
                ps.setTimestamp(p + 3, AT);
                ps.setDate(p + 4, WEEK);
                ps.setInt(p + 5, amounts.get(r.id()));
                ps.setTimestamp(p + 6, AT);
                return p + 7;
            });
        }
        update(c, "delete from bench_award_outbox where id in (" + placeholders(pending.size(), "?") + ")", pending,
                (ps, p, r) -> {
                    ps.setLong(p, r.id());
                    return p + 1;
                });
        c.commit();
    }

    private interface Binder {
        /** Binds one row's parameters from position {@code p}; answers the next free position. */
        int bind(PreparedStatement ps, int p, Pending row) throws SQLException;
    }

    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static void update(Connection c, String sql, List<Pending> rows, Binder binder) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = bound(c, sql, rows, binder)) {
            ps.executeUpdate();
        }
    }

    private static void query(Connection c, String sql, List<Pending> rows, Binder binder, RowReader reader)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = bound(c, sql, rows, binder); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                reader.read(rs);
            }
        }
    }

    /** The statement with every row's parameters bound, in order. */
    private static PreparedStatement bound(Connection c, String sql, List<Pending> rows, Binder binder)
            throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        try {
            int p = 1;
            for (Pending row : rows) {
                p = binder.bind(ps, p, row);
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    private static String placeholders(int rows, String tuple) {
        return String.join(", ", Collections.nCopies(rows, tuple));
    }
}
