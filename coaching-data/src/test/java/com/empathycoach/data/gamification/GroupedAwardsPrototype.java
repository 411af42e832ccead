package com.empathycoach.data.gamification;

import com.empathycoach.core.gamification.XpRule;
import com.empathycoach.core.gamification.XpRules;
import com.empathycoach.data.DataTestApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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
 * payer takes every waiting request in one transaction (tallies locked, ledger rows, tallies and totals written with
 * one multi-row statement each, requests deleted) and commits the group. The rate is paid awards per second, end to
 * end. The clients' transactions run once through the application's transaction manager (which switches autocommit
 * off and on around every transaction) and once on connections that keep autocommit off, alternately, two rounds
 * each. Uses the leaderboard benchmark's database (target/bench-db) and a scratch table of its own.
 *
 * <pre>docs/bench/java.sh coaching-data com.empathycoach.data.gamification.GroupedAwardsPrototype</pre>
 */
public final class GroupedAwardsPrototype {
    record Req(long id, long user, String source) {}

    public static void main(String[] args) throws Exception {
        System.setProperty("empathy.embedded-db.data-dir", "target/bench-db");
        System.setProperty("empathy.embedded-db.server-args", "--innodb-buffer-pool-size=4G,--innodb-log-file-size=1G,--max-connections=300");
        System.setProperty("logging.level.root", "warn");
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(DataTestApplication.class).web(WebApplicationType.NONE).run()) {
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            DataSource ds = ctx.getBean(DataSource.class);
            TransactionTemplate tx0 = ctx.getBean(TransactionTemplate.class);
            com.zaxxer.hikari.HikariDataSource base = (com.zaxxer.hikari.HikariDataSource) ds;
            com.zaxxer.hikari.HikariConfig cfg = new com.zaxxer.hikari.HikariConfig();
            cfg.setJdbcUrl(base.getJdbcUrl()); cfg.setUsername(base.getUsername()); cfg.setPassword(base.getPassword());
            cfg.setAutoCommit(false); cfg.setMaximumPoolSize(12); cfg.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
            com.zaxxer.hikari.HikariDataSource noSwitch = new com.zaxxer.hikari.HikariDataSource(cfg);
            JdbcTemplate jdbc2 = new JdbcTemplate(noSwitch);
            TransactionTemplate tx1 = new TransactionTemplate(new org.springframework.jdbc.support.JdbcTransactionManager(noSwitch));
            jdbc.execute("create table if not exists bench_award_outbox (id bigint primary key auto_increment, user_id bigint not null, rule varchar(32) not null, source varchar(190) not null, requested int not null, awarded_at timestamp(6) not null, award_day date not null, week_start date not null, unique key (user_id, rule, source)) engine=innodb");
            List<Long> users = jdbc.queryForList("select user_id from xp_total", Long.class);
            for (int round = 0; round < 4; round++) {
                TransactionTemplate tx = round % 2 == 0 ? tx0 : tx1;
                JdbcTemplate jdbcc = round % 2 == 0 ? jdbc : jdbc2;
                System.out.println(round % 2 == 0 ? "Requests through the application's transaction manager (autocommit switched)" : "Requests on connections that keep autocommit off");
                int calls = 30000;
                BlockingQueue<Req> queue = new LinkedBlockingQueue<>();
                AtomicLong paid = new AtomicLong();
                AtomicLong groups = new AtomicLong();
                Connection pc = ds.getConnection();
                pc.setAutoCommit(false);
                Thread payer = new Thread(() -> {
                    try {
                        List<Req> batch = new ArrayList<>();
                        while (paid.get() < calls) {
                            Req first = queue.poll(100, TimeUnit.MILLISECONDS);
                            if (first == null) continue;
                            batch.clear(); batch.add(first); queue.drainTo(batch, 255);
                            pay(pc, batch);
                            paid.addAndGet(batch.size()); groups.incrementAndGet();
                        }
                    } catch (Exception e) { e.printStackTrace(); }
                });
                payer.start();
                AtomicLong next = new AtomicLong();
                long t0 = System.nanoTime();
                ExecutorService pool = Executors.newFixedThreadPool(8);
                List<Future<?>> fs = new ArrayList<>();
                String run = "g" + System.nanoTime();
                for (int c = 0; c < 8; c++) fs.add(pool.submit(() -> {
                    long i;
                    while ((i = next.getAndIncrement()) < calls) {
                        long u = users.get(ThreadLocalRandom.current().nextInt(users.size()));
                        String src = run + "-" + i;
                        Long id = tx.execute(s -> {
                            GeneratedKeyHolder k = new GeneratedKeyHolder();
                            jdbcc.update(con -> { var ps = con.prepareStatement("insert ignore into bench_award_outbox (user_id, rule, source, requested, awarded_at, award_day, week_start) values (?, 'QUIZ_SCORE', ?, 30, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                                ps.setLong(1, u); ps.setString(2, src); ps.setTimestamp(3, Timestamp.valueOf("2026-11-24 12:00:00")); ps.setDate(4, java.sql.Date.valueOf("2026-11-24")); ps.setDate(5, java.sql.Date.valueOf("2026-11-23")); return ps; }, k);
                            return k.getKey().longValue();
                        });
                        queue.add(new Req(id, u, src));
                    }
                    return null;
                }));
                for (var f : fs) f.get();
                double clientS = (System.nanoTime() - t0) / 1e9;
                payer.join();
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf("  requests committed %.0f/s; paid end to end %.0f/s; %d groups (%.1f awards a group)%n", calls / clientS, calls / s, groups.get(), calls / (double) groups.get());
                pool.shutdown(); pc.close();
            }
        }
        System.exit(0);
    }

    static String tuples(int n, String t) { return String.join(",", Collections.nCopies(n, t)); }

    static void pay(Connection c, List<Req> batch) throws SQLException {
        int n = batch.size();
        // Lock the group's requests (another payer would wait here, then find them gone).
        Map<Long, Object[]> rows = new LinkedHashMap<>();
        try (var ps = c.prepareStatement("select id, user_id, rule, source, requested, awarded_at, award_day, week_start from bench_award_outbox where id in (" + tuples(n, "?") + ") for update")) {
            for (int i = 0; i < n; i++) ps.setLong(i + 1, batch.get(i).id());
            try (var rs = ps.executeQuery()) { while (rs.next()) rows.put(rs.getLong(1), new Object[] {rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getTimestamp(6), rs.getDate(7), rs.getDate(8)}); }
        }
        List<Object[]> list = new ArrayList<>(rows.values());
        int m = list.size();
        try (var ps = c.prepareStatement("insert into xp_daily (user_id, award_day, rule, amount) values " + tuples(m, "(?,?,?,0)") + " on duplicate key update amount = amount")) {
            int p = 1; for (Object[] r : list) { ps.setLong(p++, (Long) r[0]); ps.setDate(p++, (java.sql.Date) r[5]); ps.setString(p++, (String) r[1]); } ps.executeUpdate();
        }
        Map<String, Integer> today = new HashMap<>();
        try (var ps = c.prepareStatement("select user_id, award_day, rule, amount from xp_daily where (user_id, award_day, rule) in (" + tuples(m, "(?,?,?)") + ") for update")) {
            int p = 1; for (Object[] r : list) { ps.setLong(p++, (Long) r[0]); ps.setDate(p++, (java.sql.Date) r[5]); ps.setString(p++, (String) r[1]); }
            try (var rs = ps.executeQuery()) { while (rs.next()) today.put(rs.getLong(1) + "|" + rs.getDate(2) + "|" + rs.getString(3), rs.getInt(4)); }
        }
        Map<Long, Long> totals = new HashMap<>();
        try (var ps = c.prepareStatement("select user_id, total from xp_total where user_id in (" + tuples(m, "?") + ") for update")) {
            int p = 1; for (Object[] r : list) ps.setLong(p++, (Long) r[0]);
            try (var rs = ps.executeQuery()) { while (rs.next()) totals.put(rs.getLong(1), rs.getLong(2)); }
        }
        Set<String> existing = new HashSet<>();
        try (var ps = c.prepareStatement("select user_id, rule, source from xp_ledger where (user_id, rule, source) in (" + tuples(m, "(?,?,?)") + ")")) {
            int p = 1; for (Object[] r : list) { ps.setLong(p++, (Long) r[0]); ps.setString(p++, (String) r[1]); ps.setString(p++, (String) r[2]); }
            try (var rs = ps.executeQuery()) { while (rs.next()) existing.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3)); }
        }
        // Pay in order, each against the day's tally as the earlier ones in the group left it.
        List<Object[]> paid = new ArrayList<>();
        for (Object[] r : list) {
            if (existing.contains(r[0] + "|" + r[1] + "|" + r[2])) continue;
            String k = r[0] + "|" + r[5] + "|" + r[1];
            int t = today.getOrDefault(k, 0);
            int amount = XpRules.payable((Integer) r[3], XpRules.dailyCap(XpRule.valueOf((String) r[1])), t);
            today.put(k, t + amount);
            paid.add(new Object[] {r[0], r[1], r[2], r[3], amount, r[4], r[5], r[6]});
        }
        if (!paid.isEmpty()) {
            try (var ps = c.prepareStatement("insert into xp_ledger (user_id, rule, source, requested, amount, awarded_at, award_day) values " + tuples(paid.size(), "(?,?,?,?,?,?,?)"))) {
                int p = 1; for (Object[] r : paid) { ps.setLong(p++, (Long) r[0]); ps.setString(p++, (String) r[1]); ps.setString(p++, (String) r[2]); ps.setInt(p++, (Integer) r[3]); ps.setInt(p++, (Integer) r[4]); ps.setTimestamp(p++, (Timestamp) r[5]); ps.setDate(p++, (java.sql.Date) r[6]); }
                ps.executeUpdate();
            }
            try (var ps = c.prepareStatement("insert into xp_daily (user_id, award_day, rule, amount) values " + tuples(paid.size(), "(?,?,?,?)") + " on duplicate key update amount = amount + values(amount)")) {
                int p = 1; for (Object[] r : paid) { ps.setLong(p++, (Long) r[0]); ps.setDate(p++, (java.sql.Date) r[6]); ps.setString(p++, (String) r[1]); ps.setInt(p++, (Integer) r[4]); }
                ps.executeUpdate();
            }
            try (var ps = c.prepareStatement("insert into xp_total (user_id, team_id, total, reached_at, week_start, week_xp, week_reached_at) values "
                    + tuples(paid.size(), "(?, (select m.team_id from team_member m where m.user_id = ? and m.member_role = 'AGENT' order by m.team_id limit 1), ?, ?, ?, ?, ?)")
                    + " on duplicate key update team_id = values(team_id), total = total + values(total), reached_at = values(reached_at), week_xp = if(week_start = values(week_start), week_xp + values(week_xp), values(week_xp)), week_start = values(week_start), week_reached_at = values(week_reached_at)")) {
                int p = 1; for (Object[] r : paid) { ps.setLong(p++, (Long) r[0]); ps.setLong(p++, (Long) r[0]); ps.setInt(p++, (Integer) r[4]); ps.setTimestamp(p++, (Timestamp) r[5]); ps.setDate(p++, (java.sql.Date) r[7]); ps.setInt(p++, (Integer) r[4]); ps.setTimestamp(p++, (Timestamp) r[5]); }
                ps.executeUpdate();
            }
        }
        try (var ps = c.prepareStatement("delete from bench_award_outbox where id in (" + tuples(n, "?") + ")")) {
            for (int i = 0; i < n; i++) ps.setLong(i + 1, batch.get(i).id()); ps.executeUpdate();
        }
        c.commit();
    }
}
