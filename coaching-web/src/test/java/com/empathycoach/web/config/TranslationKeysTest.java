package com.empathycoach.web.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message key that core's validation hands to the UI has an English text. */
class TranslationKeysTest {

    private static final Pattern KEY = Pattern.compile("new InvalidInputException\\(\"[^\"]+\", \"([^\"]+)\"\\)");

    @Test
    void everyValidationKeyRaisedInCoreIsTranslated() throws IOException {
        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            english.load(in);
        }
        List<String> keys = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("../coaching-core/src/main/java"))) {
            for (Path file : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        assertThat(keys).isNotEmpty();
        assertThat(keys).allSatisfy(key -> assertThat(english).as(key).containsKey(key));
    }
}
