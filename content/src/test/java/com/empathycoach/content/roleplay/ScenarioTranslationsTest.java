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
