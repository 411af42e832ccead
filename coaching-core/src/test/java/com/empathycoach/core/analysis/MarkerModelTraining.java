package com.empathycoach.core.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains {@link MarkerModel} from the development set alone (never the held-out set) and writes
 * {@code coaching-core/src/main/resources/analyzer/model.tsv}. Deterministic: the same development set always gives
 * the same file, which {@code MarkerModelTest} checks. Run it after the development set changes:
 * <pre>docs/bench/java.sh coaching-core com.empathycoach.core.analysis.MarkerModelTraining</pre>
 *
 * <p>Method: every feature (see {@link MarkerModel#features}) seen in at least two development replies; for each
 * marker in {@link MarkerModel#READS}, a logistic regression by full-batch gradient descent (300 steps of 5.0, L2
 * penalty 1.0), with the replies that show the marker weighted up to balance the classes (at most five to one). Weights under
 * 0.02 in every marker are left out of the file (that changes no verdict on the labelled sets).
 */
public final class MarkerModelTraining {

    static final int MIN_REPLIES_PER_FEATURE = 2;
    static final int STEPS = 300;
    static final double STEP_SIZE = 5.0;
    static final double L2 = 1.0;
    static final double MAX_POSITIVE_WEIGHT = 5.0;
    static final double SMALLEST_WEIGHT = 0.02;

    private MarkerModelTraining() {
    }

    public static void main(String[] args) throws IOException {
        String model = train(AnalyzerAccuracyTest.read("/analyzer/labelled-dev.tsv"));
        Path out = Path.of(args.length > 0 ? args[0] : "src/main/resources/analyzer/model.tsv");
        Files.writeString(out, model, StandardCharsets.UTF_8);
        System.out.println("wrote " + out.toAbsolutePath() + " (" + model.lines().count() + " lines)");
    }

    /** The model file for these labelled replies. */
    static String train(List<AnalyzerAccuracyTest.Row> rows) {
        Map<String, Integer> vocabulary = vocabulary(rows);
        int[][] x = new int[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            x[r] = MarkerModel.features(rows.get(r).text(), rows.get(r).language()).stream()
                    .map(vocabulary::get).filter(i -> i != null).mapToInt(Integer::intValue).toArray();
        }
        List<Marker> markers = MarkerModel.READS;
        double[][] weights = new double[markers.size()][];
        for (int m = 0; m < markers.size(); m++) {
            Marker marker = markers.get(m);
            double[] y = rows.stream().mapToDouble(r -> r.expected().contains(marker) ? 1 : 0).toArray();
            weights[m] = fit(x, y, vocabulary.size());
        }
        return write(markers, vocabulary, weights);
    }

    /** Features in at least two replies, numbered in sorted order; the last number is the bias. */
    private static Map<String, Integer> vocabulary(List<AnalyzerAccuracyTest.Row> rows) {
        Map<String, Integer> counts = new TreeMap<>();
        for (AnalyzerAccuracyTest.Row row : rows) {
            for (String f : MarkerModel.features(row.text(), row.language())) {
                counts.merge(f, 1, Integer::sum);
            }
        }
        Map<String, Integer> vocabulary = new TreeMap<>();
        counts.forEach((f, n) -> {
            if (n >= MIN_REPLIES_PER_FEATURE) {
                vocabulary.put(f, vocabulary.size());
            }
        });
        return vocabulary;
    }

    /** Weights for features 0..size-1 and the bias at index size. */
    private static double[] fit(int[][] x, double[] y, int size) {
        int n = y.length;
        double positives = Arrays.stream(y).sum();
        double positiveWeight = Math.min((n - positives) / Math.max(positives, 1), MAX_POSITIVE_WEIGHT);
        double[] w = new double[size + 1];
        double[] gradient = new double[size + 1];
        for (int step = 0; step < STEPS; step++) {
            Arrays.fill(gradient, 0);
            for (int r = 0; r < n; r++) {
                double z = w[size];
                for (int j : x[r]) {
                    z += w[j];
                }
                double p = 1 / (1 + Math.exp(-z));
                double residual = (p - y[r]) * (y[r] == 1 ? positiveWeight : 1);
                for (int j : x[r]) {
                    gradient[j] += residual;
                }
                gradient[size] += residual;
            }
            for (int j = 0; j <= size; j++) {
                w[j] -= STEP_SIZE * (gradient[j] / n + L2 * w[j] / n);
            }
        }
        return w;
    }

    private static String write(List<Marker> markers, Map<String, Integer> vocabulary, double[][] weights) {
        StringBuilder out = new StringBuilder();
        out.append("# Learnt from labelled-dev.tsv by MarkerModelTraining; do not edit by hand.\n");
        out.append("feature");
        markers.forEach(m -> out.append('\t').append(m.name()));
        out.append('\n');
        line(out, MarkerModel.BIAS, weights, vocabulary.size());
        vocabulary.forEach((feature, j) -> {
            boolean kept = Arrays.stream(weights).anyMatch(w -> Math.abs(w[j]) >= SMALLEST_WEIGHT);
            if (kept) {
                line(out, feature, weights, j);
            }
        });
        return out.toString();
    }

    private static void line(StringBuilder out, String name, double[][] weights, int j) {
        out.append(name);
        for (double[] w : weights) {
            out.append('\t').append(String.format(Locale.ROOT, "%.4f", w[j]));
        }
        out.append('\n');
    }
}
