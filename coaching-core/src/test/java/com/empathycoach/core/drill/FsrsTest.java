package com.empathycoach.core.drill;

import com.empathycoach.core.drill.MemoryState.Phase;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static com.empathycoach.core.drill.Rating.AGAIN;
import static com.empathycoach.core.drill.Rating.EASY;
import static com.empathycoach.core.drill.Rating.GOOD;
import static com.empathycoach.core.drill.Rating.HARD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The scheduler against the published values of the reference FSRS-6 implementation: py-fsrs 6.3.1,
 * {@code tests/test_basic.py} (github.com/open-spaced-repetition/py-fsrs), default parameters, no fuzz.
 */
class FsrsTest {

    private final Fsrs fsrs = new Fsrs(0.9);
    private final Instant start = Instant.parse("2022-11-29T12:30:00Z");

    @Test
    void shouldGiveTheReferenceIntervalsForAMixedHistory() {
        // test_review_card: TEST_RATINGS_1, each review on the day the card falls due.
        List<Rating> ratings = List.of(GOOD, GOOD, GOOD, GOOD, GOOD, GOOD, AGAIN, AGAIN, GOOD, GOOD, GOOD, GOOD, GOOD);
        MemoryState state = MemoryState.fresh(start);
        Instant at = start;
        List<Long> intervals = new ArrayList<>();
        for (Rating rating : ratings) {
            state = fsrs.review(state, rating, at);
            intervals.add(Duration.between(state.lastReview(), state.due()).toDays());
            at = state.due();
        }
        assertThat(intervals).containsExactly(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L);
    }

    @Test
    void shouldReachTheReferenceStabilityAndDifficulty() {
        // test_memo_state: AGAIN then five GOODs, 0, 0, 1, 3, 8 and 21 days apart.
        List<Rating> ratings = List.of(AGAIN, GOOD, GOOD, GOOD, GOOD, GOOD);
        int[] gaps = {0, 0, 1, 3, 8, 21};
        MemoryState state = MemoryState.fresh(start);
        Instant at = start;
        for (int i = 0; i < ratings.size(); i++) {
            at = at.plus(Duration.ofDays(gaps[i]));
            state = fsrs.review(state, ratings.get(i), at);
        }
        assertThat(state.stability()).isCloseTo(53.62691, within(1e-4));
        assertThat(state.difficulty()).isCloseTo(6.3574867, within(1e-4));
    }

    @Test
    void shouldBottomOutDifficultyAfterRepeatedEasyAnswers() {
        // test_repeated_correct_reviews: ten EASY reviews a microsecond apart end at difficulty 1.0.
        MemoryState state = MemoryState.fresh(start);
        for (int i = 0; i < 10; i++) {
            state = fsrs.review(state, EASY, start.plusNanos(i * 1000L));
        }
        assertThat(state.difficulty()).isEqualTo(1.0);
    }

    @Test
    void shouldFollowTheLearningAndRelearningSteps() {
        // test_good_learning_steps, test_again_learning_steps, test_hard_learning_steps, test_review_state.
        assertThat(wait(fsrs.review(MemoryState.fresh(start), GOOD, start))).isEqualTo(Duration.ofMinutes(10));
        assertThat(wait(fsrs.review(MemoryState.fresh(start), AGAIN, start))).isEqualTo(Duration.ofMinutes(1));
        assertThat(wait(fsrs.review(MemoryState.fresh(start), HARD, start))).isEqualTo(Duration.ofSeconds(330));
        MemoryState easy = fsrs.review(MemoryState.fresh(start), EASY, start);
        assertThat(easy.phase()).isEqualTo(Phase.REVIEW);
        MemoryState lapsed = fsrs.review(easy, AGAIN, easy.due());
        assertThat(lapsed.phase()).isEqualTo(Phase.RELEARNING);
        assertThat(wait(lapsed)).isEqualTo(Duration.ofMinutes(10));
        assertThat(fsrs.review(lapsed, GOOD, lapsed.due()).phase()).isEqualTo(Phase.REVIEW);
    }

    @Test
    void shouldPredictNinetyPercentRecallOneStabilityLater() {
        MemoryState reviewed = new MemoryState(Phase.REVIEW, null, 10.0, 5.0, start, start);
        assertThat(fsrs.retrievability(reviewed, start.plus(Duration.ofDays(10)))).isCloseTo(0.9, within(1e-9));
        assertThat(fsrs.retrievability(MemoryState.fresh(start), start)).isZero();
        assertThat(fsrs.interval(10.0)).isEqualTo(10);
        assertThat(new Fsrs(0.8).interval(10.0)).as("a lower retention target waits longer").isGreaterThan(10);
        assertThatThrownBy(() -> new Fsrs(1.2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldRateFromCorrectnessAndResponseTime() {
        assertThat(Rating.of(false, Duration.ofSeconds(2))).isEqualTo(AGAIN);
        assertThat(Rating.of(true, Duration.ofSeconds(4))).isEqualTo(EASY);
        assertThat(Rating.of(true, Duration.ofSeconds(12))).isEqualTo(GOOD);
        assertThat(Rating.of(true, Duration.ofSeconds(45))).isEqualTo(HARD);
        assertThat(Rating.of(true, null)).isEqualTo(GOOD);
    }

    private static Duration wait(MemoryState state) {
        return Duration.between(state.lastReview(), state.due());
    }
}
