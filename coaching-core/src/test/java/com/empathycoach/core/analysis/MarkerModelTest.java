package com.empathycoach.core.analysis;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MarkerModelTest {

    private static final EmpathyAnalyzer ANALYZER = new EmpathyAnalyzer();
    private static final String IRONY =
            "The parcel went missing? I'm sure it simply evaporated on the doorstep, as parcels so often do.";

    @Test
    void theShippedModelIsWhatTheDevelopmentSetAloneTrains() throws IOException {
        String trained = MarkerModelTraining.train(AnalyzerAccuracyTest.read("/analyzer/labelled-dev.tsv"));
        String shipped;
        try (InputStream in = MarkerModel.class.getResourceAsStream(MarkerModel.RESOURCE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(shipped)
                .as("model.tsv is out of date or was trained on something else: rerun MarkerModelTraining")
                .isEqualTo(trained);
    }

    @Test
    void featuresAreWordsPairsTriplesAndPiecesOfWordsOfOneLanguage() {
        assertThat(MarkerModel.features("Sorry, we’re late!", ReplyLanguage.EN))
                .contains("en:sorry", "en:we're", "en:!", "en:sorry we're", "en:we're late", "en:sorry we're late",
                        "en:#<sor", "en:#orry", "en:#rry>")
                .allMatch(f -> f.startsWith("en:"));
    }

    /**
     * The model looks its features up by number rather than by string; each probability must be exactly what the
     * listed features' weights, added in their order, give (the definition the training uses).
     */
    @Test
    void probabilitiesAreTheSumOfTheListedFeaturesWeights() throws IOException {
        List<String> lines;
        try (InputStream in = MarkerModel.class.getResourceAsStream(MarkerModel.RESOURCE)) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        Map<String, double[]> weights = new HashMap<>();
        lines.stream().filter(l -> !l.startsWith("#")).skip(1).forEach(line -> {
            String[] columns = line.split("\t");
            weights.put(columns[0], java.util.Arrays.stream(columns, 1, columns.length)
                    .mapToDouble(Double::parseDouble).toArray());
        });
        MarkerModel model = MarkerModel.parse(lines);
        List<AnalyzerAccuracyTest.Row> rows = AnalyzerAccuracyTest.read("/analyzer/labelled-dev.tsv");
        List<String> texts = new ArrayList<>(rows.stream().map(AnalyzerAccuracyTest.Row::text).toList());
        texts.addAll(List.of(IRONY, "Sorry, we’re late!!! ¿Qué?", "x", "ünïcödé wörds ök"));

        for (String text : texts) {
            for (ReplyLanguage language : ReplyLanguage.values()) {
                double[] z = weights.get(MarkerModel.BIAS).clone();
                for (String feature : MarkerModel.features(text, language)) {
                    double[] w = weights.get(feature);
                    for (int i = 0; w != null && i < z.length; i++) {
                        z[i] += w[i];
                    }
                }
                double[] expected = java.util.Arrays.stream(z).map(v -> 1 / (1 + Math.exp(-v))).toArray();
                assertThat(model.probabilities(text, language)).as(text).containsExactly(expected);
            }
        }
    }

    @Test
    void whatNoRuleListsIsFoundAndShownAsTheSentenceThatCarriesIt() {
        Analysis analysis = ANALYZER.analyze(IRONY);

        assertThat(analysis.findings())
                .filteredOn(f -> f.excerpt().equals(
                        "I'm sure it simply evaporated on the doorstep, as parcels so often do."))
                .isNotEmpty()
                .allMatch(f -> MarkerModel.READS.contains(f.marker()));
        assertThat(analysis.strong()).isFalse();
        assertThat(analysis.suggestions()).anyMatch(tip -> tip.contains("evaporated on the doorstep"));
    }

    @Test
    void itOnlyAddsWhatTheRulesDidNotFind() {
        MarkerModel model = MarkerModel.load();
        List<Finding> read = model.find(IRONY, ReplyLanguage.EN, List.of());
        assertThat(read).isNotEmpty();
        Finding first = read.get(0);

        assertThat(model.find(IRONY, ReplyLanguage.EN, List.of(first)))
                .extracting(Finding::marker).doesNotContain(first.marker());
        assertThat(model.markers()).containsExactlyElementsOf(MarkerModel.READS)
                .noneMatch(Marker::positive)
                .doesNotContain(Marker.JARGON, Marker.SHOUTING);
    }

    @Test
    void aLongKindReplyDoesNotAddUpToANegativeMarker() {
        String reply = "Tomasz, I can hear how much this is weighing on you. There's no deadline on it; it can wait "
                + "until her affairs are settled. Nothing comes out of your own pocket, this month or any month. "
                + "I'll put that balance on hold today, and I'll call you in eight weeks to see how you are.";

        assertThat(ANALYZER.analyze(reply).markers()).allMatch(Marker::positive);
    }

    @Test
    void aSentenceTheRulesReadAsCareIsNotReadAsANegative() {
        String reply = "I know that's hard to hear, and I understand why it feels unfair when the same storm did both.";
        Analysis analysis = ANALYZER.analyze(reply);

        assertThat(analysis.markers()).contains(Marker.ACKNOWLEDGES_FEELING).allMatch(Marker::positive);
    }

    @Test
    void sentencesAreTrimmedSpans() {
        String text = "  First one.  Second one?\nThird";
        assertThat(MarkerModel.sentences(text)).extracting(s -> text.substring(s[0], s[1]))
                .containsExactly("First one.", "Second one?", "Third");
    }
}
