package com.empathycoach.data.gamification;

import com.empathycoach.core.gamification.Award;
import com.empathycoach.core.gamification.AwardFacade;
import com.empathycoach.core.gamification.GamificationStore;
import com.empathycoach.core.gamification.LeaderboardStore;
import com.empathycoach.core.gamification.LeaderboardStore.Entry;
import com.empathycoach.core.gamification.LeaderboardStore.Period;
import com.empathycoach.core.gamification.LeaderboardStore.Scope;
import com.empathycoach.core.gamification.XpRule;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The boards in memory when awards commit out of the order of their change stamps: Ada's award is written first
 * but commits after Bo's, which this node has already read. Ada still sees her own XP at once; everyone sees it
 * after the periodic catch-up, which re-reads the last few seconds.
 */
@SpringBootTest
class BoardCatchUpTest {

    @Autowired
    IdentityStore identity;

    @Autowired
    GamificationStore store;

    @Autowired
    LeaderboardStore boards;

    @Autowired
    BoardIndex index;

    @Autowired
    TransactionTemplate transaction;

    private long agent(long team, String name) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long id = identity.createUser(new NewUser(name + tag, name, tag + "@example.org", "long-enough-password",
                Set.of(Role.AGENT), "UTC"), "h");
        identity.addToTeam(team, id, Role.AGENT);
        return id;
    }

    @Test
    void anAwardCommittedAfterALaterStampedOneIsOnItsOwnersBoardAtOnceAndOnEveryoneElsesAfterTheCatchUp()
            throws Exception {
        long team = identity.createTeam("Catch-up " + UUID.randomUUID());
        long ada = agent(team, "Ada");
        long bo = agent(team, "Bo");
        AwardFacade awards = new AwardFacade(store, "UTC");
        LocalDate week = awards.weekStart(Instant.now());
        // Both have a totals row already, so each award below locks only its owner's row.
        for (long person : new long[] {ada, bo}) {
            transaction.executeWithoutResult(s -> awards.award(new Award(person, XpRule.QUIZ_SCORE, "catch-up#first", 5,
                    Instant.now())));
        }
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> adaPaid = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(s -> {
            awards.award(new Award(ada, XpRule.LESSON_COMPLETED, "catch-up#ada", 40, Instant.now()));
            written.countDown();
            await(release);
        }));
        assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(5); // Bo's stamp is later than Ada's
        transaction.executeWithoutResult(s -> awards.award(new Award(bo, XpRule.LESSON_COMPLETED, "catch-up#bo", 20,
                Instant.now())));
        assertThat(boards.boardView(bo, Scope.TEAM, Period.ALL_TIME, week, 10, 2).top())
                .as("Bo's board before Ada's award commits").extracting(Entry::userId, Entry::xp)
                .containsExactly(tuple(bo, 25L), tuple(ada, 5L));
        release.countDown();
        adaPaid.get(30, TimeUnit.SECONDS);

        assertThat(boards.boardView(ada, Scope.TEAM, Period.ALL_TIME, week, 10, 2).top())
                .as("Ada's own board").extracting(Entry::userId, Entry::xp).containsExactly(tuple(ada, 45L), tuple(bo, 25L));
        index.catchUpRecent();
        assertThat(boards.boardView(bo, Scope.TEAM, Period.ALL_TIME, week, 10, 2).top())
                .as("Bo's board after the catch-up").extracting(Entry::userId).containsExactly(ada, bo);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
