package com.empathycoach.data.roleplay;

import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.roleplay.ReviewStatus;
import com.empathycoach.core.roleplay.RolePlayAttempt;
import com.empathycoach.core.roleplay.RolePlayResult;
import com.empathycoach.core.roleplay.RolePlayStore;
import com.empathycoach.core.roleplay.RolePlayTurn;
import com.empathycoach.core.roleplay.Scenario.Outcome;
import com.empathycoach.core.roleplay.ScenarioStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.empathycoach.core.skill.EmpathyKey.CHANNEL;
import static com.empathycoach.core.skill.EmpathyKey.DISCOVER;
import static com.empathycoach.core.skill.EmpathyKey.HELP;
import static com.empathycoach.core.skill.EmpathyKey.KNOWLEDGE;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class JdbcRolePlayStoreTest {

    @Autowired
    RolePlayStore plays;

    @Autowired
    ScenarioStore scenarios;

    @Autowired
    IdentityStore identity;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String scenario = "scenario-" + tag;
    private final Instant now = Instant.parse("2026-11-23T10:00:00.5Z");
    private long user;

    @BeforeEach
    void setUp() {
        user = identity.createUser(new NewUser("r" + tag, "Player " + tag, tag + "@example.org", "long-enough-password",
                Set.of(Role.AGENT), "UTC"), "h");
        scenarios.saveIfNew(scenario, 1, "sum-" + tag, "source");
    }

    @Test
    void aNewPlayStartsOpenAtTheStartNodeAndADoubleClickGivesTheSamePlay() {
        RolePlayAttempt play = plays.create(user, scenario, 1, 1, "start", 50, now);
        RolePlayAttempt again = plays.create(user, scenario, 1, 1, "elsewhere", 10, now.plusSeconds(1));

        assertThat(again).isEqualTo(play);
        assertThat(plays.attempt(play.id())).contains(new RolePlayAttempt(play.id(), user, scenario, 1, 1, false, "start",
                50, 0, null, Map.of(), null, now, now, null));
        assertThat(plays.lastAttemptNo(user, scenario)).isEqualTo(1);
    }

    @Test
    void eachTurnIsSavedOnceAndInOrder() {
        long play = plays.create(user, scenario, 1, 1, "start", 50, now).id();
        RolePlayTurn choice = new RolePlayTurn(0, "start", "ask", null, Map.of(DISCOVER, 3, HELP, 1), 55,
                ReviewStatus.NONE, now, null, null);
        RolePlayTurn written = new RolePlayTurn(1, "vent", null, "I hear you \u2013 let me check.",
                Map.of(DISCOVER, 70, KNOWLEDGE, 20, HELP, 90, CHANNEL, 40), 60, ReviewStatus.AWAITING, now.plusSeconds(30), 72, "2.0+abcdef12");

        assertThat(plays.saveTurn(play, written, "end", now)).as("turn 1 before turn 0").isFalse();
        assertThat(plays.saveTurn(play, choice, "vent", now)).isTrue();
        assertThat(plays.saveTurn(play, choice, "vent", now)).as("the same click twice").isFalse();
        assertThat(plays.saveTurn(play, written, "calm", now.plusSeconds(30))).isTrue();

        assertThat(plays.turns(play)).containsExactly(
                new RolePlayTurn(0, "start", "ask", null, Map.of(DISCOVER, 3, KNOWLEDGE, 0, HELP, 1, CHANNEL, 0), 55,
                        ReviewStatus.NONE, now, null, null),
                written);
        RolePlayAttempt attempt = plays.attempt(play).orElseThrow();
        assertThat(attempt.nodeId()).isEqualTo("calm");
        assertThat(attempt.mood()).isEqualTo(60);
        assertThat(attempt.turnCount()).isEqualTo(2);
        assertThat(attempt.updatedAt()).isEqualTo(now.plusSeconds(30));
    }

    @Test
    void aPlayIsCompletedOnceWithTheScoresOfTheKeysPractisedAndTakesNoMoreTurns() {
        long play = plays.create(user, scenario, 1, 1, "start", 50, now).id();
        Instant end = now.plusSeconds(120);

        assertThat(plays.complete(play, "happy", Outcome.RESOLVED_HAPPY, Map.of(DISCOVER, 80, HELP, 60), 70, end)).isTrue();
        assertThat(plays.complete(play, "lost", Outcome.ESCALATED_OR_LOST, Map.of(DISCOVER, 0), 0, end)).isFalse();
        assertThat(plays.saveTurn(play, new RolePlayTurn(0, "start", "ask", null, Map.of(), 50, ReviewStatus.NONE, end, null, null),
                "next", end)).isFalse();

        RolePlayAttempt done = plays.attempt(play).orElseThrow();
        assertThat(done.completed()).isTrue();
        assertThat(done.endingId()).isEqualTo("happy");
        assertThat(done.scores()).isEqualTo(Map.of(DISCOVER, 80, HELP, 60));
        assertThat(done.overall()).isEqualTo(70);
        assertThat(done.nodeId()).isNull();
        assertThat(done.completedAt()).isEqualTo(end);
        assertThat(plays.turns(play)).isEmpty();
    }

    @Test
    void resultsSumUpEachScenarioAndLatestIsTheNewestPlay() {
        long first = plays.create(user, scenario, 1, 1, "start", 50, now).id();
        plays.complete(first, "cool", Outcome.RESOLVED_COOL, Map.of(HELP, 40), 40, now.plusSeconds(60));
        long second = plays.create(user, scenario, 1, 2, "start", 50, now.plusSeconds(100)).id();
        plays.complete(second, "happy", Outcome.RESOLVED_HAPPY, Map.of(HELP, 90), 90, now.plusSeconds(160));
        plays.create(user, scenario, 1, 3, "start", 50, now.plusSeconds(200));

        assertThat(plays.results(user)).containsExactly(new RolePlayResult(scenario, 2, 90, true, now.plusSeconds(200)));
        assertThat(plays.latest(user, scenario).orElseThrow().attemptNo()).isEqualTo(3);
        assertThat(plays.lastAttemptNo(user, scenario)).isEqualTo(3);
    }

    @Test
    void someoneWhoNeverPlayedHasNothing() {
        assertThat(plays.latest(user, scenario)).isEmpty();
        assertThat(plays.lastAttemptNo(user, scenario)).isZero();
        assertThat(plays.results(user)).isEmpty();
        assertThat(plays.attempt(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void ofTheSameTurnSentManyTimesAtOnceOneIsSaved() throws Exception {
        long play = plays.create(user, scenario, 1, 1, "start", 50, now).id();
        RolePlayTurn turn = new RolePlayTurn(0, "start", "ask", null, Map.of(DISCOVER, 2), 52, ReviewStatus.NONE, now, null, null);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> saved = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            saved.add(pool.submit(() -> {
                go.await();
                return plays.saveTurn(play, turn, "next", now);
            }));
        }
        go.countDown();
        int accepted = 0;
        for (Future<Boolean> f : saved) {
            accepted += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(accepted).isEqualTo(1);
        assertThat(plays.turns(play)).hasSize(1);
        assertThat(plays.attempt(play).orElseThrow().turnCount()).isEqualTo(1);
    }

    @Test
    void choicesAndWrittenRepliesAreCountedPerNodeAndRepliesListNewestFirst() {
        for (int attemptNo = 1; attemptNo <= 3; attemptNo++) {
            long play = plays.create(user, scenario, 1, attemptNo, "start", 50, now).id();
            String choice = attemptNo == 1 ? "ask" : "tell";
            plays.saveTurn(play, new RolePlayTurn(0, "start", choice, null, Map.of(HELP, 1), 50, ReviewStatus.NONE, now, null, null),
                    "vent", now);
            plays.saveTurn(play, new RolePlayTurn(1, "vent", null, "Reply " + attemptNo,
                    Map.of(DISCOVER, 10 * attemptNo, KNOWLEDGE, 0, HELP, 0, CHANNEL, 0), 55, ReviewStatus.NONE,
                    now.plusSeconds(attemptNo), null, null), "end", now.plusSeconds(attemptNo));
        }

        assertThat(plays.choiceTallies(scenario, null)).containsExactlyInAnyOrder(
                new RolePlayStore.ChoiceTally("start", "ask", 1), new RolePlayStore.ChoiceTally("start", "tell", 2));
        assertThat(plays.choiceTallies(scenario, 1)).hasSize(2);
        assertThat(plays.choiceTallies(scenario, 2)).as("no play on revision 2").isEmpty();
        assertThat(plays.writtenReplyCounts(scenario, null)).isEqualTo(Map.of("vent", new RolePlayStore.WrittenCount(3, 1)));
        assertThat(plays.writtenReplyCounts(scenario, 2)).isEmpty();
        assertThat(plays.writtenReplies(scenario, 2, "vent", new com.empathycoach.core.shared.Page(0, 2))).isEmpty();
        assertThat(plays.writtenReplies(scenario, 1, "vent", new com.empathycoach.core.shared.Page(0, 2)))
                .extracting(RolePlayStore.WrittenReply::reply).containsExactly("Reply 3", "Reply 2");
        assertThat(plays.writtenReplies(scenario, null, "vent", new com.empathycoach.core.shared.Page(2, 2)))
                .singleElement().satisfies(r -> {
                    assertThat(r.reply()).isEqualTo("Reply 1");
                    assertThat(r.scores()).containsEntry(DISCOVER, 10);
                });
        assertThat(plays.writtenReplies("other-" + tag, null, "vent", new com.empathycoach.core.shared.Page(0, 10))).isEmpty();
    }
}
