package com.empathycoach.web.config;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** The Spanish UI says everything the English one says, with the same placeholders, and every text formats. */
class BundleParityTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    /** The screens' texts, and the texts core puts into the records it returns. */
    private static final String[][] BUNDLES = {
            {"/vaadin-i18n/translations.properties", "/vaadin-i18n/translations_es.properties"},
            {"/i18n/core.properties", "/i18n/core_es.properties"}};

    private static Properties load(String path) throws IOException {
        Properties bundle = new Properties();
        try (Reader in = new InputStreamReader(BundleParityTest.class.getResourceAsStream(path),
                StandardCharsets.UTF_8)) {
            bundle.load(in);
        }
        return bundle;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void spanishHasEveryEnglishKeyAndNoOther() throws IOException {
        for (String[] pair : BUNDLES) {
            assertThat(load(pair[1]).stringPropertyNames()).as(pair[1])
                    .containsExactlyInAnyOrderElementsOf(load(pair[0]).stringPropertyNames());
        }
    }

    @Test
    void noKeyLivesInBothTheScreensAndCore() throws IOException {
        assertThat(load(BUNDLES[0][0]).stringPropertyNames()).doesNotContainAnyElementsOf(load(BUNDLES[1][0]).stringPropertyNames());
    }

    @Test
    void spanishKeepsEveryPlaceholderAndEveryTextFormats() throws IOException {
        for (String[] pair : BUNDLES) {
            keepsPlaceholders(load(pair[0]), load(pair[1]));
        }
    }

    private static void keepsPlaceholders(Properties english, Properties spanish) {
        for (String key : english.stringPropertyNames()) {
            String es = spanish.getProperty(key, "");
            assertThat(placeholders(es)).as(key).isEqualTo(placeholders(english.getProperty(key)));
            if (!placeholders(es).isEmpty()) {
                assertThatCode(() -> new MessageFormat(es, Locale.forLanguageTag("es")).format(new Object[]{1, 2, 3, 4, 5}))
                        .as(key).doesNotThrowAnyException();
            }
        }
    }
}
