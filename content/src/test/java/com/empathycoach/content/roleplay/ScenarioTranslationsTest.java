package com.empathycoach.content.roleplay;

import com.empathycoach.content.lesson.ContentFiles;
import com.empathycoach.core.roleplay.Scenario;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioTranslationsTest {

    @Test
    void aTranslationIsFoundByScenarioAndLanguageOnly() {
        // Any valid scenario file stands in for a translation here; the words do not matter to the loader.
        ScenarioTranslations translations = new ScenarioTranslations("classpath*:content/scenarios/02-price-rise.yaml");
        assertThat(translations.scenario("price-rise", Locale.forLanguageTag("es"))).isPresent();
        assertThat(translations.scenario("price-rise", Locale.forLanguageTag("es-MX"))).as("any Spanish").isPresent();
        assertThat(translations.scenario("price-rise", Locale.ENGLISH)).isEmpty();
        assertThat(translations.scenario("vanished-images", Locale.forLanguageTag("es"))).isEmpty();
        assertThat(translations.scenario("price-rise", null)).isEmpty();
    }

    @Test
    void everyShippedTranslationHasItsEnglishScenariosIdsAndNoOthers() {
        ScenarioTranslations shipped = new ScenarioTranslations();
        ScenarioParser parser = new ScenarioParser();
        for (var file : ContentFiles.read(ContentFiles.SCENARIOS)) {
            Scenario english = parser.parse(file.name(), file.source());
            for (String language : ScenarioTranslations.LANGUAGES) {
                shipped.scenario(english.id(), Locale.forLanguageTag(language)).ifPresent(t -> {
                    assertThat(ids(t)).as(language + " " + english.id()).isEqualTo(ids(english));
                    assertThat(t.version()).as(language + " " + english.id() + " translates this version")
                            .isEqualTo(english.version());
                });
            }
        }
    }

    @Test
    void everyScenarioIsInSpanishWithEveryTextTranslated() {
        ScenarioTranslations shipped = new ScenarioTranslations();
        ScenarioParser parser = new ScenarioParser();
        for (var file : ContentFiles.read(ContentFiles.SCENARIOS)) {
            Scenario en = parser.parse(file.name(), file.source());
            Scenario es = shipped.scenario(en.id(), Locale.forLanguageTag("es")).orElse(null);
            assertThat(es).as(en.id() + " has a Spanish translation").isNotNull();
            List<String[]> pairs = new ArrayList<>();
            pairs.add(new String[]{en.id() + " title", en.title(), es.title()});
            pairs.add(new String[]{en.id() + " summary", en.summary(), es.summary()});
            pairs.add(new String[]{en.id() + " situation", en.persona().situation(), es.persona().situation()});
            pairs.add(new String[]{en.id() + " hidden need", en.persona().hiddenNeed(), es.persona().hiddenNeed()});
            pairs.add(new String[]{en.id() + " knowledge gap", en.persona().knowledgeGap(), es.persona().knowledgeGap()});
            for (Scenario.Node node : en.nodes()) {
                Scenario.Node t = es.node(node.id()).orElseThrow();
                String at = en.id() + "/" + node.id();
                pairs.add(new String[]{at + " customer", node.customer(), t.customer()});
                node.freeText().ifPresent(f -> pairs.add(new String[]{at + " prompt", f.prompt(),
                        t.freeText().map(Scenario.FreeText::prompt).orElse(null)}));
                for (int c = 0; c < node.choices().size(); c++) {
                    Scenario.Choice choice = node.choices().get(c);
                    Scenario.Choice tc = t.choices().get(c);
                    pairs.add(new String[]{at + "/" + choice.id() + " text", choice.text(), tc.text()});
                    pairs.add(new String[]{at + "/" + choice.id() + " feedback", choice.feedback(), tc.feedback()});
                    pairs.add(new String[]{at + "/" + choice.id() + " stronger", choice.stronger(), tc.stronger()});
                }
            }
            for (Scenario.Ending ending : en.endings()) {
                Scenario.Ending t = es.ending(ending.id()).orElseThrow();
                pairs.add(new String[]{en.id() + "/" + ending.id() + " customer", ending.customer(), t.customer()});
                pairs.add(new String[]{en.id() + "/" + ending.id() + " debrief", ending.debrief(), t.debrief()});
            }
            com.empathycoach.content.lesson.ContentTranslationsTest.assertTranslated(pairs);
        }
    }

    private static List<String> ids(Scenario s) {
        List<String> ids = new ArrayList<>();
        s.nodes().forEach(n -> {
            ids.add("node " + n.id());
            n.choices().forEach(c -> ids.add("choice " + n.id() + "/" + c.id()));
            n.freeText().ifPresent(f -> ids.add("written " + n.id()));
        });
        s.endings().forEach(e -> ids.add("ending " + e.id()));
        return ids;
    }

    @Test
    void withoutTranslatedFilesEveryScenarioStaysEnglish() {
        assertThat(new ScenarioTranslations("classpath*:content/scenarios-none-%s/*.yaml")
                .scenario("price-rise", Locale.forLanguageTag("es"))).isEmpty();
    }
}
