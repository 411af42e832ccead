package com.empathycoach.core.analysis;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the analyzer against hand-labelled replies (columns: lang, strong/weak, expected markers or "-", text).
 * <ul>
 *   <li>{@code /analyzer/labelled-dev.tsv}: the development set, which the rules are tuned on and the learnt model
 *       ({@link MarkerModel}) is trained on;</li>
 *   <li>{@code /analyzer/labelled-heldout.tsv}: the held-out test set, written from the marker definitions alone by
 *       someone who did not see the rules, and never used for tuning. Its figures are the honest ones.</li>
 * </ul>
 * Prints, per set and language, each marker's precision, recall, F1 and counts, the macro F1, and the strong/weak
 * confusion matrix (a coach's verdict against {@link Analysis#strong()}). See docs/ANALYZER.md.
 */
class AnalyzerAccuracyTest {

    /*
     * Floors under the figures measured on the held-out sets v9 (macro F1 0.903, weakest marker 0.79, agreement 0.973),
     * v10 (0.907, 0.76, 0.960) and v11, the set in the file now (0.895, 0.75, 0.963), so that a change that makes the
     * analyzer worse fails the build. They are not the goals: docs/ANALYZER.md sets the goals (0.93, 0.85, 0.95) and
     * says which are still not met.
     */
    static final double MIN_HELD_OUT_MACRO_F1 = 0.89;
    static final double MIN_HELD_OUT_MARKER_F1 = 0.74;
    static final double MIN_HELD_OUT_AGREEMENT = 0.95;
    /** A hollow, sarcastic or hostile reply must rarely pass as strong: at most this share of weak replies may. */
    static final double MAX_HELD_OUT_WEAK_CALLED_STRONG = 0.02;
    static final double MIN_DEV_MACRO_F1 = 0.95;

    private static final Pattern BATCH = Pattern.compile("^#\\s*Batch\\s+(\\d+)");
    private static final Set<Marker> ADVERSARIAL = EnumSet.of(Marker.HOLLOW_APOLOGY, Marker.SARCASM,
            Marker.REFUSAL_WITHOUT_ALTERNATIVE, Marker.CLOSING_WITHOUT_HELP);
    private static final EmpathyAnalyzer ANALYZER = new EmpathyAnalyzer();
    private static final List<Row> DEV = new ArrayList<>();
    private static final List<Row> HELD_OUT = new ArrayList<>();

    record Row(ReplyLanguage language, boolean strong, Set<Marker> expected, String text, String batch) {

        /** The kinds of reply analyzer 2.0 had to learn: hollow, sarcastic, dead-end, closing, or warm then hostile. */
        boolean adversarial() {
            boolean warm = expected.contains(Marker.ACKNOWLEDGES_FEELING) || expected.contains(Marker.APOLOGY_OR_OWNERSHIP);
            boolean cold = expected.contains(Marker.BLAME_OR_JUDGEMENT) || expected.contains(Marker.MINIMISING);
            return expected.stream().anyMatch(ADVERSARIAL::contains) || (warm && cold);
        }
    }

    /** True/false positives and false negatives of one marker. */
    static final class Tally {
        int truePositives;
        int falsePositives;
        int falseNegatives;

        double precision() {
            int found = truePositives + falsePositives;
            return found == 0 ? 1.0 : (double) truePositives / found;
        }

        double recall() {
            int expected = truePositives + falseNegatives;
            return expected == 0 ? 1.0 : (double) truePositives / expected;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
        }
    }

    /** Marker tallies and the strong/weak confusion matrix of one set of replies. */
    record Result(Map<Marker, Tally> tallies, int[][] verdicts, int rows) {

        double macroF1() {
            return tallies.values().stream().mapToDouble(Tally::f1).average().orElse(0.0);
        }

        /** Share of replies where the analyzer's verdict (strong or weak) is the coach's. */
        double agreement() {
            return rows == 0 ? 1.0 : (double) (verdicts[0][0] + verdicts[1][1]) / rows;
        }
    }

    @BeforeAll
    static void readLabelledReplies() throws IOException {
        DEV.addAll(read("/analyzer/labelled-dev.tsv"));
        HELD_OUT.addAll(read("/analyzer/labelled-heldout.tsv"));
    }

    static List<Row> read(String resource) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = AnalyzerAccuracyTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String batch = "-";
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                Matcher batchLine = BATCH.matcher(line);
                if (batchLine.find()) {
                    batch = batchLine.group(1);
                }
                if (header || line.isBlank() || line.startsWith("#")) {
                    header = false;
                    continue;
                }
                String[] columns = line.split("\t", 4);
                assertThat(columns).as(resource + ": " + line).hasSize(4);
                assertThat(columns[1].strip()).as(resource + ": " + line).isIn("strong", "weak");
                rows.add(new Row(ReplyLanguage.valueOf(columns[0].strip().toUpperCase(Locale.ROOT)),
                        columns[1].strip().equals("strong"), markers(columns[2].strip()), columns[3], batch));
            }
        }
        return rows;
    }

    @Test
    void theLabelledSetIsLargeVariedAndSplit() {
        List<Row> all = new ArrayList<>(DEV);
        all.addAll(HELD_OUT);
        assertThat(all).hasSizeGreaterThanOrEqualTo(500);
        assertThat(all).filteredOn(r -> r.language() == ReplyLanguage.ES).hasSizeGreaterThanOrEqualTo(150);
        assertThat(all).filteredOn(Row::adversarial).hasSizeGreaterThanOrEqualTo(120);
        assertThat(HELD_OUT).hasSizeGreaterThanOrEqualTo(150);
        Set<String> devTexts = new HashSet<>();
        DEV.forEach(r -> devTexts.add(r.text().strip()));
        assertThat(HELD_OUT).as("held-out replies are not in the development set")
                .noneMatch(r -> devTexts.contains(r.text().strip()));
        for (Marker marker : Marker.values()) {
            assertThat(HELD_OUT).as("held-out replies labelled %s", marker)
                    .filteredOn(r -> r.expected().contains(marker)).hasSizeGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void theDevelopmentSetIsRecognised() {
        Result result = report("development", DEV);
        assertThat(result.macroF1()).as("macro F1 on the development set").isGreaterThanOrEqualTo(MIN_DEV_MACRO_F1);
    }

    @Test
    void theHeldOutSetStaysAboveItsMeasuredFloors() {
        Result result = report("held-out", HELD_OUT);
        assertThat(result.macroF1()).as("macro F1 on the held-out set").isGreaterThanOrEqualTo(MIN_HELD_OUT_MACRO_F1);
        result.tallies().forEach((marker, tally) -> assertThat(tally.f1()).as("held-out F1 of %s", marker)
                .isGreaterThanOrEqualTo(MIN_HELD_OUT_MARKER_F1));
        assertThat(result.agreement()).as("held-out strong/weak agreement").isGreaterThanOrEqualTo(MIN_HELD_OUT_AGREEMENT);
        int[][] v = result.verdicts();
        assertThat((double) v[1][0] / (v[1][0] + v[1][1])).as("share of weak held-out replies the analyzer calls strong")
                .isLessThanOrEqualTo(MAX_HELD_OUT_WEAK_CALLED_STRONG);
    }

    static Result evaluate(List<Row> rows) {
        return evaluate(rows, ANALYZER);
    }

    static Result evaluate(List<Row> rows, EmpathyAnalyzer analyzer) {
        Map<Marker, Tally> tallies = newTallies();
        int[][] verdicts = new int[2][2];
        for (Row row : rows) {
            Analysis analysis = analyzer.analyze(row.text());
            Set<Marker> found = analysis.markers();
            for (Marker marker : Marker.values()) {
                count(tallies.get(marker), row.expected().contains(marker), found.contains(marker));
            }
            verdicts[row.strong() ? 0 : 1][analysis.strong() ? 0 : 1]++;
        }
        return new Result(tallies, verdicts, rows.size());
    }

    private static Result report(String name, List<Row> rows) {
        Map<String, List<Row>> scopes = new LinkedHashMap<>();
        scopes.put("all", rows);
        scopes.put("en", rows.stream().filter(r -> r.language() == ReplyLanguage.EN).toList());
        scopes.put("es", rows.stream().filter(r -> r.language() == ReplyLanguage.ES).toList());
        scopes.put("adversarial", rows.stream().filter(Row::adversarial).toList());
        long languageRight = rows.stream().filter(r -> ReplyLanguage.detect(r.text()) == r.language()).count();
        System.out.printf("%n== %s set: %d replies, language detected right for %d%n", name, rows.size(), languageRight);
        Result all = null;
        for (Map.Entry<String, List<Row>> scope : scopes.entrySet()) {
            Result result = evaluate(scope.getValue());
            print(name + "/" + scope.getKey(), result);
            all = all == null ? result : all;
        }
        return all;
    }

    private static void count(Tally tally, boolean expected, boolean found) {
        if (expected && found) {
            tally.truePositives++;
        } else if (found) {
            tally.falsePositives++;
        } else if (expected) {
            tally.falseNegatives++;
        }
    }

    static void print(String scope, Result result) {
        System.out.printf("%n%-22s %-28s %6s %6s %6s %5s %5s %5s%n", scope, "marker", "P", "R", "F1", "TP", "FP", "FN");
        result.tallies().forEach((marker, t) -> System.out.printf("%-22s %-28s %6.2f %6.2f %6.2f %5d %5d %5d%n", scope,
                marker, t.precision(), t.recall(), t.f1(), t.truePositives, t.falsePositives, t.falseNegatives));
        int[][] v = result.verdicts();
        System.out.printf("%-22s macro F1 %.3f over %d replies; strong/weak agreement %.3f%n", scope, result.macroF1(),
                result.rows(), result.agreement());
        System.out.printf("%-22s confusion (rows: coach, columns: analyzer)   strong   weak%n", scope);
        System.out.printf("%-22s   coach strong                              %6d %6d%n", scope, v[0][0], v[0][1]);
        System.out.printf("%-22s   coach weak                                %6d %6d%n", scope, v[1][0], v[1][1]);
    }

    private static Map<Marker, Tally> newTallies() {
        Map<Marker, Tally> tallies = new EnumMap<>(Marker.class);
        for (Marker marker : Marker.values()) {
            tallies.put(marker, new Tally());
        }
        return tallies;
    }

    private static Set<Marker> markers(String column) {
        Set<Marker> markers = EnumSet.noneOf(Marker.class);
        if (!column.equals("-")) {
            for (String name : column.split(",")) {
                markers.add(Marker.valueOf(name.strip()));
            }
        }
        return markers;
    }
}
