package com.empathycoach.content.roleplay;

import com.empathycoach.content.lesson.ContentFiles;
import com.empathycoach.core.roleplay.Scenario;
import com.empathycoach.core.analysis.Analysis;
import com.empathycoach.core.analysis.EmpathyAnalyzer;
import com.empathycoach.core.analysis.Marker;
import com.empathycoach.core.analysis.ReplyLanguage;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each free-text node of each scenario asks for a reply that shows certain markers (an acknowledged feeling, a
 * concrete next step, ...). For every node, a model reply an expert would write, in English and in Spanish, must
 * be recognised by the analyzer rules of its language: every marker the node relies on found, no negative marker,
 * and the language detected. This keeps the Spanish rules covering what the Spanish scenarios ask of agents.
 */
class FreeTextModelRepliesTest {

    private static final EmpathyAnalyzer ANALYZER = new EmpathyAnalyzer();

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Map<String, Object>>> models() throws IOException {
        try (InputStream in = FreeTextModelRepliesTest.class.getResourceAsStream("/free-text-model-replies.yaml")) {
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        }
    }

    @Test
    void everyFreeTextNodeHasModelRepliesTheAnalyzerRecognisesInBothLanguages() throws IOException {
        Map<String, Map<String, Map<String, Object>>> models = models();
        int checked = 0;
        for (var file : ContentFiles.read(ContentFiles.SCENARIOS)) {
            Scenario scenario = new ScenarioParser().parse(file.name(), file.source());
            for (Scenario.Node node : scenario.nodes()) {
                if (node.freeText().isEmpty()) {
                    continue;
                }
                String at = scenario.id() + "/" + node.id();
                Map<String, Object> model = models.getOrDefault(scenario.id(), Map.of()).get(node.id());
                assertThat(model).as(at + " has model replies").isNotNull();
                @SuppressWarnings("unchecked")
                Set<Marker> markers = ((List<String>) model.get("markers")).stream().map(Marker::valueOf)
                        .collect(Collectors.toSet());
                assertThat(markers).as(at + " relies on positive markers").isNotEmpty().allMatch(Marker::positive);
                recognised(at + " (en)", (String) model.get("en"), ReplyLanguage.EN, markers);
                recognised(at + " (es)", (String) model.get("es"), ReplyLanguage.ES, markers);
                checked++;
            }
        }
        assertThat(checked).as("free-text nodes checked").isGreaterThanOrEqualTo(12);
    }

    private static void recognised(String at, String reply, ReplyLanguage language, Set<Marker> markers) {
        assertThat(reply).as(at).isNotBlank();
        assertThat(ReplyLanguage.detect(reply)).as(at + " language").isEqualTo(language);
        Analysis analysis = ANALYZER.analyze(reply);
        assertThat(analysis.markers()).as(at + " markers found in: " + reply).containsAll(markers);
        assertThat(analysis.markers()).as(at + " negative markers in: " + reply).allMatch(Marker::positive);
    }
}
