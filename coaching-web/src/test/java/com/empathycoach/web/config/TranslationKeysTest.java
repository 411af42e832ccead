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

    private static final Pattern AUDIT_ACTION = Pattern.compile("audit\\.record\\([^,]+, \"([A-Z_]+)\"");
    private static final Pattern AUDIT_ACTION_CHOICE = Pattern.compile("\"((?:QA|TEAM|USER|EXPORT)_[A-Z_]+)\"");

    @Test
    void everyAuditActionCoreWritesHasWordsInEnglishAndSpanish() throws IOException {
        Properties english = new Properties();
        Properties spanish = new Properties();
        try (InputStream en = getClass().getResourceAsStream("/vaadin-i18n/translations.properties");
             InputStream es = getClass().getResourceAsStream("/vaadin-i18n/translations_es.properties")) {
            english.load(en);
            spanish.load(new java.io.InputStreamReader(es, java.nio.charset.StandardCharsets.UTF_8));
        }
        java.util.Set<String> actions = new java.util.TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("../coaching-core/src/main/java"))) {
            for (Path file : sources.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                if (!text.contains("audit.record(")) {
                    continue;
                }
                for (Pattern pattern : List.of(AUDIT_ACTION, AUDIT_ACTION_CHOICE)) {
                    Matcher m = pattern.matcher(text);
                    while (m.find()) {
                        actions.add(m.group(1));
                    }
                }
            }
        }
        // Prefixes of actions put together at run time: exports (EXPORT_ and the format) and authoring
        // (AUTHOR_<kind>_<what>, every combination of which is added below).
        actions.removeIf(action -> action.endsWith("_"));
        actions.addAll(List.of("EXPORT_CSV", "EXPORT_XLSX"));
        for (var kind : com.empathycoach.core.authoring.ContentKind.values()) {
            for (String what : List.of("CREATED", "PUBLISHED", "REPUBLISHED", "IMPORTED")) {
                actions.add("AUTHOR_" + kind.name() + "_" + what);
            }
        }
        assertThat(actions).contains("QA_DISPUTED", "TEAM_CREATED", "USER_CREATED", "AUTHOR_DRAFT_SAVED");
        assertThat(actions).allSatisfy(action -> {
            assertThat(english).as(action).containsKey("audit.action." + action);
            assertThat(spanish).as(action).containsKey("audit.action." + action);
        });
    }
}
