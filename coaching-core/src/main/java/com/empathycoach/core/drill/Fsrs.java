package com.empathycoach.core.drill;

import com.empathycoach.core.drill.MemoryState.Phase;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The FSRS-6 scheduler: given a memory state and a rating, the next state. A faithful port of the reference
 * implementation (py-fsrs 6.3.1, {@code fsrs/scheduler.py}) with its default parameters, learning steps of 1 and
 * 10 minutes, a relearning step of 10 minutes and no interval fuzz, so a schedule is the same on every node.
 */
public final class Fsrs {

    /** FSRS-6's default parameters w0..w20, trained on the srs-benchmark collection. */
    public static final double[] DEFAULT_PARAMETERS = {0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,
            1.8722, 0.1666, 0.796, 1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
    private static final double STABILITY_MIN = 0.001;
    private static final int MAXIMUM_INTERVAL = 36500;
    private static final List<Duration> LEARNING_STEPS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(10));
    private static final List<Duration> RELEARNING_STEPS = List.of(Duration.ofMinutes(10));

    private final double[] w;
    private final double desiredRetention;
    private final double decay;
    private final double factor;

    public Fsrs(double desiredRetention) {
        if (!(desiredRetention > 0.5 && desiredRetention < 1)) {
            throw new IllegalArgumentException("desired retention must be between 0.5 and 1, was " + desiredRetention);
        }
        this.w = DEFAULT_PARAMETERS.clone();
        this.desiredRetention = desiredRetention;
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    public double desiredRetention() {
        return desiredRetention;
    }

    /** The predicted chance of recalling the item at that time; 0 for an item never reviewed. */
    public double retrievability(MemoryState state, Instant at) {
        if (state.lastReview() == null || state.stability() == null) {
            return 0;
        }
        long elapsedDays = Math.max(0, wholeDays(state.lastReview(), at));
        return Math.pow(1 + factor * elapsedDays / state.stability(), decay);
    }

    /** The state after a review at that time with that rating. */
    public MemoryState review(MemoryState state, Rating rating, Instant at) {
        Long sinceLast = state.lastReview() == null ? null : wholeDays(state.lastReview(), at);
        double[] memory = nextMemory(state, rating, at, sinceLast);
        Step next = switch (state.phase()) {
            case LEARNING -> steps(LEARNING_STEPS, state.step(), rating, memory[0], Phase.LEARNING);
            case RELEARNING -> steps(RELEARNING_STEPS, state.step(), rating, memory[0], Phase.RELEARNING);
            case REVIEW -> rating == Rating.AGAIN && !RELEARNING_STEPS.isEmpty()
                    ? new Step(Phase.RELEARNING, 0, RELEARNING_STEPS.getFirst())
                    : new Step(Phase.REVIEW, null, Duration.ofDays(interval(memory[0])));
        };
        return new MemoryState(next.phase(), next.step(), memory[0], memory[1], at.plus(next.delay()), at);
    }

    private double[] nextMemory(MemoryState state, Rating rating, Instant at, Long sinceLast) {
        if (state.stability() == null || state.difficulty() == null) {
            return new double[] {initialStability(rating), clampDifficulty(initialDifficulty(rating))};
        }
        double stability = sinceLast != null && sinceLast < 1 ? shortTermStability(state.stability(), rating)
                : nextStability(state.difficulty(), state.stability(), retrievability(state, at), rating);
        return new double[] {stability, nextDifficulty(state.difficulty(), rating)};
    }

    private record Step(Phase phase, Integer step, Duration delay) {
    }

    private Step steps(List<Duration> steps, Integer current, Rating rating, double stability, Phase phase) {
        int step = current == null ? 0 : current;
        boolean graduates = steps.isEmpty() || (step >= steps.size() && rating != Rating.AGAIN)
                || rating == Rating.EASY || (rating == Rating.GOOD && step + 1 == steps.size());
        if (graduates) {
            return new Step(Phase.REVIEW, null, Duration.ofDays(interval(stability)));
        }
        return switch (rating) {
            case AGAIN -> new Step(phase, 0, steps.getFirst());
            case HARD -> new Step(phase, step, step == 0 ? hardFirstStep(steps) : steps.get(step));
            default -> new Step(phase, step + 1, steps.get(step + 1));
        };
    }

    private static Duration hardFirstStep(List<Duration> steps) {
        return steps.size() == 1 ? Duration.ofMillis(Math.round(steps.getFirst().toMillis() * 1.5))
                : steps.get(0).plus(steps.get(1)).dividedBy(2);
    }

    /** Whole days until recall is predicted to fall to the desired retention, from 1 to 100 years. */
    int interval(double stability) {
        double days = stability / factor * (Math.pow(desiredRetention, 1 / decay) - 1);
        return (int) Math.min(Math.max(Math.rint(days), 1), MAXIMUM_INTERVAL);
    }

    private double initialStability(Rating rating) {
        return Math.max(w[rating.grade() - 1], STABILITY_MIN);
    }

    private double initialDifficulty(Rating rating) {
        return w[4] - Math.exp(w[5] * (rating.grade() - 1)) + 1;
    }

    private static double clampDifficulty(double difficulty) {
        return Math.min(Math.max(difficulty, 1.0), 10.0);
    }

    private double shortTermStability(double stability, Rating rating) {
        double increase = Math.exp(w[17] * (rating.grade() - 3 + w[18])) * Math.pow(stability, -w[19]);
        if (rating == Rating.GOOD || rating == Rating.EASY) {
            increase = Math.max(increase, 1.0);
        }
        return Math.max(stability * increase, STABILITY_MIN);
    }

    private double nextDifficulty(double difficulty, Rating rating) {
        double delta = -(w[6] * (rating.grade() - 3));
        double damped = difficulty + (10.0 - difficulty) * delta / 9.0;
        return clampDifficulty(w[7] * initialDifficulty(Rating.EASY) + (1 - w[7]) * damped);
    }

    private double nextStability(double difficulty, double stability, double retrievability, Rating rating) {
        double next;
        if (rating == Rating.AGAIN) {
            double longTerm = w[11] * Math.pow(difficulty, -w[12]) * (Math.pow(stability + 1, w[13]) - 1)
                    * Math.exp((1 - retrievability) * w[14]);
            next = Math.min(longTerm, stability / Math.exp(w[17] * w[18]));
        } else {
            double hardPenalty = rating == Rating.HARD ? w[15] : 1;
            double easyBonus = rating == Rating.EASY ? w[16] : 1;
            next = stability * (1 + Math.exp(w[8]) * (11 - difficulty) * Math.pow(stability, -w[9])
                    * (Math.exp((1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus);
        }
        return Math.max(next, STABILITY_MIN);
    }

    /** Whole days between two instants, rounded down like Python's {@code timedelta.days}. */
    private static long wholeDays(Instant from, Instant to) {
        return Math.floorDiv(Duration.between(from, to).getSeconds(), 86_400);
    }
}
