package com.empathycoach.core.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How well the analyzer reads replies its model has not been trained on, measured on the development set alone (not a
 * test): five-fold cross-validation, where each fifth of the development set is read by the rules and a model trained
 * by {@link MarkerModelTraining} on the other four fifths, and once more with no model at all. The rules were widened
 * on misses of the whole development set, so the figures still flatter the rules; what they show honestly is what the
 * model adds, and how far a marker stays from its goal even on replies of the families the rules were written for.
 * Run it with
 * <pre>docs/bench/java.sh coaching-core com.empathycoach.core.analysis.MarkerModelCrossValidation</pre>
 * It never reads the held-out set.
 */
public final class MarkerModelCrossValidation {

    static final int FOLDS = 5;

    private MarkerModelCrossValidation() {
    }

    public static void main(String[] args) throws IOException {
        List<AnalyzerAccuracyTest.Row> dev = AnalyzerAccuracyTest.read("/analyzer/labelled-dev.tsv");
        double[] never = new double[MarkerModel.READS.size()];
        Arrays.fill(never, -100);
        MarkerModel none = new MarkerModel(MarkerModel.READS, Map.of(), never);
        AnalyzerAccuracyTest.Result withModel = null;
        AnalyzerAccuracyTest.Result rulesOnly = null;
        for (int fold = 0; fold < FOLDS; fold++) {
            List<AnalyzerAccuracyTest.Row> training = new ArrayList<>();
            List<AnalyzerAccuracyTest.Row> reading = new ArrayList<>();
            for (AnalyzerAccuracyTest.Row row : dev) {
                (fold(row) == fold ? reading : training).add(row);
            }
            MarkerModel model = MarkerModel.parse(MarkerModelTraining.train(training).lines().toList());
            withModel = plus(withModel, AnalyzerAccuracyTest.evaluate(reading, new EmpathyAnalyzer(model)));
            rulesOnly = plus(rulesOnly, AnalyzerAccuracyTest.evaluate(reading, new EmpathyAnalyzer(none)));
        }
        AnalyzerAccuracyTest.print("cross-validated", withModel);
        AnalyzerAccuracyTest.print("rules only", rulesOnly);
    }

    /** A reply's fold, from its text, so that the folds are the same on every run and cut across batches. */
    static int fold(AnalyzerAccuracyTest.Row row) {
        return Math.floorMod(row.text().strip().hashCode(), FOLDS);
    }

    private static AnalyzerAccuracyTest.Result plus(AnalyzerAccuracyTest.Result a, AnalyzerAccuracyTest.Result b) {
        if (a == null) {
            return b;
        }
        Map<Marker, AnalyzerAccuracyTest.Tally> tallies = new EnumMap<>(Marker.class);
        for (Marker marker : Marker.values()) {
            AnalyzerAccuracyTest.Tally sum = new AnalyzerAccuracyTest.Tally();
            AnalyzerAccuracyTest.Tally x = a.tallies().get(marker);
            AnalyzerAccuracyTest.Tally y = b.tallies().get(marker);
            sum.truePositives = x.truePositives + y.truePositives;
            sum.falsePositives = x.falsePositives + y.falsePositives;
            sum.falseNegatives = x.falseNegatives + y.falseNegatives;
            tallies.put(marker, sum);
        }
        int[][] verdicts = new int[2][2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                verdicts[i][j] = a.verdicts()[i][j] + b.verdicts()[i][j];
            }
        }
        return new AnalyzerAccuracyTest.Result(tallies, verdicts, a.rows() + b.rows());
    }
}
