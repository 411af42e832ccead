package com.empathycoach.core.roleplay.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the analyzer against the hand-labelled replies in {@code /analyzer/labelled-replies.tsv}
 * (columns: lang, expected markers or "-", text; "# Batch N" comment lines start a batch). For every
 * marker it counts, per reply, whether the analyzer found it when a coach said it is there, and prints
 * precision, recall and F1 per marker plus the macro F1 (the mean F1 over the nine markers), for the
 * whole set, per language and per batch. Batch 3 was held out from tuning; see docs/ANALYZER.md.
 */
class AnalyzerAccuracyTest {

    private static final double MIN_MACRO_F1 = 0.80;
    private static final Pattern BATCH = Pattern.compile("^#\\s*Batch\\s+(\\d+)");

    private static final EmpathyAnalyzer ANALYZER = new EmpathyAnalyzer();
    private static final List<Row> ROWS = new ArrayList<>();

    private record Row(ReplyLanguage language, Set<Marker> expected, String text, String batch) {
    }

    /** True/false positives and false negatives of one marker. */
    private static final class Tally {
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

    @BeforeAll
    static void readLabelledReplies() throws IOException {
        try (InputStream in = AnalyzerAccuracyTest.class.getResourceAsStream("/analyzer/labelled-replies.tsv")) {
            assertThat(in).as("labelled-replies.tsv on the classpath").isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String batch = "1";
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
                String[] columns = line.split("\t", 3);
                ROWS.add(new Row(ReplyLanguage.valueOf(columns[0].strip().toUpperCase(Locale.ROOT)),
                        markers(columns[1].strip()), columns[2], batch));
            }
        }
    }

    @Test
    void shouldKeepTheShapeOfTheLabelledSet() {
        assertThat(ROWS).hasSizeGreaterThanOrEqualTo(170);
        assertThat(ROWS).filteredOn(r -> r.language() == ReplyLanguage.EN).hasSizeGreaterThanOrEqualTo(110);
        assertThat(ROWS).filteredOn(r -> r.language() == ReplyLanguage.ES).hasSizeGreaterThanOrEqualTo(60);
        for (Marker marker : Marker.values()) {
            assertThat(ROWS).as("replies labelled %s", marker)
                    .filteredOn(r -> r.expected().contains(marker)).hasSizeGreaterThanOrEqualTo(12);
        }
    }

    @Test
    void shouldReachTheMacroF1Target() {
        Map<String, Map<Marker, Tally>> scopes = new LinkedHashMap<>();
        for (String scope : List.of("ALL", "EN", "ES")) {
            scopes.put(scope, newTallies());
        }
        int languageRight = 0;
        for (Row row : ROWS) {
            languageRight += ReplyLanguage.detect(row.text()) == row.language() ? 1 : 0;
            Set<Marker> found = ANALYZER.analyze(row.text()).markers();
            for (String scope : List.of("ALL", row.language().name(), "batch " + row.batch())) {
                Map<Marker, Tally> tallies = scopes.computeIfAbsent(scope, s -> newTallies());
                for (Marker marker : Marker.values()) {
                    count(tallies.get(marker), row.expected().contains(marker), found.contains(marker));
                }
            }
        }

        System.out.printf("%nEmpathy analyzer accuracy on %d labelled replies; language detected right for %d%n",
                ROWS.size(), languageRight);
        scopes.forEach(AnalyzerAccuracyTest::print);
        double macroF1 = macroF1(scopes.get("ALL"));
        System.out.printf("%nmacro F1: overall %.3f, EN %.3f, ES %.3f%n", macroF1, macroF1(scopes.get("EN")),
                macroF1(scopes.get("ES")));

        assertThat(macroF1).as("macro F1 over all labelled replies").isGreaterThanOrEqualTo(MIN_MACRO_F1);
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

    private static void print(String scope, Map<Marker, Tally> tallies) {
        System.out.printf("%n%-9s %-22s %6s %6s %6s %5s %5s %5s%n", scope, "marker", "P", "R", "F1", "TP", "FP", "FN");
        tallies.forEach((marker, t) -> System.out.printf("%-9s %-22s %6.2f %6.2f %6.2f %5d %5d %5d%n", scope, marker,
                t.precision(), t.recall(), t.f1(), t.truePositives, t.falsePositives, t.falseNegatives));
        System.out.printf("%-9s %-22s %20.3f%n", scope, "macro F1", macroF1(tallies));
    }

    private static double macroF1(Map<Marker, Tally> tallies) {
        return tallies.values().stream().mapToDouble(Tally::f1).average().orElse(0.0);
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
