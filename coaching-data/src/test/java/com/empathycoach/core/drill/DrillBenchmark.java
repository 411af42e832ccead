package com.empathycoach.core.drill;

import com.empathycoach.core.identity.AccessFacade;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.lesson.AnswerOption;
import com.empathycoach.core.lesson.ContentCatalog;
import com.empathycoach.core.lesson.ContentStore;
import com.empathycoach.core.lesson.LessonContent;
import com.empathycoach.core.lesson.ModuleContent;
import com.empathycoach.core.lesson.PublishedModule;
import com.empathycoach.core.lesson.Question;
import com.empathycoach.core.lesson.QuestionType;
import com.empathycoach.core.lesson.TranslatedContent;
import com.empathycoach.core.roleplay.PublishedScenario;
import com.empathycoach.core.roleplay.ScenarioCatalog;
import com.empathycoach.core.roleplay.ScenarioStore;
import com.empathycoach.core.roleplay.TranslatedScenarios;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.data.DataTestApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Picking today's drill at 100,000 agents with 200 reviews each, against a real MariaDB (the embedded server, in
 * target/bench-drill-db, kept between runs). Seeds 100 items met per agent (10,000,000 memory rows), 200 reviews per
 * agent (20,000,000 review rows) and the per-key profile rows, then times {@link DrillFacade#pick} for random agents
 * with a catalogue of 120 drillable items (the size of the built-in content). See docs/BENCHMARKS.md.
 *
 * <pre>./mvnw -q -pl coaching-data test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=com.empathycoach.core.drill.DrillBenchmark</pre>
 */
public final class DrillBenchmark {

    static final int AGENTS = 100_000;
    static final int ITEMS_MET = 100;
    static final int REVIEWS = 200;
    static final int CATALOGUE = 120;
    static final Instant NOW = Instant.parse("2026-12-06T09:00:00Z");

    public static void main(String[] args) {
        System.setProperty("empathy.embedded-db.data-dir", "target/bench-drill-db");
        System.setProperty("empathy.embedded-db.server-args",
                "--innodb-buffer-pool-size=4G,--innodb-log-file-size=1G,--innodb-flush-log-at-trx-commit=2");
        System.setProperty("logging.level.root", "warn");
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(DataTestApplication.class)
                .web(WebApplicationType.NONE).run()) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            seed(jdbc);
            DrillCatalog catalog = new DrillCatalog(new BenchCatalog(context.getBean(ContentStore.class)),
                    new NoScenarios(context.getBean(ScenarioStore.class)), TranslatedContent.NONE, TranslatedScenarios.NONE);
            DrillFacade drill = new DrillFacade(context.getBean(DrillStore.class), catalog,
                    new AccessFacade(context.getBean(IdentityStore.class)), e -> { }, Clock.fixed(NOW, ZoneOffset.UTC),
                    new DrillSettings(0.9, 14, "UTC"));
            run(jdbc, drill, Arrays.asList(args).contains("quick") ? 2_000 : 10_000);
        }
        System.exit(0);
    }

    private static void seed(JdbcTemplate jdbc) {
        Long rows = jdbc.queryForObject("select count(*) from drill_review", Long.class);
        if (rows != null && rows >= (long) AGENTS * REVIEWS) {
            System.out.printf("Seed: %,d review rows already present%n", rows);
            return;
        }
        long started = System.nanoTime();
        jdbc.update("""
                insert into app_user (username, display_name, email, password_hash, time_zone)
                select concat('drill', seq), concat('Drill Agent ', seq), concat('drill', seq, '@example.org'), 'x', 'UTC'
                from seq_1_to_""" + AGENTS);
        jdbc.update("insert into user_role (user_id, role) select id, 'AGENT' from app_user where username like 'drill%'");
        Long first = jdbc.queryForObject("select min(id) from app_user where username like 'drill%'", Long.class);
        System.out.printf("Seed: users in %.0f s%n", seconds(started));
        long memories = (long) AGENTS * ITEMS_MET;
        for (long from = 1; from <= memories; from += 1_000_000) {
            // Agent (seq-1) / 100 has met catalogue items 0..99; due dates spread from 60 days ago to 60 days ahead,
            // so about 8 items are due today for a typical agent.
            jdbc.update("""
                    insert into drill_memory (user_id, item_id, empathy_key, drillable, phase, step, stability, difficulty,
                        due, last_review, reviews, lapses)
                    select ? + (seq - 1) div ?, concat('q:bench-m', ((seq - 1) % ?) div 12, '/l', (((seq - 1) % ?) div 4) % 3,
                               '/q', (seq - 1) % 4),
                           elt(1 + (((seq - 1) % ?) div 12) % 4, 'DISCOVER', 'KNOWLEDGE', 'HELP', 'CHANNEL'),
                           1, 'REVIEW', null, 1 + (seq * 7) % 90, 1 + (seq * 13) % 9,
                           timestamp'2026-12-06 09:00:00' - interval 60 day + interval ((seq * 7919) % 10368000) second,
                           timestamp'2026-12-06 09:00:00' - interval 1 + (seq * 31) % 90 day, 2, (seq * 17) % 3
                    from seq_1_to_""" + memories + " where seq between ? and ?",
                    first, ITEMS_MET, ITEMS_MET, ITEMS_MET, ITEMS_MET, from, Math.min(memories, from + 999_999));
            System.out.printf("Seed: %,d memory rows after %.0f s%n", Math.min(memories, from + 999_999), seconds(started));
        }
        long reviews = (long) AGENTS * REVIEWS;
        for (long from = 1; from <= reviews; from += 2_000_000) {
            jdbc.update("""
                    insert into drill_review (user_id, item_id, empathy_key, rating, correct, response_ms, at)
                    select ? + (seq - 1) div ?, concat('q:bench-m', ((seq - 1) % ?) div 12, '/l0/q0'),
                           elt(1 + seq % 4, 'DISCOVER', 'KNOWLEDGE', 'HELP', 'CHANNEL'), 1 + seq % 4, seq % 4 > 0,
                           2000 + (seq * 37) % 40000, timestamp'2026-12-06 09:00:00' - interval ((seq * 104729) % 7776000) second
                    from seq_1_to_""" + reviews + " where seq between ? and ?",
                    first, REVIEWS, ITEMS_MET, from, Math.min(reviews, from + 1_999_999));
            System.out.printf("Seed: %,d review rows after %.0f s%n", Math.min(reviews, from + 1_999_999), seconds(started));
        }
        jdbc.update("""
                insert into drill_profile (user_id, empathy_key, score_sum, weight_sum, as_of)
                select u.id, k.k, (u.id * 37 + length(k.k) * 11) % 500, 6, timestamp'2026-12-05 18:00:00'
                from app_user u join (select 'DISCOVER' k union all select 'KNOWLEDGE' union all select 'HELP'
                    union all select 'CHANNEL') k where u.username like 'drill%'""");
        jdbc.execute("analyze table drill_memory, drill_review, drill_profile");
        System.out.printf("Seed: done in %.0f s%n", seconds(started));
    }

    private static void run(JdbcTemplate jdbc, DrillFacade drill, int calls) {
        List<Long> users = jdbc.queryForList("select id from app_user where username like 'drill%'", Long.class);
        System.out.printf("%nData: %,d agents, %,d memory rows, %,d review rows%n", users.size(),
                jdbc.queryForObject("select count(*) from drill_memory", Long.class),
                jdbc.queryForObject("select count(*) from drill_review", Long.class));
        for (int i = 0; i < 2_000; i++) {
            drill.pick(users.get(ThreadLocalRandom.current().nextInt(users.size())), NOW);
        }
        long[] nanos = new long[calls];
        int picked = 0;
        int[] why = new int[DrillItem.Why.values().length];
        for (int i = 0; i < calls; i++) {
            long user = users.get(ThreadLocalRandom.current().nextInt(users.size()));
            long start = System.nanoTime();
            List<DrillFacade.Picked> today = drill.pick(user, NOW);
            nanos[i] = System.nanoTime() - start;
            picked += today.size();
            today.forEach(p -> why[p.why().ordinal()]++);
        }
        Arrays.sort(nanos);
        System.out.printf("%n| Operation | Calls | p50 ms | p95 ms | p99 ms | max ms |%n|---|---:|---:|---:|---:|---:|%n");
        System.out.printf("| Pick today's drill (1 client) | %,d | %.2f | %.2f | %.2f | %.2f |%n", calls, ms(nanos, 0.50),
                ms(nanos, 0.95), ms(nanos, 0.99), nanos[calls - 1] / 1e6);
        System.out.printf("%nItems per drill: %.2f on average; due %d, weakest key %d, new %d%n", (double) picked / calls,
                why[0], why[1], why[2]);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    /**
     * 10 modules of 3 lessons with 4 one-tap questions each: 120 drillable items, keys in turn. Like the app's catalogue,
     * it asks the database which revisions are current on every call (parsed content is cached in both).
     */
    private static final class BenchCatalog implements ContentCatalog {

        private final List<PublishedModule> modules = new ArrayList<>();
        private final ContentStore store;

        BenchCatalog(ContentStore store) {
            this.store = store;
            for (int m = 0; m < CATALOGUE / 12; m++) {
                EmpathyKey key = EmpathyKey.values()[m % 4];
                List<LessonContent> lessons = new ArrayList<>();
                for (int l = 0; l < 3; l++) {
                    List<Question> questions = new ArrayList<>();
                    for (int q = 0; q < 4; q++) {
                        questions.add(new Question("q" + q, QuestionType.SINGLE, key, "A situation", "Which is best?", null,
                                List.of(new AnswerOption("a", "One", true, 0, "Why one"),
                                        new AnswerOption("b", "Two", false, 0, "Why not two"))));
                    }
                    lessons.add(new LessonContent("l" + l, "Lesson " + l, "Objective", 80, List.of(), questions));
                }
                modules.add(new PublishedModule(1, new ModuleContent("bench-m" + m, 1, m, key, "Module " + m, "Summary",
                        lessons)));
            }
        }

        @Override
        public List<PublishedModule> current() {
            store.latestRevisions();
            return modules;
        }

        @Override
        public Optional<PublishedModule> current(String moduleId) {
            return modules.stream().filter(m -> m.content().id().equals(moduleId)).findFirst();
        }

        @Override
        public Optional<PublishedModule> revision(String moduleId, int revision) {
            return current(moduleId);
        }
    }

    /** No role-plays, but the same question to the database as the app's role-play catalogue. */
    private record NoScenarios(ScenarioStore store) implements ScenarioCatalog {

        @Override
        public List<PublishedScenario> current() {
            store.latestRevisions();
            return List.of();
        }

        @Override
        public Optional<PublishedScenario> current(String scenarioId) {
            return Optional.empty();
        }

        @Override
        public Optional<PublishedScenario> revision(String scenarioId, int revision) {
            return Optional.empty();
        }
    }
}
