package com.empathycoach.content.lesson;

import com.empathycoach.core.lesson.ModuleContent;
import com.empathycoach.core.lesson.QuestionType;
import com.empathycoach.core.skill.EmpathyKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModuleParserTest {

    private final ModuleParser parser = new ModuleParser();

    @Test
    void shouldReadValidModuleWithDefaults() {
        ModuleContent module = parser.parse("01-tiny-module.yaml", fixture("valid/01-tiny-module.yaml").source());
        assertThat(module.id()).isEqualTo("tiny-module");
        assertThat(module.key()).isEqualTo(EmpathyKey.DISCOVER);
        assertThat(module.lessons()).singleElement().satisfies(lesson -> {
            assertThat(lesson.passMark()).isEqualTo(80);
            assertThat(lesson.cards()).hasSize(2);
            assertThat(lesson.questions()).extracting(q -> q.type()).containsExactly(QuestionType.SINGLE,
                    QuestionType.MULTIPLE, QuestionType.BEST_REPLY, QuestionType.ORDERING, QuestionType.SINGLE);
            assertThat(lesson.questions()).allSatisfy(q -> assertThat(q.key()).isEqualTo(EmpathyKey.DISCOVER));
            assertThat(lesson.question("q-order").orElseThrow().expected()).containsExactly("a", "c", "b");
        });
    }

    @ParameterizedTest(name = "{0} is refused: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown-question-type               | $.lessons[0].questions[1].type    | unknown value 'ESSAY'
            single-with-two-correct             | $.lessons[0].questions[0].options | SINGLE needs exactly one correct option, has 2
            single-with-no-correct              | $.lessons[0].questions[0].options | SINGLE needs exactly one correct option, has 0
            duplicate-question-id               | $.lessons[0].questions[4].id      | duplicate id 'q-single'
            missing-explanation                 | $.lessons[0].questions[1].options[2].explanation | missing
            ordering-without-full-order         | $.lessons[0].questions[3].options | ORDERING needs a full order
            best-reply-without-customer-message | $.lessons[0].questions[2].customerMessage | is required for BEST_REPLY
            id-not-matching-file                | $.id                              | must match the file name
            too-few-questions                   | $.lessons[0].questions            | needs at least 5 questions
            card-too-long                       | $.lessons[0].cards[0].body        | has 121 words
            not-yaml                            | $                                 | not valid YAML
            """)
    void shouldRefuseBadContentNamingFilePathAndReason(String name, String path, String reason) {
        ContentFiles.SourceFile file = fixture("invalid/" + name + ".yaml");
        assertThatThrownBy(() -> parser.parse(file.name(), file.source()))
                .isInstanceOfSatisfying(ContentValidationException.class, e -> {
                    assertThat(e.problems()).anySatisfy(problem -> {
                        assertThat(problem.file()).isEqualTo(name + ".yaml");
                        assertThat(problem.path()).isEqualTo(path);
                        assertThat(problem.reason()).contains(reason);
                    });
                    assertThat(e.getMessage()).contains(name + ".yaml");
                });
    }

    @Test
    void shouldRefuseTwoModulesWithTheSameId() {
        ContentFiles.SourceFile one = fixture("valid/01-tiny-module.yaml");
        ContentFiles.SourceFile two = new ContentFiles.SourceFile("02-tiny-module.yaml", one.source());
        assertThatThrownBy(() -> ContentSync.validate(List.of(one, two)))
                .isInstanceOfSatisfying(ContentValidationException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.reason()).contains("duplicate module id 'tiny-module'")));
    }

    static ContentFiles.SourceFile fixture(String path) {
        return ContentFiles.read("classpath:fixtures/" + path).getFirst();
    }
}
