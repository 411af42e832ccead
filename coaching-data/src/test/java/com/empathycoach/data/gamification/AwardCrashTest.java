package com.empathycoach.data.gamification;

import com.empathycoach.core.gamification.Award;
import com.empathycoach.core.gamification.AwardFacade;
import com.empathycoach.core.gamification.GamificationStore;
import com.empathycoach.core.gamification.XpRule;
import com.empathycoach.core.gamification.XpRules;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import com.empathycoach.data.DataTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node killed with SIGKILL in the middle of paying awards loses none that it confirmed and leaves no half-paid
 * one; when the same awards are asked for again (as the events behind them are retried), each is paid exactly
 * once. The awards run in a separate JVM, eight at a time, against the tests' MariaDB.
 */
@SpringBootTest
class AwardCrashTest {

    /** Awards asked for per run; far more than are confirmed before the kill. */
    private static final int AWARDS = 4_000;
    private static final XpRule[] RULES = {XpRule.LESSON_COMPLETED, XpRule.QUIZ_SCORE, XpRule.ROLEPLAY_SCORE};

    @Autowired
    IdentityStore identity;

    @Autowired
    GamificationStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Environment env;

    static Award award(long[] users, String run, int i) {
        return new Award(users[i % users.length], RULES[i % RULES.length], run + "#" + i, 5 + i % 20,
                Instant.parse("2026-11-24T09:00:00Z").plusSeconds(i));
    }

    @Test
    void aNodeKilledMidAwardLosesNoConfirmedAwardAndRetriesPayEachOnce() throws Exception {
        String run = "crash-" + UUID.randomUUID().toString().substring(0, 8);
        long[] users = new long[4];
        for (int u = 0; u < users.length; u++) {
            users[u] = identity.createUser(new NewUser(run + "-" + u, "Crash " + u, run + u + "@example.org",
                    "long-enough-password", Set.of(Role.AGENT), "UTC"), "h");
        }
        Set<Integer> confirmed = killMidRun(run, users);
        assertThat(confirmed).as("confirmed before the kill").hasSizeGreaterThan(50);
        assertThat(ledgerCount(run)).as("the kill came mid-run").isLessThan(AWARDS);

        // Everything confirmed is there, and nothing is half-paid: tallies and totals match the ledger.
        Set<Integer> recorded = new HashSet<>(jdbc.queryForList(
                "select cast(substring_index(source, '#', -1) as int) from xp_ledger where source like ?", Integer.class,
                run + "#%"));
        assertThat(recorded).containsAll(confirmed);
        assertConsistent(run, users);

        // The events behind the awards are retried: every award asked for again, eight at a time.
        AwardFacade awards = new AwardFacade(store, "UTC");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < AWARDS; i++) {
            Award award = award(users, run, i);
            pool.submit(() -> pay(transaction, awards, award));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

        assertThat(ledgerCount(run)).as("each award once").isEqualTo(AWARDS);
        assertConsistent(run, users);
    }

    /** Starts the awarding JVM, waits for a few hundred confirmations, kills it with SIGKILL; returns what it confirmed. */
    private Set<Integer> killMidRun(String run, long[] users) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Child.class.getName(),
                env.getProperty("spring.datasource.url"), env.getProperty("spring.datasource.username", "root"),
                env.getProperty("spring.datasource.password", ""), run));
        for (long user : users) {
            command.add(Long.toString(user));
        }
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        Set<Integer> confirmed = new HashSet<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("paid ")) {
                    confirmed.add(Integer.parseInt(line.substring(5).trim()));
                    if (confirmed.size() >= 300) {
                        child.destroyForcibly(); // SIGKILL: no shutdown hooks, no rollback by the app
                        break;
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        return confirmed;
    }

    private int ledgerCount(String run) {
        return jdbc.queryForObject("select count(*) from xp_ledger where source like ?", Integer.class, run + "#%");
    }

    /** Totals and daily tallies equal the sums of the ledger, and no tally is over its cap. */
    private void assertConsistent(String run, long[] users) {
        for (long user : users) {
            Long ledger = jdbc.queryForObject("select coalesce(sum(amount), 0) from xp_ledger where user_id = ?", Long.class, user);
            Long total = jdbc.queryForList("select total from xp_total where user_id = ?", Long.class, user).stream()
                    .findFirst().orElse(0L);
            assertThat(total).as("total of user %d", user).isEqualTo(ledger);
            for (Map<String, Object> day : jdbc.queryForList("""
                    select d.award_day, d.rule, d.amount,
                           (select coalesce(sum(l.amount), 0) from xp_ledger l
                            where l.user_id = d.user_id and l.award_day = d.award_day and l.rule = d.rule) paid
                    from xp_daily d where d.user_id = ?""", user)) {
                assertThat(((Number) day.get("amount")).longValue()).as("tally %s", day)
                        .isEqualTo(((Number) day.get("paid")).longValue());
                assertThat(((Number) day.get("amount")).intValue())
                        .isLessThanOrEqualTo(XpRules.dailyCap(XpRule.valueOf((String) day.get("rule"))));
            }
        }
    }

    /** One award in its own transaction; a deadlock victim is rolled back whole and simply asked for again. */
    static void pay(TransactionTemplate transaction, AwardFacade awards, Award award) {
        for (int attempt = 1; ; attempt++) {
            try {
                transaction.executeWithoutResult(s -> awards.award(award));
                return;
            } catch (PessimisticLockingFailureException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    /** The node that gets killed: pays the run's awards eight at a time and prints each one once committed. */
    public static final class Child {
        public static void main(String[] args) throws Exception {
            String run = args[3];
            long[] users = new long[args.length - 4];
            for (int i = 4; i < args.length; i++) {
                users[i - 4] = Long.parseLong(args[i]);
            }
            ConfigurableApplicationContext context = new SpringApplicationBuilder(DataTestApplication.class)
                    .web(WebApplicationType.NONE).run("--spring.datasource.url=" + args[0],
                            "--spring.datasource.username=" + args[1], "--spring.datasource.password=" + args[2],
                            "--spring.main.banner-mode=off", "--logging.level.root=warn");
            AwardFacade awards = new AwardFacade(context.getBean(GamificationStore.class), "UTC");
            TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
            AtomicInteger next = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            for (int t = 0; t < 8; t++) {
                pool.submit(() -> {
                    int i;
                    while ((i = next.getAndIncrement()) < AWARDS) {
                        Award award = award(users, run, i);
                        pay(transaction, awards, award);
                        synchronized (System.out) {
                            System.out.println("paid " + i);
                            System.out.flush();
                        }
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(10, TimeUnit.MINUTES);
            context.close();
        }
    }
}
