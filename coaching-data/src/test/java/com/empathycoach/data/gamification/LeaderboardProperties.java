package com.empathycoach.data.gamification;

import com.empathycoach.core.gamification.Award;
import com.empathycoach.core.gamification.AwardFacade;
import com.empathycoach.core.gamification.GamificationStore;
import com.empathycoach.core.gamification.GamificationStore.AwardResult;
import com.empathycoach.core.gamification.LeaderboardStore;
import com.empathycoach.core.gamification.LeaderboardStore.Board;
import com.empathycoach.core.gamification.LeaderboardStore.BoardView;
import com.empathycoach.core.gamification.LeaderboardStore.Entry;
import com.empathycoach.core.gamification.LeaderboardStore.Period;
import com.empathycoach.core.gamification.LeaderboardStore.Scope;
import com.empathycoach.core.gamification.LeaderboardStore.Standing;
import com.empathycoach.core.gamification.XpRule;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Leaderboard ranks against the real MariaDB (docs/XP-RULES.md, "Leaderboards"): more XP ranks higher; with equal
 * XP whoever reached it first ranks higher, then the older account, so every place has exactly one person. The
 * boards are compared with a reference model that sorts the people of one fresh team.
 *
 * <p>The organisation's weekly board is checked on a week nobody else has XP in, found at random among the
 * weeks since 1980, so other tests' people sharing the database do not interfere.
 */
@SpringBootTest
class LeaderboardProperties {

    @Autowired
    IdentityStore identity;

    @Autowired
    LeaderboardStore boards;

    @Autowired
    GamificationStore store;

    @Autowired
    TransactionTemplate transaction;

    /** Awards take turns among three rules, so no one comes near a daily cap. */
    private static final XpRule[] RULES = {XpRule.LESSON_COMPLETED, XpRule.QUIZ_SCORE, XpRule.ROLEPLAY_SCORE};

    /** One award: who, in which of the two weeks, at which ten-minute slot of its Monday morning, how much. */
    record Event(int person, int week, int slot, int amount) {
    }

    /**
     * {@code hidden[i]}: person i opts out; {@code hideFirst}: before earning anything, else at the end;
     * {@code week}: where to start looking for an unused week.
     */
    record Scenario(int people, List<Event> events, List<Boolean> hidden, boolean hideFirst, int week) {
    }

    private static Gen<Scenario> scenarios() {
        return integers().between(2, 7).flatMap(LeaderboardProperties::scenarios);
    }

    private static Gen<Scenario> scenarios(int people) {
        Gen<Event> event = integers().between(0, people - 1).zip(integers().between(0, 1), integers().between(0, 3),
                Generate.pick(List.of(10, 20, 30)), Event::new);
        Gen<Boolean> hides = Generate.frequency(List.of(Pair.of(4, Generate.constant(false)),
                Pair.of(1, Generate.constant(true))));
        return lists().of(event).ofSizeBetween(0, 18).zip(lists().of(hides).ofSize(people), booleans().all(),
                integers().between(0, 52 * 45),
                (events, hidden, hideFirst, week) -> new Scenario(people, events, hidden, hideFirst, week));
    }

    /** What the reference model knows of one person. */
    private static final class Person {
        final long id;
        final boolean listed;
        long total;
        Instant reachedAt;
        LocalDate week;
        long weekXp;

        Person(long id, boolean listed) {
            this.id = id;
            this.listed = listed;
        }

        long xp(Board board) {
            if (board.period() == Period.ALL_TIME) {
                return total;
            }
            return board.weekStart().equals(week) ? weekXp : 0;
        }
    }

    /** The documented order: more XP first, then whoever reached it first, then the older account. */
    private static Comparator<Person> order(Board board) {
        return Comparator.comparingLong((Person p) -> -p.xp(board)).thenComparing(p -> p.reachedAt)
                .thenComparingLong(p -> p.id);
    }

    @Test
    void ranksFollowTheDocumentedOrderWithOnePersonAPlaceOnEveryBoard() {
        qt().withExamples(20).withShrinkCycles(100).forAll(scenarios())
                .checkAssert(this::ranksFollowTheDocumentedOrderWithOnePersonAPlaceOnEveryBoard);
    }

    private void ranksFollowTheDocumentedOrderWithOnePersonAPlaceOnEveryBoard(Scenario scenario) {
        LocalDate thisWeek = unusedWeek(boards, scenario.week());
        LocalDate lastWeek = thisWeek.minusWeeks(1);

        long team = identity.createTeam("Board " + UUID.randomUUID());
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < scenario.people(); i++) {
            long id = newUser();
            identity.addToTeam(team, id, Role.AGENT);
            people.add(new Person(id, !scenario.hidden().get(i)));
        }
        if (scenario.hideFirst()) {
            people.stream().filter(p -> !p.listed).forEach(p -> boards.setPublic(p.id, false));
        }
        List<Event> events = scenario.events().stream()
                .sorted(Comparator.comparingInt(Event::week).thenComparingInt(Event::slot)).toList();
        for (int i = 0; i < events.size(); i++) {
            Event event = events.get(i);
            Person person = people.get(event.person());
            LocalDate week = event.week() == 0 ? lastWeek : thisWeek;
            Instant at = week.atTime(9, 0).toInstant(ZoneOffset.UTC).plus(Duration.ofMinutes(10L * event.slot()));
            AwardResult result = award(new Award(person.id, RULES[i % RULES.length], "board:" + i, event.amount(), at));
            if (result.paid() > 0) {
                person.total += result.paid();
                person.reachedAt = at;
                person.weekXp = week.equals(person.week) ? person.weekXp + result.paid() : result.paid();
                person.week = week;
            }
        }
        if (!scenario.hideFirst()) {
            people.stream().filter(p -> !p.listed).forEach(p -> boards.setPublic(p.id, false));
        }

        for (Board board : List.of(new Board(Scope.TEAM, team, Period.ALL_TIME, thisWeek),
                new Board(Scope.TEAM, team, Period.WEEK, thisWeek), new Board(Scope.TEAM, team, Period.WEEK, lastWeek),
                new Board(Scope.ORGANISATION, null, Period.WEEK, thisWeek),
                new Board(Scope.ORGANISATION, null, Period.WEEK, lastWeek))) {
            checkBoard(boards, board, people);
        }
    }

    private static void checkBoard(LeaderboardStore boards, Board board, List<Person> people) {
        List<Person> expected = people.stream().filter(p -> p.listed && p.xp(board) > 0).sorted(order(board)).toList();
        List<Entry> listed = boards.window(board, 1, 100);
        assertThat(listed).extracting(Entry::userId).as("%s", board)
                .containsExactlyElementsOf(expected.stream().map(p -> p.id).toList());
        for (int i = 0; i < listed.size(); i++) {
            Entry entry = listed.get(i);
            assertThat(entry.rank()).as("%s: one person a place, no gaps", board).isEqualTo(i + 1);
            assertThat(entry.xp()).isEqualTo(expected.get(i).xp(board));
            long more = listed.stream().filter(e -> e.xp() > entry.xp()).count();
            long atLeast = listed.stream().filter(e -> e.xp() >= entry.xp()).count();
            assertThat(entry.rank()).as("%s: behind everyone with more XP, ahead of everyone with less", board)
                    .isBetween(more + 1, atLeast);
            if (i > 0) {
                assertThat(entry.rank()).isGreaterThan(listed.get(i - 1).rank());
                assertThat(entry.xp()).isLessThanOrEqualTo(listed.get(i - 1).xp());
            }
        }
        assertThat(boards.top(board, 3)).isEqualTo(listed.stream().limit(3).toList());

        for (Person person : people) {
            Optional<Standing> standing = boards.standing(board, person.id);
            // The whole view as the leaderboard page asks for it agrees with the separate reads.
            BoardView view = boards.boardView(person.id, board.scope(), board.period(), board.weekStart(), 3, 2);
            assertThat(view.top()).as("%s: view's top", board).isEqualTo(listed.stream().limit(3).toList());
            assertThat(view.me()).as("%s: view's standing", board).isEqualTo(standing);
            assertThat(view.shown()).isEqualTo(person.listed);
            assertThat(view.team()).isPresent();
            if (person.xp(board) == 0) {
                assertThat(standing).as("%s: no standing without XP", board).isEmpty();
                assertThat(view.around()).isEmpty();
                continue;
            }
            // Listed or not, the place is one behind every listed person ahead in the documented order.
            long ahead = expected.stream().filter(p -> p != person && order(board).compare(p, person) < 0).count();
            assertThat(standing).as("%s: standing of person %d", board, person.id)
                    .contains(new Standing(person.xp(board), ahead + 1));
            long rank = standing.orElseThrow().rank();
            // Two places either side; someone who opted out has no row, so their place is taken by the next.
            List<Entry> near = listed.stream().filter(e -> e.rank() >= rank - 2
                    && e.rank() <= (person.listed ? rank + 2 : rank + 1)).toList();
            assertThat(boards.around(board, person.id, standing.orElseThrow(), 2)).as("%s: around %d", board, person.id)
                    .isEqualTo(near);
            assertThat(view.around()).as("%s: view's places around %d", board, person.id)
                    .isEqualTo(rank > 3 ? near : List.of());
        }
    }

    private long newUser() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return identity.createUser(new NewUser("lb" + tag, "Person " + tag, tag + "@example.org", "long-enough-password",
                Set.of(Role.AGENT), "UTC"), "h");
    }

    private AwardResult award(Award award) {
        AwardFacade service = new AwardFacade(store, "UTC");
        return transaction.execute(s -> service.award(award));
    }

    /** The first Monday from {@code week} weeks after 1980's first on whose organisation board, and the week before's, nobody has XP. */
    private static LocalDate unusedWeek(LeaderboardStore boards, int week) {
        for (LocalDate monday = LocalDate.of(1980, 1, 14).plusWeeks(week); ; monday = monday.plusWeeks(2)) {
            assertThat(monday.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
            if (boards.top(new Board(Scope.ORGANISATION, null, Period.WEEK, monday), 1).isEmpty()
                    && boards.top(new Board(Scope.ORGANISATION, null, Period.WEEK, monday.minusWeeks(1)), 1).isEmpty()) {
                return monday;
            }
        }
    }
}
