package com.empathycoach.core.analysis;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;

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
    void featuresAreWordsPairsAndTriplesOfOneLanguage() {
        assertThat(MarkerModel.features("Sorry, we’re late!", ReplyLanguage.EN))
                .contains("en:sorry", "en:we're", "en:!", "en:sorry we're", "en:we're late", "en:sorry we're late")
                .allMatch(f -> f.startsWith("en:"));
    }

    @Test
    void ironyNoRuleListsIsFoundAndShownAsTheSentenceThatCarriesIt() {
        Analysis analysis = ANALYZER.analyze(IRONY);

        assertThat(analysis.findings()).filteredOn(f -> f.marker() == Marker.SARCASM)
                .singleElement()
                .satisfies(f -> assertThat(f.excerpt())
                        .isEqualTo("I'm sure it simply evaporated on the doorstep, as parcels so often do."));
        assertThat(analysis.strong()).isFalse();
        assertThat(analysis.suggestions()).anyMatch(tip -> tip.contains("evaporated on the doorstep"));
    }

    @Test
    void itOnlyAddsWhatTheRulesDidNotFind() {
        MarkerModel model = MarkerModel.load();

        assertThat(model.find(IRONY, ReplyLanguage.EN, EnumSet.noneOf(Marker.class)))
                .extracting(Finding::marker).contains(Marker.SARCASM);
        assertThat(model.find(IRONY, ReplyLanguage.EN, EnumSet.of(Marker.SARCASM)))
                .extracting(Finding::marker).doesNotContain(Marker.SARCASM);
        assertThat(model.markers()).noneMatch(Marker::positive);
    }

    @Test
    void aLongKindReplyDoesNotAddUpToANegativeMarker() {
        String reply = "Tomasz, I can hear how much this is weighing on you. There's no deadline on it; it can wait "
                + "until her affairs are settled. Nothing comes out of your own pocket, this month or any month. "
                + "I'll put that balance on hold today, and I'll call you in eight weeks to see how you are.";

        assertThat(ANALYZER.analyze(reply).markers()).allMatch(Marker::positive);
    }

    @Test
    void sentencesAreTrimmedSpans() {
        String text = "  First one.  Second one?\nThird";
        assertThat(MarkerModel.sentences(text)).extracting(s -> text.substring(s[0], s[1]))
                .containsExactly("First one.", "Second one?", "Third");
    }
}
