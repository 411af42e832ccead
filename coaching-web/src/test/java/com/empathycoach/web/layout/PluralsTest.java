package com.empathycoach.web.layout;

import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;

/** Counts read right in both languages: one of a thing is singular, more are plural (choice formats). */
class PluralsTest {

    private static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("vaadin-i18n.translations", locale);
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    @Test
    void oneAndManyInEnglish() {
        Locale en = Locale.ENGLISH;
        assertThat(text(en, "coach.home.agents", 1)).isEqualTo("1 agent");
        assertThat(text(en, "coach.home.agents", 6)).isEqualTo("6 agents");
        assertThat(text(en, "lessons.catalogue.progress", 1, 1)).isEqualTo("1 of 1 lesson passed");
        assertThat(text(en, "lessons.catalogue.progress", 0, 3)).isEqualTo("0 of 3 lessons passed");
        assertThat(text(en, "agent.home.attempted", 1)).startsWith("1 lesson finished");
        assertThat(text(en, "agent.home.attempted", 2)).startsWith("2 lessons finished");
        assertThat(text(en, "admin.import.summary", 1, 1, 0)).isEqualTo("1 row: 1 ready, 0 with problems.");
        assertThat(text(en, "roleplay.catalogue.played", 1, 80)).isEqualTo("Played once, best score 80%");
        assertThat(text(en, "coaching.assign.done", "X", 1)).isEqualTo("Assigned X to 1 agent.");
    }

    @Test
    void oneAndManyInSpanish() {
        Locale es = Locale.forLanguageTag("es");
        assertThat(text(es, "coach.home.agents", 1)).isEqualTo("1 agente");
        assertThat(text(es, "coach.home.agents", 6)).isEqualTo("6 agentes");
        assertThat(text(es, "lessons.catalogue.progress", 1, 1)).isEqualTo("1 de 1 lección aprobada");
        assertThat(text(es, "admin.import.done", 1, 2)).isEqualTo("Se importó 1 persona y se omitieron 2 filas.");
        assertThat(text(es, "agent.home.attempted", 1)).startsWith("1 lección terminada");
    }
}
