package com.empathycoach.core.interaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.DoubleBinaryOperator;

/**
 * Krippendorff's alpha, the agreement of any number of raters on units they did not all rate (Krippendorff 2011,
 * "Computing Krippendorff's Alpha-Reliability"): 1 minus observed over expected disagreement. 1 is perfect agreement,
 * 0 is what chance gives. Only units with at least two ratings count.
 */
public final class Krippendorff {

    /** Differences squared: scores on a scale (1 to 5). */
    public static final DoubleBinaryOperator INTERVAL = (a, b) -> (a - b) * (a - b);
    /** Any difference counts fully. */
    public static final DoubleBinaryOperator NOMINAL = (a, b) -> a == b ? 0 : 1;

    private Krippendorff() {
    }

    /**
     * Alpha over these units, each the values its raters gave (null for a rater who gave none). Empty when fewer
     * than two units can be paired or every value is the same (no disagreement to expect, so alpha is undefined).
     */
    public static OptionalDouble alpha(List<List<Double>> units, DoubleBinaryOperator metric) {
        List<List<Double>> pairable = new ArrayList<>();
        for (List<Double> unit : units) {
            List<Double> values = unit.stream().filter(Objects::nonNull).toList();
            if (values.size() >= 2) {
                pairable.add(values);
            }
        }
        List<Double> all = pairable.stream().flatMap(List::stream).toList();
        int n = all.size();
        if (pairable.size() < 2) {
            return OptionalDouble.empty();
        }
        double observed = 0;
        for (List<Double> values : pairable) {
            observed += pairSum(values, metric) / (values.size() - 1);
        }
        observed /= n;
        double expected = pairSum(all, metric) / ((double) n * (n - 1));
        if (expected == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(1 - observed / expected);
    }

    /** The metric summed over every ordered pair of different positions. */
    private static double pairSum(List<Double> values, DoubleBinaryOperator metric) {
        double sum = 0;
        for (int i = 0; i < values.size(); i++) {
            for (int j = 0; j < values.size(); j++) {
                if (i != j) {
                    sum += metric.applyAsDouble(values.get(i), values.get(j));
                }
            }
        }
        return sum;
    }
}
