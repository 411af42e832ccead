package com.empathycoach.core.gamification;

import com.empathycoach.core.gamification.GamificationStore.LedgerLine;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.lesson.LessonEvents.LessonCompleted;
import com.empathycoach.core.roleplay.RolePlayEvents.RolePlayCompleted;
import com.empathycoach.core.roleplay.Scenario.Outcome;
import com.empathycoach.core.shared.Actor;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The XP rules (docs/XP-RULES.md, "What earns XP"): what each rule asks to pay, how repeats reduce it, and how
 * the lesson end screen explains what was paid. The daily cap itself is left to the store's tests: here the
 * ledger pays any amount up to what was asked, and only the explanation of that is checked.
 */
class XpRulesProperties {

    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");

    private static LessonCompleted lesson(String module, String lesson, int attempt, int score) {
        return new LessonCompleted(7, module, lesson, attempt, 1, score, score >= 70, AT);
    }

    private static List<Integer> lessonAmounts(int attempt, int score) {
        return XpRules.forLesson(lesson("m", "l", attempt, score)).stream().map(Award::amount).toList();
    }

    private static int rolePlayAmount(int attempt, int overall) {
        return XpRules.forRolePlay(new RolePlayCompleted(7, "s", 1, attempt, 1, Outcome.RESOLVED_HAPPY, Map.of(), overall,
                AT)).amount();
    }

    @Provide
    Arbitrary<String> contentIds() {
        // Content ids as the module parser accepts them: lower-case words joined by hyphens.
        Arbitrary<String> word = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(1)
                .ofMaxLength(8);
        return word.list().ofMinSize(1).ofMaxSize(4).map(words -> String.join("-", words));
    }

    @Property
    void noRuleEverAsksForNegativeXpOrMoreThanItsBase(@ForAll @IntRange(min = -2, max = 12) int attempt,
                                                      @ForAll @IntRange(max = 100) int score,
                                                      @ForAll @IntRange(min = 1, max = 5) int customerRating) {
        List<Award> awards = new ArrayList<>(XpRules.forLesson(lesson("m", "l", attempt, score)));
        awards.add(XpRules.forRolePlay(new RolePlayCompleted(7, "s", 1, attempt, 1, Outcome.values()[Math.floorMod(attempt, Outcome.values().length)], Map.of(),
                score, AT)));
        awards.add(XpRules.forPeerFeedbackGiven(7, "r" + attempt, AT));
        awards.add(XpRules.forCustomerFeedback(7, "t" + attempt, customerRating, AT));
        for (Award award : awards) {
            assertThat(award.amount()).as("%s", award).isBetween(0, XpRules.RULES.get(award.rule()).base());
        }
    }

    @Property
    void theRepeatShareFallsWithEveryAttemptFromFullToNothing(@ForAll @IntRange(min = 1, max = 50) int attempt) {
        assertThat(XpRules.repeatPercent(1)).isEqualTo(100);
        assertThat(XpRules.repeatPercent(attempt)).isBetween(0, 100);
        assertThat(XpRules.repeatPercent(attempt + 1)).isLessThanOrEqualTo(XpRules.repeatPercent(attempt));
        if (attempt > 1) {
            assertThat(XpRules.repeatPercent(attempt)).isLessThan(100);
        }
        if (attempt > 3) {
            assertThat(XpRules.repeatPercent(attempt)).isZero();
        }
    }

    @Property
    void aRepeatNeverPaysMoreThanTheAttemptBeforeItNorThanTheFirst(@ForAll @IntRange(min = 1, max = 8) int attempt,
                                                                   @ForAll @IntRange(max = 100) int score) {
        List<Integer> first = lessonAmounts(1, score);
        List<Integer> now = lessonAmounts(attempt, score);
        List<Integer> next = lessonAmounts(attempt + 1, score);
        for (int i = 0; i < now.size(); i++) {
            assertThat(next.get(i)).isLessThanOrEqualTo(now.get(i)).isLessThanOrEqualTo(first.get(i));
        }
        assertThat(rolePlayAmount(attempt + 1, score)).isLessThanOrEqualTo(rolePlayAmount(attempt, score))
                .isLessThanOrEqualTo(rolePlayAmount(1, score));
        if (attempt > 3) {
            assertThat(now).containsOnly(0);
            assertThat(rolePlayAmount(attempt, score)).isZero();
        }
    }

    @Property
    void aRepeatPaysItsShareOfTheFirstAttemptGiveOrTakeRounding(@ForAll @IntRange(min = 1, max = 6) int attempt,
                                                                @ForAll @IntRange(max = 100) int score) {
        double share = XpRules.repeatPercent(attempt) / 100.0;
        List<Integer> first = lessonAmounts(1, score);
        List<Integer> now = lessonAmounts(attempt, score);
        for (int i = 0; i < now.size(); i++) {
            assertThat((double) now.get(i)).isCloseTo(first.get(i) * share, offset(1.0));
        }
        assertThat((double) rolePlayAmount(attempt, score))
                .isCloseTo(rolePlayAmount(1, score) * share, offset(1.0));
    }

    @Property
    void aBetterScoreNeverPaysLessAndFinishingPaysTheSameWhateverTheScore(
            @ForAll @IntRange(min = 1, max = 5) int attempt, @ForAll @IntRange(max = 100) int score,
            @ForAll @IntRange(max = 100) int better) {
        int low = Math.min(score, better);
        int high = Math.max(score, better);
        List<Integer> lowAmounts = lessonAmounts(attempt, low);
        List<Integer> highAmounts = lessonAmounts(attempt, high);
        assertThat(highAmounts.get(0)).as("finishing").isEqualTo(lowAmounts.get(0));
        assertThat(highAmounts.get(1)).as("quiz score").isGreaterThanOrEqualTo(lowAmounts.get(1));
        assertThat(rolePlayAmount(attempt, high)).isGreaterThanOrEqualTo(rolePlayAmount(attempt, low));
    }

    @Property
    void onlyGoodCustomerFeedbackPaysAndPeerFeedbackAlwaysPays(@ForAll @IntRange(min = 1, max = 5) int rating) {
        assertThat(XpRules.forCustomerFeedback(7, "t", rating, AT).amount() > 0).isEqualTo(rating >= 4);
        assertThat(XpRules.forPeerFeedbackGiven(7, "r", AT).amount()).isPositive();
    }

    /** One lesson attempt, and another that is often the same lesson (or the very same attempt). */
    record Attempts(String module, String lesson, int attempt, String otherModule, String otherLesson, int otherAttempt) {
    }

    @Provide
    Arbitrary<Attempts> attemptPairs() {
        Arbitrary<Integer> attempt = Arbitraries.integers().between(1, 9);
        return Combinators.combine(contentIds(), contentIds(), attempt, contentIds(), contentIds(), attempt,
                Arbitraries.integers().between(0, 3)).as((module, lesson, n, otherModule, otherLesson, otherN, same) ->
                switch (same) {
                    case 0 -> new Attempts(module, lesson, n, module, lesson, n);
                    case 1 -> new Attempts(module, lesson, n, module, lesson, otherN);
                    case 2 -> new Attempts(module, lesson, n, module, otherLesson, n);
                    default -> new Attempts(module, lesson, n, otherModule, otherLesson, otherN);
                });
    }

    @Property
    void bothAwardsOfALessonAttemptShareOneSourceThatNoOtherAttemptHas(@ForAll("attemptPairs") Attempts pair,
                                                                       @ForAll @IntRange(max = 100) int score) {
        List<Award> awards = XpRules.forLesson(lesson(pair.module(), pair.lesson(), pair.attempt(), score));
        assertThat(awards).extracting(Award::rule).containsExactly(XpRule.LESSON_COMPLETED, XpRule.QUIZ_SCORE);
        assertThat(awards).extracting(Award::source)
                .containsOnly(XpRules.lessonSource(pair.module(), pair.lesson(), pair.attempt()));
        // The same attempt asked for again is the same award (paid once); any other attempt is a different one.
        assertThat(XpRules.forLesson(lesson(pair.module(), pair.lesson(), pair.attempt(), score))).isEqualTo(awards);
        boolean sameAttempt = pair.module().equals(pair.otherModule()) && pair.lesson().equals(pair.otherLesson())
                && pair.attempt() == pair.otherAttempt();
        String otherSource = XpRules.lessonSource(pair.otherModule(), pair.otherLesson(), pair.otherAttempt());
        assertThat(otherSource.equals(awards.getFirst().source())).as(otherSource).isEqualTo(sameAttempt);
    }

    @Property
    void theLessonEndScreenExplainsWhatTheLedgerPaid(@ForAll @IntRange(min = 1, max = 6) int attempt,
                                                    @ForAll @IntRange(max = 100) int score,
                                                    @ForAll("paidShares") List<Integer> paidShares) {
        List<Award> awards = XpRules.forLesson(lesson("m", "l", attempt, score));
        List<LedgerLine> ledger = new ArrayList<>();
        for (int i = 0; i < awards.size(); i++) {
            Award award = awards.get(i);
            // Whatever the cap left: a share of what was asked, all of it most of the time.
            int paid = award.amount() * paidShares.get(i) / 100;
            ledger.add(new LedgerLine(award.rule(), award.amount(), paid, award.at()));
        }
        LessonXp xp = facadeOver(ledger, 1_000).lessonXp(new Actor(7, "agent", Set.of(Role.AGENT)), "m", "l", attempt);

        assertThat(xp.attemptNo()).isEqualTo(attempt);
        assertThat(xp.repeatPercent()).isEqualTo(XpRules.repeatPercent(attempt));
        assertThat(xp.lines()).extracting(LessonXp.Line::requested).containsExactlyElementsOf(
                awards.stream().map(Award::amount).toList());
        assertThat(xp.earned()).isEqualTo(ledger.stream().mapToInt(LedgerLine::paid).sum())
                .isBetween(0, xp.lines().stream().mapToInt(LessonXp.Line::requested).sum());
        boolean capped = ledger.stream().anyMatch(l -> l.paid() < l.requested());
        int firstAttempt = lessonAmounts(1, score).stream().mapToInt(Integer::intValue).sum();
        switch (xp.reason()) {
            case DAILY_CAP -> assertThat(capped).as("a cap is named only when it stopped some XP").isTrue();
            case FIRST_ATTEMPT -> {
                assertThat(capped).isFalse();
                assertThat(attempt).isEqualTo(1);
                assertThat(xp.earned()).isEqualTo(firstAttempt);
            }
            case REPEAT_REDUCED -> {
                assertThat(capped).isFalse();
                assertThat(attempt).isBetween(2, 3);
                assertThat(xp.earned()).isPositive().isLessThan(firstAttempt);
            }
            case NO_MORE_REPEATS -> {
                assertThat(capped).isFalse();
                assertThat(attempt).isGreaterThan(3);
                assertThat(xp.earned()).isZero();
            }
        }
        assertThat(xp.reason() == LessonXp.Reason.DAILY_CAP).isEqualTo(capped);
        assertThat(xp.capped()).isEqualTo(capped);
        assertThat(xp.level()).isEqualTo(Levels.progress(1_000));
    }

    @Provide
    Arbitrary<List<Integer>> paidShares() {
        Arbitrary<Integer> share = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.just(100)),
                Tuple.of(1, Arbitraries.integers().between(0, 99)));
        return share.list().ofSize(2);
    }

    /** A facade over a ledger holding just these lines, for a learner with {@code totalXp} and no badges. */
    private static GamificationFacade facadeOver(List<LedgerLine> ledger, long totalXp) {
        GamificationStore store = (GamificationStore) Proxy.newProxyInstance(GamificationStore.class.getClassLoader(),
                new Class<?>[] {GamificationStore.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "ledger" -> ledger;
                    case "earned" -> List.of();
                    case "totalXp" -> totalXp;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return new GamificationFacade(store, null, null, Clock.systemUTC());
    }
}
