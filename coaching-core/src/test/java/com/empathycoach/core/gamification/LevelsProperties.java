package com.empathycoach.core.gamification;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/**
 * The level curve (docs/XP-RULES.md, "Levels"): level n is reached at 50 n (n - 1) XP in total. XP stays
 * below a billion here, far beyond what the daily caps let anyone earn in a working life.
 */
class LevelsProperties {

    private static final long MAX_XP = 1_000_000_000L;
    private static final int EXAMPLES = 1_000;

    /** Any XP, but often right at a level threshold or a few XP either side of one, where levels change. */
    private static Gen<Long> xps() {
        Gen<Long> nearThreshold = integers().between(1, 4_000).zip(longs().between(-3, 3),
                (level, delta) -> Math.max(0, Levels.threshold(level) + delta));
        return Generate.oneOf(longs().between(0, MAX_XP), nearThreshold);
    }

    private static Gen<Integer> levels() {
        return integers().between(1, 4_000);
    }

    @Test
    void everyoneIsAtLeastLevelOneAndMoreXpNeverLowersTheLevel() {
        qt().withExamples(EXAMPLES).forAll(xps(), longs().between(0, 50_000)).checkAssert((xp, more) -> {
            assertThat(Levels.level(xp)).isGreaterThanOrEqualTo(1);
            assertThat(Levels.level(xp + more)).isGreaterThanOrEqualTo(Levels.level(xp));
        });
    }

    @Test
    void oneMoreXpRaisesTheLevelByAtMostOne() {
        qt().withExamples(EXAMPLES).forAll(xps()).checkAssert(xp ->
                assertThat(Levels.level(xp + 1) - Levels.level(xp)).isBetween(0, 1));
    }

    @Test
    void everyThresholdMapsToExactlyItsLevelAndOneXpShortToTheLevelBelow() {
        qt().withExamples(EXAMPLES).forAll(levels()).checkAssert(level -> {
            assertThat(Levels.level(Levels.threshold(level))).isEqualTo(level);
            if (level > 1) {
                assertThat(Levels.level(Levels.threshold(level) - 1)).isEqualTo(level - 1);
            }
        });
    }

    @Test
    void eachLevelNeedsOneHundredXpMoreThanTheOneBefore() {
        qt().withExamples(EXAMPLES).forAll(levels()).checkAssert(level -> {
            assertThat(Levels.threshold(1)).isZero();
            assertThat(Levels.threshold(level + 1) - Levels.threshold(level)).isEqualTo(100L * level);
        });
    }

    @Test
    void progressPlacesTheXpInsideItsLevelWithXpStillToGo() {
        qt().withExamples(EXAMPLES).forAll(xps()).checkAssert(xp -> {
            Levels.Progress progress = Levels.progress(xp);
            assertThat(progress.xp()).isEqualTo(xp);
            assertThat(progress.level()).isEqualTo(Levels.level(xp));
            assertThat(progress.levelStart()).isEqualTo(Levels.threshold(progress.level())).isLessThanOrEqualTo(xp);
            assertThat(progress.nextLevelAt()).isEqualTo(Levels.threshold(progress.level() + 1));
            assertThat(progress.nextLevelAt() - xp).as("XP to the next level").isPositive();
            assertThat(progress.fraction()).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
        });
    }

    @Test
    void theFractionOfALevelGrowsWithXpInsideTheLevel() {
        qt().withExamples(EXAMPLES).forAll(xps()).checkAssert(xp -> {
            if (Levels.level(xp + 1) == Levels.level(xp)) {
                assertThat(Levels.progress(xp + 1).fraction()).isGreaterThan(Levels.progress(xp).fraction());
            } else {
                assertThat(Levels.progress(xp + 1).fraction()).isZero();
            }
        });
    }
}
