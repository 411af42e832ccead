package com.empathycoach.core.gamification;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The level curve (docs/XP-RULES.md, "Levels"): level n is reached at 50 n (n - 1) XP in total. XP stays
 * below a billion here, far beyond what the daily caps let anyone earn in a working life.
 */
class LevelsProperties {

    private static final long MAX_XP = 1_000_000_000L;

    /** Any XP, but often right at a level threshold or a few XP either side of one, where levels change. */
    @Provide
    Arbitrary<Long> xps() {
        Arbitrary<Long> nearThreshold = Combinators.combine(Arbitraries.integers().between(1, 4_000),
                Arbitraries.longs().between(-3, 3)).as((level, delta) -> Math.max(0, Levels.threshold(level) + delta));
        return Arbitraries.oneOf(Arbitraries.longs().between(0, MAX_XP), nearThreshold);
    }

    @Property
    void everyoneIsAtLeastLevelOneAndMoreXpNeverLowersTheLevel(@ForAll("xps") long xp,
                                                               @ForAll @LongRange(max = 50_000) long more) {
        assertThat(Levels.level(xp)).isGreaterThanOrEqualTo(1);
        assertThat(Levels.level(xp + more)).isGreaterThanOrEqualTo(Levels.level(xp));
    }

    @Property
    void oneMoreXpRaisesTheLevelByAtMostOne(@ForAll("xps") long xp) {
        assertThat(Levels.level(xp + 1) - Levels.level(xp)).isBetween(0, 1);
    }

    @Property
    void everyThresholdMapsToExactlyItsLevelAndOneXpShortToTheLevelBelow(@ForAll @IntRange(min = 1, max = 4_000) int level) {
        assertThat(Levels.level(Levels.threshold(level))).isEqualTo(level);
        if (level > 1) {
            assertThat(Levels.level(Levels.threshold(level) - 1)).isEqualTo(level - 1);
        }
    }

    @Property
    void eachLevelNeedsOneHundredXpMoreThanTheOneBefore(@ForAll @IntRange(min = 1, max = 4_000) int level) {
        assertThat(Levels.threshold(1)).isZero();
        assertThat(Levels.threshold(level + 1) - Levels.threshold(level)).isEqualTo(100L * level);
    }

    @Property
    void progressPlacesTheXpInsideItsLevelWithXpStillToGo(@ForAll("xps") long xp) {
        Levels.Progress progress = Levels.progress(xp);
        assertThat(progress.xp()).isEqualTo(xp);
        assertThat(progress.level()).isEqualTo(Levels.level(xp));
        assertThat(progress.levelStart()).isEqualTo(Levels.threshold(progress.level())).isLessThanOrEqualTo(xp);
        assertThat(progress.nextLevelAt()).isEqualTo(Levels.threshold(progress.level() + 1));
        assertThat(progress.nextLevelAt() - xp).as("XP to the next level").isPositive();
        assertThat(progress.fraction()).isGreaterThanOrEqualTo(0.0).isLessThan(1.0);
    }

    @Property
    void theFractionOfALevelGrowsWithXpInsideTheLevel(@ForAll("xps") long xp) {
        if (Levels.level(xp + 1) == Levels.level(xp)) {
            assertThat(Levels.progress(xp + 1).fraction()).isGreaterThan(Levels.progress(xp).fraction());
        } else {
            assertThat(Levels.progress(xp + 1).fraction()).isZero();
        }
    }
}
