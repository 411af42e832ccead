package com.empathycoach.web.reporting;

import com.empathycoach.core.reporting.ReportFilter;
import com.empathycoach.core.reporting.ReportingStore;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Export benchmark against a real MariaDB (the embedded server, in target/bench-export-db): seeds teams of
 * 10,000, 50,000 and 100,000 agent x item rows once, then times the CSV and XLSX exports as HR runs them
 * (database stream, row mapping, formatting; the bytes go to a counting sink) and measures live heap while
 * an export runs. See docs/BENCHMARKS.md.
 *
 * <pre>docs/bench/java.sh coaching-web com.empathycoach.web.reporting.ExportBenchmark [quick|breakdown]</pre>
 */
public final class ExportBenchmark {

    static final int[] SIZES = {10_000, 50_000, 100_000};
    static final LocalDate TODAY = LocalDate.parse("2026-11-24");

    /**
     * The persistence adapter alone: no web server, no Vaadin. Deliberately not a {@code @SpringBootApplication}
     * (nor any other component), so neither the app's component scan nor the tests' configuration search finds it.
     */
    @EnableAutoConfiguration
    @ComponentScan("com.empathycoach.data")
    @EntityScan("com.empathycoach.data")
    @EnableJpaRepositories("com.empathycoach.data")
    static class Persistence {
    }

    private final JdbcTemplate jdbc;
    private final ReportingStore store;

    private ExportBenchmark(ConfigurableApplicationContext context) {
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.store = context.getBean(ReportingStore.class);
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("empathy.embedded-db.data-dir", "target/bench-export-db");
        System.setProperty("empathy.embedded-db.server-args", "--innodb-buffer-pool-size=1G");
        System.setProperty("spring.autoconfigure.exclude", String.join(",",
                "com.vaadin.flow.spring.SpringBootAutoConfiguration",
                "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
                "com.vaadin.flow.spring.VaadinScopesConfig"));
        System.setProperty("logging.level.root", "warn");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Persistence.class)
                .web(WebApplicationType.NONE).run()) {
            ExportBenchmark bench = new ExportBenchmark(context);
            List<Long> teams = bench.seed();
            if (Arrays.asList(args).contains("breakdown")) {
                bench.breakdown(teams.get(SIZES.length - 1), 15);
            } else {
                bench.run(teams, Arrays.asList(args).contains("quick") ? 3 : 7);
            }
        }
        System.exit(0);
    }

    private List<Long> seed() {
        List<Long> teams = new ArrayList<>();
        for (int size : SIZES) {
            String team = "Export bench " + size;
            Long existing = jdbc.query("select id from team where name = ?", rs -> rs.next() ? rs.getLong(1) : null, team);
            if (existing != null) {
                teams.add(existing);
                continue;
            }
            long started = System.nanoTime();
            int agents = size / 100;
            jdbc.update("insert into team (name) values (?)", team);
            long teamId = jdbc.queryForObject("select id from team where name = ?", Long.class, team);
            String prefix = "xb" + size + "-";
            jdbc.update("insert into app_user (username, display_name, email, password_hash, time_zone) values (?, ?, ?, 'x', 'UTC')",
                    prefix + "coach", "Coach \"Bench\", " + size, prefix + "coach@example.org");
            long coach = jdbc.queryForObject("select id from app_user where username = ?", Long.class, prefix + "coach");
            jdbc.update("""
                    insert into app_user (username, display_name, email, password_hash, time_zone)
                    select concat(?, seq), concat('Agënt ', seq, ', Bench'), concat(?, seq, '@example.org'), 'x', 'UTC'
                    from seq_1_to_""" + agents, prefix, prefix);
            jdbc.update("""
                    insert into assignment (team_id, coach_id, kind, content_id, lesson_id, item_key, title, due_on, status,
                                            created_at, updated_at)
                    select ?, ?, 'MODULE', concat('bench-module-', seq), null, concat('module:bench-module-', seq),
                           concat('Bench module ', seq, ': "quoted", with commas'), date'2026-11-01' + interval seq day, 'ACTIVE',
                           timestamp'2026-10-01 09:00:00' + interval seq hour, timestamp'2026-10-01 09:00:00'
                    from seq_1_to_100""", teamId, coach);
            jdbc.update("""
                    insert into assignment_agent (assignment_id, user_id, item_key, completed_at, attempts, score_total, score)
                    select a.id, u.id, a.item_key,
                           if((a.id + u.id) % 3 = 0, null, timestamp'2026-11-05 10:00:00' + interval (u.id % 90) hour),
                           (a.id + u.id) % 4, 0, if((a.id + u.id) % 3 = 0, null, 40 + (a.id * u.id) % 61)
                    from assignment a join app_user u on u.username like concat(?, '%') and u.username <> concat(?, 'coach')
                    where a.team_id = ?""", prefix, prefix, teamId);
            teams.add(teamId);
            System.out.printf("Seed: %,d rows for team %d in %.1f s%n", size, teamId, (System.nanoTime() - started) / 1e9);
        }
        return teams;
    }

    private void run(List<Long> teams, int runs) throws Exception {
        System.out.printf("%nJava %s, %d cores, max heap %d MiB%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        for (int i = 0; i < SIZES.length; i++) {
            ReportFilter filter = new ReportFilter(teams.get(i), null, null, null);
            time("CSV ", SIZES[i], runs, out -> CsvExport.write(out, true,
                    sink -> store.streamRows(filter, TODAY, ZoneOffset.UTC, sink)));
            time("XLSX", SIZES[i], runs, out -> XlsxExport.write(out,
                    sink -> store.streamRows(filter, TODAY, ZoneOffset.UTC, sink)));
        }
        System.out.println();
        for (int i = 0; i < SIZES.length; i++) {
            ReportFilter filter = new ReportFilter(teams.get(i), null, null, null);
            liveHeap(SIZES[i], filter);
        }
    }

    /**
     * Where the 100,000-row CSV's time goes: the query with rows read and dropped, the rows mapped to
     * completion rows, and the whole CSV.
     */
    private void breakdown(long team, int runs) throws Exception {
        ReportFilter filter = new ReportFilter(team, null, null, null);
        int size = SIZES[SIZES.length - 1];
        time("rows only", size, runs, out -> store.streamRows(filter, TODAY, ZoneOffset.UTC, row -> { }));
        time("CSV      ", size, runs, out -> CsvExport.write(out, true,
                sink -> store.streamRows(filter, TODAY, ZoneOffset.UTC, sink)));
    }

    @FunctionalInterface
    private interface Export {
        int write(OutputStream out) throws Exception;
    }

    private static void time(String label, int size, int runs, Export export) throws Exception {
        long[] millis = new long[runs];
        long bytes = 0;
        export.write(new Counting());
        for (int r = 0; r < runs; r++) {
            Counting out = new Counting();
            long started = System.nanoTime();
            int rows = export.write(out);
            millis[r] = (System.nanoTime() - started) / 1_000_000;
            bytes = out.count;
            if (rows != size) {
                throw new IllegalStateException("expected " + size + " rows, got " + rows);
            }
        }
        Arrays.sort(millis);
        System.out.printf("%s %,7d rows: median %,5d ms, best %,5d ms, worst %,5d ms, %,d bytes, %,.0f rows/s%n", label, size,
                millis[runs / 2], millis[0], millis[runs - 1], bytes, size * 1000.0 / millis[runs / 2]);
    }

    /** Live heap (after a full GC) at every 10% of a CSV export, minus the live heap before it. */
    private void liveHeap(int size, ReportFilter filter) throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        long[] peak = {0};
        int step = size / 10;
        int[] seen = {0};
        CsvExport.write(new Counting(), false, sink -> store.streamRows(filter, TODAY, ZoneOffset.UTC, row -> {
            sink.accept(row);
            if (++seen[0] % step == 0) {
                System.gc();
                peak[0] = Math.max(peak[0], memory.getHeapMemoryUsage().getUsed() - before);
            }
        }));
        System.out.printf("Live heap during a CSV export of %,7d rows: at most %,6d KiB above the baseline%n",
                size, peak[0] >> 10);
    }

    /** Counts bytes and throws them away, so the figures are the export's and not a disk's. */
    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
