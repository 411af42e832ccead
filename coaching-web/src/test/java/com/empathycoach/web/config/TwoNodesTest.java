package com.empathycoach.web.config;

import com.empathycoach.core.gamification.Award;
import com.empathycoach.core.gamification.AwardFacade;
import com.empathycoach.core.gamification.XpRule;
import com.empathycoach.core.gamification.LeaderboardStore;
import com.empathycoach.core.gamification.LeaderboardStore.Period;
import com.empathycoach.core.gamification.LeaderboardStore.Scope;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.PasswordChecker;
import com.empathycoach.core.identity.PasswordHasher;
import com.empathycoach.core.identity.Role;
import com.empathycoach.web.shared.PublicUrls;
import com.empathycoach.web.feedback.SubmissionLimiter;
import com.empathycoach.web.security.LoginThrottle;
import com.empathycoach.web.reporting.LrsForwarder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Two application nodes on one MariaDB: the same award asked of both at once is paid once, and a scheduled
 * job started on both at once runs on one of them only. The first node uses the tests' embedded database
 * (started once per test run); the second connects to it as a second server would.
 */
class TwoNodesTest {

    /** A node without the web front end: core, persistence, content and the scheduled jobs. Not a component. */
    @EnableAutoConfiguration
    @ComponentScan({"com.empathycoach.core", "com.empathycoach.data", "com.empathycoach.content"})
    @EntityScan("com.empathycoach.data")
    @EnableJpaRepositories("com.empathycoach.data")
    @Import({ScheduledJobs.class, LrsForwarder.class, ClockConfig.class, PublicUrls.class,
            LoginThrottle.class, SubmissionLimiter.class})
    static class Node {

        @Bean
        PasswordHasher passwordHasher() {
            return raw -> "{test}" + raw;
        }

        @Bean
        PasswordChecker passwordChecker() {
            return (raw, hash) -> hash.equals("{test}" + raw);
        }
    }

    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startTwoNodes() {
        String[] common = {"--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration,com.vaadin.flow.spring.VaadinScopesConfig",
                "--empathy.reminders.initial-delay=PT1H", "--empathy.xapi.lrs.initial-delay=PT1H",
                "--spring.main.banner-mode=off", "--logging.level.root=warn"};
        first = new SpringApplicationBuilder(Node.class).web(WebApplicationType.NONE)
                .run(concat(common, "--empathy.embedded-db.data-dir=target/embedded-db"));
        var env = first.getEnvironment();
        second = new SpringApplicationBuilder(Node.class).web(WebApplicationType.NONE)
                .run(concat(common, "--spring.datasource.url=" + env.getProperty("spring.datasource.url"),
                        "--spring.datasource.username=" + env.getProperty("spring.datasource.username"),
                        "--spring.datasource.password=" + env.getProperty("spring.datasource.password", "")));
    }

    @AfterAll
    static void stopNodes() {
        if (second != null) {
            second.close();
        }
        if (first != null) {
            first.close();
        }
    }

    private static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }

    private static <T> List<T> atOnce(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theSameAwardAskedOfBothNodesAtOnceIsPaidOnce() throws Exception {
        String username = "node" + UUID.randomUUID().toString().substring(0, 8);
        long user = first.getBean(IdentityFacade.class).register(new NewUser(username, "Noor Node",
                username + "@test.empathycoach.test", "a-long-test-passphrase", Set.of(Role.AGENT), "UTC"));
        Award award = new Award(user, XpRule.LESSON_COMPLETED, "lesson:two-nodes#1", 50, Instant.now());
        List<Callable<Object>> tasks = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            AwardFacade node = (i % 2 == 0 ? first : second).getBean(AwardFacade.class);
            tasks.add(() -> node.award(award));
        }
        atOnce(tasks);
        JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select count(*) from xp_ledger where user_id = ?", Integer.class, user)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select total from xp_total where user_id = ?", Long.class, user)).isEqualTo(50L);
    }

    @Test
    void xpEarnedThroughOneNodeIsOnTheOtherNodesBoardAtItsNextRead() {
        IdentityFacade identity = first.getBean(IdentityFacade.class);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long team = identity.ensureTeam("Nodes " + tag);
        long ada = identity.register(new NewUser("ada" + tag, "Ada Node", "ada" + tag + "@test.empathycoach.test",
                "a-long-test-passphrase", Set.of(Role.AGENT), "UTC"));
        long bo = identity.register(new NewUser("bo" + tag, "Bo Node", "bo" + tag + "@test.empathycoach.test",
                "a-long-test-passphrase", Set.of(Role.AGENT), "UTC"));
        identity.addToTeam(team, ada, Role.AGENT);
        identity.addToTeam(team, bo, Role.AGENT);
        first.getBean(AwardFacade.class).award(new Award(ada, XpRule.LESSON_COMPLETED, "lesson:nodes#" + tag, 30, Instant.now()));
        LeaderboardStore onSecond = second.getBean(LeaderboardStore.class);
        LocalDate week = first.getBean(AwardFacade.class).weekStart(Instant.now());
        // The second node builds its boards now, with Ada alone on the team's board.
        assertThat(onSecond.boardView(ada, Scope.TEAM, Period.ALL_TIME, week, 10, 2).top())
                .extracting(LeaderboardStore.Entry::userId).containsExactly(ada);

        first.getBean(AwardFacade.class).award(new Award(bo, XpRule.LESSON_COMPLETED, "lesson:nodes#" + tag, 50, Instant.now()));

        assertThat(onSecond.boardView(ada, Scope.TEAM, Period.ALL_TIME, week, 10, 2).top())
                .extracting(LeaderboardStore.Entry::userId, LeaderboardStore.Entry::xp)
                .containsExactly(tuple(bo, 50L), tuple(ada, 30L));
        assertThat(onSecond.boardView(ada, Scope.TEAM, Period.ALL_TIME, week, 10, 2).me())
                .contains(new LeaderboardStore.Standing(30, 2));
    }

    @Test
    void aScheduledJobStartedOnBothNodesAtOnceRunsOnOneAndIsNotRepeatedRightAway() throws Exception {
        first.getBean(JdbcTemplate.class).update("delete from shedlock where name = ?", ScheduledJobs.REMINDERS);
        ScheduledJobs a = first.getBean(ScheduledJobs.class);
        ScheduledJobs b = second.getBean(ScheduledJobs.class);
        List<Boolean> ran = atOnce(List.of(a::runReminders, b::runReminders));
        assertThat(ran).containsExactlyInAnyOrder(true, false);
        assertThat(b.runReminders()).as("the other node, moments later").isFalse();
        assertThat(a.runReminders()).as("the same node, moments later").isFalse();
    }

    @Test
    void anAttackerSpreadOverBothNodesGetsNoMoreSignInGuessesThanOneNodeAllows() {
        String username = "guess" + UUID.randomUUID().toString().substring(0, 8);
        LoginThrottle a = first.getBean(LoginThrottle.class);
        LoginThrottle b = second.getBean(LoginThrottle.class);
        int guesses = 0;
        while (!a.blocked(username, null) && !b.blocked(username, null) && guesses < 50) {
            (guesses % 2 == 0 ? a : b).failed(username, "198.51.100." + guesses);
            guesses++;
        }
        assertThat(guesses).as("failures allowed across both nodes").isEqualTo(5);
        assertThat(a.isLocked(username)).isTrue();
        assertThat(b.isLocked(username)).isTrue();
        b.unlock(username);
        assertThat(a.isLocked(username)).as("an unlock on one node holds on the other").isFalse();
    }

    @Test
    void aClientSpreadOverBothNodesGetsNoMoreFeedbackSubmissionsThanOneNodeAllows() throws Exception {
        String address = "2001:db8::" + Integer.toHexString((int) (Math.random() * 65_000));
        SubmissionLimiter a = first.getBean(SubmissionLimiter.class);
        SubmissionLimiter b = second.getBean(SubmissionLimiter.class);
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            SubmissionLimiter node = i % 2 == 0 ? a : b;
            tasks.add(() -> node.tryAcquire(address));
        }
        List<Boolean> accepted = atOnce(tasks);
        assertThat(accepted).filteredOn(ok -> ok).as("the allowance of one address, 10 an hour").hasSize(10);
    }
}
