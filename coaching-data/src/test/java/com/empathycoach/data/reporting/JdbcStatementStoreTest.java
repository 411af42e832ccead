package com.empathycoach.data.reporting;

import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.reporting.StatementStore;
import com.empathycoach.core.reporting.StatementStore.StoredStatement;
import com.empathycoach.core.reporting.XapiStatement;
import com.empathycoach.core.reporting.XapiStatement.ActivityType;
import com.empathycoach.core.reporting.XapiStatement.Verb;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class JdbcStatementStoreTest {

    @Autowired
    StatementStore statements;

    @Autowired
    IdentityStore identity;

    @Autowired
    JdbcTemplate jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    /** A random hour of its own, so statements of earlier runs never fall in this test's time window. */
    private final Instant base = Instant.parse("2001-01-01T00:00:00Z")
            .plus(Duration.ofHours(ThreadLocalRandom.current().nextLong(24 * 365 * 20)));
    private long user;

    @BeforeEach
    void setUp() {
        user = identity.createUser(new NewUser("x" + tag, "Learner " + tag, tag + "@example.org", "long-enough-password",
                Set.of(Role.AGENT), "UTC"), "h");
        // Forwarding is asked of the whole table: start each test with nothing left to forward.
        jdbc.update("update xapi_statement set forwarded_at = at where forwarded_at is null");
    }

    @Test
    void aStatementStreamsBackWithItsActorAndEveryField() {
        XapiStatement full = statement("m/l", 80, true, true, "picked b", base);
        XapiStatement bare = statement("m/q", null, null, null, null, base.plusSeconds(1));
        statements.save(full);
        statements.save(bare);

        assertThat(streamed(base, base.plusSeconds(3600))).containsExactly(
                new StoredStatement(full, "Learner " + tag, tag + "@example.org", 0),
                new StoredStatement(bare, "Learner " + tag, tag + "@example.org", 0));
    }

    @Test
    void aRepeatedStatementIsStoredOnce() {
        statements.save(statement("m/l", 80, true, true, null, base));
        statements.save(statement("m/l", 10, false, true, null, base));

        assertThat(streamed(base, base.plusSeconds(3600))).singleElement()
                .satisfies(s -> assertThat(s.statement().score()).isEqualTo(80));
    }

    @Test
    void theStreamTakesTheStartButNotTheEndOldestFirstAndCountsWhatItSent() {
        Instant end = base.plusSeconds(3600);
        statements.save(statement("before", 1, null, null, null, base.minusNanos(1000)));
        statements.save(statement("last", 3, null, null, null, end.minusNanos(1000)));
        statements.save(statement("first", 2, null, null, null, base));
        statements.save(statement("end", 4, null, null, null, end));

        List<StoredStatement> sent = new ArrayList<>();
        int count = statements.stream(base, end, sent::add);

        assertThat(count).isEqualTo(2);
        assertThat(sent).extracting(s -> s.statement().activityId()).containsExactly("first", "last");
    }

    @Test
    void dueStatementsAreTheUnforwardedOnesOldestFirstUpToTheLimit() {
        statements.save(statement("b", 1, null, null, null, base.plusSeconds(2)));
        statements.save(statement("a", 1, null, null, null, base.plusSeconds(1)));
        statements.save(statement("c", 1, null, null, null, base.plusSeconds(3)));
        statements.save(statement("later", 1, null, null, null, base.plusSeconds(60)));
        Instant now = base.plusSeconds(10);

        assertThat(due(now, 2)).containsExactly("a", "b");
        assertThat(due(now, 10)).containsExactly("a", "b", "c");

        statements.markForwarded(List.of(id("a"), id("c")), now);
        assertThat(due(now, 10)).containsExactly("b");
    }

    @Test
    void aFailedForwardingCountsTheTryAndWaitsForTheNextOne() {
        statements.save(statement("a", 1, null, null, null, base));
        Instant retry = base.plusSeconds(300);

        statements.markFailed(List.of(id("a")), "LRS answered 503: " + "e".repeat(500), retry);
        assertThat(due(retry.minusSeconds(1), 10)).isEmpty();
        assertThat(statements.dueForForwarding(retry, 10)).singleElement()
                .satisfies(s -> assertThat(s.attempts()).isEqualTo(1));
        assertThat(jdbc.queryForObject("select last_error from xapi_statement where id = ?", String.class, id("a")))
                .startsWith("LRS answered 503").hasSize(400);

        statements.markFailed(List.of(id("a")), "timeout", retry.plusSeconds(600));
        statements.markForwarded(List.of(id("a")), retry.plusSeconds(600));
        assertThat(due(retry.plusSeconds(3600), 10)).isEmpty();
        assertThat(jdbc.queryForObject("select attempts from xapi_statement where id = ?", Integer.class, id("a"))).isEqualTo(2);
        assertThat(jdbc.queryForObject("select last_error from xapi_statement where id = ?", String.class, id("a"))).isNull();
    }

    private XapiStatement statement(String activity, Integer score, Boolean success, Boolean completion, String response,
                                    Instant at) {
        return new XapiStatement(id(activity), user, Verb.COMPLETED, ActivityType.LESSON, activity,
                "Lesson " + activity, score, success, completion, response, at);
    }

    private String id(String activity) {
        return XapiStatement.idFor(user, Verb.COMPLETED, activity, tag);
    }

    private List<StoredStatement> streamed(Instant from, Instant to) {
        List<StoredStatement> sent = new ArrayList<>();
        statements.stream(from, to, sent::add);
        return sent;
    }

    private List<String> due(Instant now, int limit) {
        return statements.dueForForwarding(now, limit).stream().map(s -> s.statement().activityId()).toList();
    }
}
