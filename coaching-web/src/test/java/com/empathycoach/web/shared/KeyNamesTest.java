package com.empathycoach.web.shared;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KeyNamesTest {

    private static final Map<String, String> ES = Map.of("key.DISCOVER", "Descubre la necesidad real",
            "key.KNOWLEDGE", "Cuida la brecha de conocimiento", "key.HELP", "Demuestra que quieres ayudar",
            "key.CHANNEL", "Empatía en cada canal");

    @Test
    void codesInParenthesesBecomeTheKeysNames() {
        assertThat(KeyNames.inText("Reconocer el error y reformular su necesidad (HELP, DISCOVER), y luego explicar"
                + " la causa (KNOWLEDGE).", ES::get)).isEqualTo("Reconocer el error y reformular su necesidad"
                + " (Demuestra que quieres ayudar, Descubre la necesidad real), y luego explicar la causa"
                + " (Cuida la brecha de conocimiento).");
    }

    @Test
    void otherParenthesesAndBareWordsStayAsTheyAre() {
        String text = "Press HELP (the blue button), then CHANNEL 4 (DISCOVERY) or (HELP DESK).";
        assertThat(KeyNames.inText(text, ES::get)).isEqualTo(text);
        assertThat(KeyNames.inText(null, ES::get)).isNull();
    }
}
