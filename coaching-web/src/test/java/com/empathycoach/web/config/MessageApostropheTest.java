package com.empathycoach.web.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A message with parameters goes through MessageFormat, where a single apostrophe starts a quote and swallows the
 * rest ("This agents ... every {0} days" on screen). Such messages must write it as two.
 */
class MessageApostropheTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{\\d+[^}]*}");
    private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

    @Test
    void shouldDoubleApostrophesInMessagesWithParameters() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String bundle : List.of("vaadin-i18n/translations.properties", "vaadin-i18n/translations_es.properties",
                "i18n/core.properties", "i18n/core_es.properties")) {
            Properties messages = new Properties();
            try (var in = getClass().getClassLoader().getResourceAsStream(bundle)) {
                assertThat(in).as(bundle).isNotNull();
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            messages.forEach((key, value) -> {
                String text = value.toString();
                if (PARAMETER.matcher(text).find() && LONE_APOSTROPHE.matcher(text).find()) {
                    wrong.add(bundle + ": " + key);
                }
            });
        }
        assertThat(wrong).as("write ' as '' in messages with parameters").isEmpty();
    }
}
