package com.empathycoach.data.gamification;

import com.empathycoach.core.gamification.Award;
import com.empathycoach.core.gamification.AwardFacade;
import com.empathycoach.core.gamification.GamificationStore;
import com.empathycoach.core.gamification.GamificationStore.AwardResult;
import com.empathycoach.core.gamification.LeaderboardStore;
import com.empathycoach.core.gamification.LeaderboardStore.Board;
import com.empathycoach.core.gamification.LeaderboardStore.Entry;
import com.empathycoach.core.gamification.LeaderboardStore.Period;
import com.empathycoach.core.gamification.LeaderboardStore.Scope;
import com.empathycoach.core.gamification.XpRule;
import com.empathycoach.core.gamification.XpRules;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class GamificationStoreTest {

    @Autowired
    GamificationStore store;

    @Autowired
    LeaderboardStore boards;

    @Autowired
    IdentityStore identity;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    private final Instant monday = Instant.parse("2026-11-23T09:00:00Z");

    private AwardFacade service() {
        return new AwardFacade(store, "UTC");
    }

    private long newUser(String zone) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return identity.createUser(new NewUser("g" + tag, "Player " + tag, tag + "@example.org", "long-enough-password",
                Set.of(Role.AGENT), zone), "h");
    }

    private AwardResult award(Award award) {
        return transaction.execute(s -> service().award(award));
    }

    @Test
    void fiftyIdenticalAwardsAtOnceRecordOneRowAndPayOnce() throws Exception {
        long user = newUser("UTC");
        Award award = new Award(user, XpRule.LESSON_COMPLETED, "lesson:m/l#1", 40, monday);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<AwardResult>> results = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            results.add(pool.submit(() -> {
                start.await();
                return award(award);
            }));
        }
        start.countDown();
        int recorded = 0;
        for (Future<AwardResult> result : results) {
            recorded += result.get().recorded() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(recorded).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from xp_ledger where user_id = ?", Integer.class, user)).isEqualTo(1);
        assertThat(store.totalXp(user)).isEqualTo(40);
        assertThat(jdbc.queryForObject("select amount from xp_daily where user_id = ?", Integer.class, user)).isEqualTo(40);
    }

    @Test
    void theDailyCapStopsPayingButKeepsTheRecordAndANewDayPaysAgain() {
        long user = newUser("UTC");
        int cap = XpRules.dailyCap(XpRule.LESSON_COMPLETED);
        int paid = 0;
        for (int i = 0; i < cap / 40 + 3; i++) {
            paid += award(new Award(user, XpRule.LESSON_COMPLETED, "lesson:m/l" + i + "#1", 40, monday)).paid();
        }
        assertThat(paid).isEqualTo(cap);
        assertThat(jdbc.queryForObject("select count(*) from xp_ledger where user_id = ? and amount = 0", Integer.class, user))
                .isEqualTo(3);
        assertThat(award(new Award(user, XpRule.LESSON_COMPLETED, "lesson:m/next-day#1", 40,
                monday.plus(Duration.ofDays(1)))).paid()).isEqualTo(40);
    }

    @Test
    void capsAndStreaksFollowTheLearnersTimeZone() {
        long user = newUser("Pacific/Auckland");
        // 09:00 UTC on Monday is 22:00 in Auckland; 12:00 UTC is already Tuesday there.
        service().activeDay(user, monday);
        service().activeDay(user, monday.plus(Duration.ofHours(3)));
        assertThat(store.streak(user).current()).isEqualTo(2);
        service().activeDay(user, monday.plus(Duration.ofHours(4)));
        assertThat(store.streak(user).current()).isEqualTo(2);
        service().activeDay(user, monday.plus(Duration.ofDays(3)));
        assertThat(store.streak(user).current()).isEqualTo(1);
        assertThat(store.streak(user).longest()).isEqualTo(2);
    }

    @Test
    void totalsEqualTheLedgerAndRanksHaveNoGapsOrDuplicatesForRandomEvents() {
        for (int seed = 1; seed <= 8; seed++) {
            Random random = new Random(seed);
            long team = identity.createTeam("Board " + UUID.randomUUID());
            List<Long> users = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                long user = newUser("UTC");
                identity.addToTeam(team, user, Role.AGENT);
                users.add(user);
            }
            for (int event = 0; event < 40; event++) {
                long user = users.get(random.nextInt(users.size()));
                XpRule rule = XpRule.values()[random.nextInt(3)];
                // Few distinct sources, so repeats (which must pay nothing) are common; equal amounts make ties.
                String source = "src-" + random.nextInt(6);
                Instant at = monday.plus(Duration.ofMinutes(random.nextInt(3) * 10L));
                award(new Award(user, rule, source, 10 * (1 + random.nextInt(3)), at));
            }
            if (random.nextBoolean()) {
                boards.setPublic(users.getFirst(), false);
            }
            for (long user : users) {
                Long ledger = jdbc.queryForObject("select coalesce(sum(amount), 0) from xp_ledger where user_id = ?",
                        Long.class, user);
                assertThat(store.totalXp(user)).as("seed %d user %d", seed, user).isEqualTo(ledger);
            }
            for (Period period : Period.values()) {
                Board board = new Board(Scope.TEAM, team, period, LocalDate.parse("2026-11-23"));
                List<Entry> listed = boards.window(board, 1, 100);
                for (int i = 0; i < listed.size(); i++) {
                    assertThat(listed.get(i).rank()).as("seed %d rank without gaps", seed).isEqualTo(i + 1);
                    if (i > 0) {
                        assertThat(listed.get(i).xp()).isLessThanOrEqualTo(listed.get(i - 1).xp());
                    }
                    Entry entry = listed.get(i);
                    assertThat(boards.standing(board, entry.userId()).orElseThrow().rank())
                            .as("seed %d standing of %d", seed, entry.userId()).isEqualTo(entry.rank());
                }
                for (Entry entry : listed) {
                    var standing = boards.standing(board, entry.userId()).orElseThrow();
                    List<Entry> expected = listed.stream()
                            .filter(e -> Math.abs(e.rank() - entry.rank()) <= 2).toList();
                    assertThat(boards.around(board, entry.userId(), standing, 2)).as("seed %d around %d", seed, entry.rank())
                            .isEqualTo(expected);
                }
                Set<Long> ids = new HashSet<>();
                listed.forEach(e -> assertThat(ids.add(e.userId())).isTrue());
                assertThat(boards.window(board, 3, 2)).isEqualTo(listed.stream().skip(2).limit(2).toList());
            }
        }
    }

    @Test
    void anOptedOutPlayerIsHiddenFromTheBoardButStillSeesTheirPlace() {
        long team = identity.createTeam("Hidden " + UUID.randomUUID());
        long shown = newUser("UTC");
        long hidden = newUser("UTC");
        identity.addToTeam(team, shown, Role.AGENT);
        identity.addToTeam(team, hidden, Role.AGENT);
        award(new Award(shown, XpRule.LESSON_COMPLETED, "a", 10, monday));
        award(new Award(hidden, XpRule.LESSON_COMPLETED, "a", 40, monday));
        boards.setPublic(hidden, false);
        Board board = new Board(Scope.TEAM, team, Period.ALL_TIME, LocalDate.parse("2026-11-23"));
        assertThat(boards.top(board, 10)).extracting(Entry::userId).containsExactly(shown);
        assertThat(boards.standing(board, hidden).orElseThrow().rank()).isEqualTo(1);
        assertThat(boards.standing(board, shown).orElseThrow().rank()).isEqualTo(1);
    }
}
