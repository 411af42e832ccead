package com.empathycoach.content.roleplay;

import com.empathycoach.content.lesson.ContentFiles;
import com.empathycoach.content.lesson.ContentValidationException;
import com.empathycoach.core.lesson.Channel;
import com.empathycoach.core.roleplay.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScenarioParserTest {

    private final ScenarioParser parser = new ScenarioParser();

    @Test
    void shouldReadAValidScenario() {
        ContentFiles.SourceFile file = fixture("01-tiny-scenario.yaml");
        Scenario scenario = parser.parse(file.name(), file.source());
        assertThat(scenario.start()).isEqualTo("opening");
        assertThat(scenario.node("write").orElseThrow().freeText()).hasValueSatisfying(f -> assertThat(f.coachReview()).isTrue());
        assertThat(scenario.node("opening").orElseThrow().choices().getFirst().total()).isEqualTo(8);
    }

    @ParameterizedTest(name = "{0} is refused: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            dangling-next                | $.nodes                   | node 'write' leads to unknown id 'nowhere'
            unreachable-node             | $.nodes                   | node 'write' cannot be reached from the start
            loop-without-exit            | $.nodes                   | node 'closing' never reaches an ending
            missing-outcome              | $.nodes                   | missing [ESCALATED_OR_LOST]
            choices-and-free-text        | $.nodes[1]                | needs either choices or freeText, not both
            weak-choice-without-stronger | $.nodes[0].choices[1].stronger | needs the stronger reply
            """)
    void shouldRefuseBrokenScenarios(String name, String path, String reason) {
        ContentFiles.SourceFile file = fixture("invalid/" + name + ".yaml");
        assertThatThrownBy(() -> parser.parse(file.name(), file.source()))
                .isInstanceOfSatisfying(ContentValidationException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.file()).isEqualTo(name + ".yaml");
                            assertThat(p.path()).isEqualTo(path);
                            assertThat(p.reason()).contains(reason);
                        }));
    }

    @Test
    void shippedScenariosAreValidVariedAndNumerous() {
        List<Scenario> scenarios = ContentFiles.read("classpath*:content/scenarios/*.yaml").stream()
                .map(f -> parser.parse(f.name(), f.source())).toList();
        assertThat(scenarios).hasSizeGreaterThanOrEqualTo(12);
        assertThat(scenarios.stream().map(Scenario::channel).collect(Collectors.toSet()))
                .contains(Channel.PHONE, Channel.CHAT, Channel.EMAIL);
        Set<String> ids = new HashSet<>();
        assertThat(scenarios).allSatisfy(s -> assertThat(ids.add(s.id())).as("unique id " + s.id()).isTrue());
    }

    private static ContentFiles.SourceFile fixture(String path) {
        return ContentFiles.read("classpath:fixtures/scenarios/" + path).getFirst();
    }
}
