package com.empathycoach.core.gamification;

import com.empathycoach.core.gamification.GamificationStore.LedgerLine;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.lesson.LessonEvents.LessonCompleted;
import com.empathycoach.core.roleplay.RolePlayEvents.RolePlayCompleted;
import com.empathycoach.core.roleplay.Scenario.Outcome;
import com.empathycoach.core.identity.Actor;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * The XP rules (docs/XP-RULES.md, "What earns XP"): what each rule asks to pay, how repeats reduce it, and how
 * the lesson end screen explains what was paid. The daily cap itself is left to the store's tests: here the
 * ledger pays any amount up to what was asked, and only the explanation of that is checked.
 */
class XpRulesProperties {

    private static final Instant AT = Instant.parse("2026-11-23T10:00:00Z");
    private static final int EXAMPLES = 1_000;

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

    private static Gen<Integer> scores() {
        return integers().between(0, 100);
    }

    private static Gen<String> contentIds() {
        // Content ids as the module parser accepts them: lower-case words joined by hyphens.
        Gen<Character> letter = Generate.pick("abcdefghijklmnopqrstuvwxyz0123456789".chars().mapToObj(c -> (char) c)
                .toList());
        Gen<String> word = lists().of(letter).ofSizeBetween(1, 8).map(letters -> letters.stream()
                .map(String::valueOf).reduce("", String::concat));
        return lists().of(word).ofSizeBetween(1, 4).map(words -> String.join("-", words));
    }

    @Test
    void theDailyCapIsNeverExceededWhateverTheAwardsOfADay() {
        qt().forAll(integers().between(0, 500), lists().of(integers().between(0, 300)).ofSizeBetween(0, 40))
                .checkAssert((cap, requests) -> {
                    int paidToday = 0;
                    for (int requested : requests) {
                        int paid = XpRules.payable(requested, cap, paidToday);
                        assertThat(paid).isBetween(0, requested);
                        // Paid in full until the cap would be passed; then whatever is left, then nothing.
                        assertThat(paid).isEqualTo(Math.min(requested, cap - paidToday));
                        paidToday += paid;
                    }
                    assertThat(paidToday).isLessThanOrEqualTo(cap)
                            .isEqualTo(Math.min(cap, requests.stream().mapToInt(Integer::intValue).sum()));
                });
    }

    @Test
    void noRuleEverAsksForNegativeXpOrMoreThanItsBase() {
        qt().withExamples(EXAMPLES).forAll(integers().between(-2, 12), scores(), integers().between(1, 5))
                .checkAssert(XpRulesProperties::noRuleEverAsksForNegativeXpOrMoreThanItsBase);
    }

    private static void noRuleEverAsksForNegativeXpOrMoreThanItsBase(int attempt, int score, int customerRating) {
        List<Award> awards = new ArrayList<>(XpRules.forLesson(lesson("m", "l", attempt, score)));
        awards.add(XpRules.forRolePlay(new RolePlayCompleted(7, "s", 1, attempt, 1, Outcome.values()[Math.floorMod(attempt, Outcome.values().length)], Map.of(),
                score, AT)));
        awards.add(XpRules.forPeerFeedbackGiven(7, "r" + attempt, AT));
        awards.add(XpRules.forCustomerFeedback(7, "t" + attempt, customerRating, AT));
        for (Award award : awards) {
            assertThat(award.amount()).as("%s", award).isBetween(0, XpRules.RULES.get(award.rule()).base());
        }
    }

    @Test
    void theRepeatShareFallsWithEveryAttemptFromFullToNothing() {
        qt().withExamples(EXAMPLES).forAll(integers().between(1, 50))
                .checkAssert(XpRulesProperties::theRepeatShareFallsWithEveryAttemptFromFullToNothing);
    }

    private static void theRepeatShareFallsWithEveryAttemptFromFullToNothing(int attempt) {
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

    @Test
    void aRepeatNeverPaysMoreThanTheAttemptBeforeItNorThanTheFirst() {
        qt().withExamples(EXAMPLES).forAll(integers().between(1, 8), scores())
                .checkAssert(XpRulesProperties::aRepeatNeverPaysMoreThanTheAttemptBeforeItNorThanTheFirst);
    }

    private static void aRepeatNeverPaysMoreThanTheAttemptBeforeItNorThanTheFirst(int attempt, int score) {
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

    @Test
    void aRepeatPaysItsShareOfTheFirstAttemptGiveOrTakeRounding() {
        qt().withExamples(EXAMPLES).forAll(integers().between(1, 6), scores())
                .checkAssert(XpRulesProperties::aRepeatPaysItsShareOfTheFirstAttemptGiveOrTakeRounding);
    }

    private static void aRepeatPaysItsShareOfTheFirstAttemptGiveOrTakeRounding(int attempt, int score) {
        double share = XpRules.repeatPercent(attempt) / 100.0;
        List<Integer> first = lessonAmounts(1, score);
        List<Integer> now = lessonAmounts(attempt, score);
        for (int i = 0; i < now.size(); i++) {
            assertThat((double) now.get(i)).isCloseTo(first.get(i) * share, offset(1.0));
        }
        assertThat((double) rolePlayAmount(attempt, score))
                .isCloseTo(rolePlayAmount(1, score) * share, offset(1.0));
    }

    @Test
    void aBetterScoreNeverPaysLessAndFinishingPaysTheSameWhateverTheScore() {
        qt().withExamples(EXAMPLES).forAll(integers().between(1, 5), scores(), scores())
                .checkAssert(XpRulesProperties::aBetterScoreNeverPaysLessAndFinishingPaysTheSameWhateverTheScore);
    }

    private static void aBetterScoreNeverPaysLessAndFinishingPaysTheSameWhateverTheScore(int attempt, int score,
                                                                                        int better) {
        int low = Math.min(score, better);
        int high = Math.max(score, better);
        List<Integer> lowAmounts = lessonAmounts(attempt, low);
        List<Integer> highAmounts = lessonAmounts(attempt, high);
        assertThat(highAmounts.get(0)).as("finishing").isEqualTo(lowAmounts.get(0));
        assertThat(highAmounts.get(1)).as("quiz score").isGreaterThanOrEqualTo(lowAmounts.get(1));
        assertThat(rolePlayAmount(attempt, high)).isGreaterThanOrEqualTo(rolePlayAmount(attempt, low));
    }

    @Test
    void onlyGoodCustomerFeedbackPaysAndPeerFeedbackAlwaysPays() {
        qt().withExamples(EXAMPLES).forAll(integers().between(1, 5)).checkAssert(rating -> {
            assertThat(XpRules.forCustomerFeedback(7, "t", rating, AT).amount() > 0).isEqualTo(rating >= 4);
            assertThat(XpRules.forPeerFeedbackGiven(7, "r", AT).amount()).isPositive();
        });
    }

    /** One lesson attempt, and another that is often the same lesson (or the very same attempt). */
    record Attempts(String module, String lesson, int attempt, String otherModule, String otherLesson, int otherAttempt) {
    }

    private static Gen<Attempts> attemptPairs() {
        Gen<String> ids = contentIds();
        Gen<Integer> attempt = integers().between(1, 9);
        Gen<Integer> sameness = integers().between(0, 3);
        return in -> {
            String module = ids.generate(in);
            String lesson = ids.generate(in);
            int n = attempt.generate(in);
            String otherModule = ids.generate(in);
            String otherLesson = ids.generate(in);
            int otherN = attempt.generate(in);
            return switch (sameness.generate(in)) {
                case 0 -> new Attempts(module, lesson, n, module, lesson, n);
                case 1 -> new Attempts(module, lesson, n, module, lesson, otherN);
                case 2 -> new Attempts(module, lesson, n, module, otherLesson, n);
                default -> new Attempts(module, lesson, n, otherModule, otherLesson, otherN);
            };
        };
    }

    @Test
    void bothAwardsOfALessonAttemptShareOneSourceThatNoOtherAttemptHas() {
        qt().withExamples(EXAMPLES).forAll(attemptPairs(), scores())
                .checkAssert(XpRulesProperties::bothAwardsOfALessonAttemptShareOneSourceThatNoOtherAttemptHas);
    }

    private static void bothAwardsOfALessonAttemptShareOneSourceThatNoOtherAttemptHas(Attempts pair, int score) {
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

    @Test
    void theLessonEndScreenExplainsWhatTheLedgerPaid() {
        qt().withExamples(EXAMPLES).forAll(integers().between(1, 6), scores(), paidShares())
                .checkAssert(XpRulesProperties::theLessonEndScreenExplainsWhatTheLedgerPaid);
    }

    private static void theLessonEndScreenExplainsWhatTheLedgerPaid(int attempt, int score, List<Integer> paidShares) {
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

    private static Gen<List<Integer>> paidShares() {
        Gen<Integer> share = Generate.frequency(List.of(
                Pair.of(4, Generate.constant(100)),
                Pair.of(1, integers().between(0, 99))));
        return lists().of(share).ofSize(2);
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
