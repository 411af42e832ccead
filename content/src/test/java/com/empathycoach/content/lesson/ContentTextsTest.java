package com.empathycoach.content.lesson;

import com.empathycoach.content.roleplay.ScenarioParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every content problem can be said in Spanish, and is, for every broken file the parsers' tests use. */
class ContentTextsTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es");
    private static final Pattern ENGLISH = Pattern.compile("\\b(needs|must|missing|has|is not|cannot|the|unknown|duplicate)\\b");

    @Test
    void theSpanishTextsSayEverythingTheEnglishOnesSay() throws IOException {
        assertThat(keys("i18n/content_es.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(keys("i18n/content.properties").stringPropertyNames());
    }

    @Test
    void everyProblemOfABrokenModuleOrRolePlayIsSaidInSpanish() {
        List<ContentProblem> problems = new ArrayList<>();
        for (ContentFiles.SourceFile file : ContentFiles.read("classpath:fixtures/invalid/*.yaml")) {
            problems.addAll(problems(() -> new ModuleParser().parse(file.name(), file.source())));
        }
        for (ContentFiles.SourceFile file : ContentFiles.read("classpath:fixtures/scenarios/invalid/*.yaml")) {
            problems.addAll(problems(() -> new ScenarioParser().parse(file.name(), file.source())));
        }

        assertThat(problems).hasSizeGreaterThanOrEqualTo(15).allSatisfy(problem -> {
            assertThat(problem.key()).as(problem.toString()).isNotNull();
            assertThat(problem.reason(Locale.ENGLISH)).isEqualTo(problem.reason());
            assertThat(problem.reason(SPANISH)).as(problem.toString()).isNotEqualTo(problem.reason())
                    .doesNotContainPattern(ENGLISH);
        });
    }

    @Test
    void brokenYamlSaysWhereInSpanishAndKeepsTheParsersWordsInEnglish() {
        List<ContentProblem> problems = problems(() -> new ModuleParser().parse("broken.yaml", "id: [unclosed\n  - : :"));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.reason()).startsWith("not valid YAML: while parsing a flow sequence");
            assertThat(problem.reason(SPANISH)).matches("no es YAML válido: revisa la línea \\d+, columna \\d+");
        });
    }

    private static List<ContentProblem> problems(Runnable parse) {
        try {
            parse.run();
            return List.of();
        } catch (ContentValidationException e) {
            return e.problems();
        }
    }

    private static Properties keys(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ContentTextsTest.class.getClassLoader().getResourceAsStream(resource)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
