package com.empathycoach.content.lesson;

import com.empathycoach.core.lesson.LessonContent;
import com.empathycoach.core.lesson.ModuleContent;
import com.empathycoach.core.lesson.Question;
import com.empathycoach.core.lesson.QuestionType;
import com.empathycoach.core.skill.EmpathyKey;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The content we ship passes validation and is as broad as the product promises. */
class ShippedContentTest {

    private final List<ModuleContent> modules = ContentSync.validate(ContentFiles.read(ContentFiles.MODULES));

    private List<LessonContent> lessons() {
        return modules.stream().flatMap(m -> m.lessons().stream()).toList();
    }

    private List<Question> questions() {
        return lessons().stream().flatMap(l -> l.questions().stream()).toList();
    }

    @Test
    void shipsAtLeastEightModulesTwentyFourLessonsAndOneHundredTwentyQuestions() {
        assertThat(modules).hasSizeGreaterThanOrEqualTo(8);
        assertThat(lessons()).hasSizeGreaterThanOrEqualTo(24);
        assertThat(questions()).hasSizeGreaterThanOrEqualTo(120);
    }

    @Test
    void coversEveryKeyAndEveryQuestionType() {
        assertThat(modules.stream().map(ModuleContent::key).collect(Collectors.toSet()))
                .containsAll(EnumSet.allOf(EmpathyKey.class));
        assertThat(questions().stream().map(Question::type).collect(Collectors.toSet()))
                .containsAll(EnumSet.allOf(QuestionType.class));
    }

    @Test
    void everyOptionExplainsItself() {
        assertThat(questions()).allSatisfy(q -> assertThat(q.options())
                .allSatisfy(o -> assertThat(o.explanation()).as(q.id() + "/" + o.id()).isNotBlank()));
    }

    @Test
    void namesTheSourceOfTheBainFigure() {
        String all = ContentFiles.read(ContentFiles.MODULES).stream().map(ContentFiles.SourceFile::source)
                .collect(Collectors.joining("\n"));
        assertThat(all).contains("Bain & Company").contains("80%").contains("8%");
    }

    @Test
    void moduleOrderIsUnique() {
        Set<Integer> orders = modules.stream().map(ModuleContent::order).collect(Collectors.toSet());
        assertThat(orders).hasSameSizeAs(modules);
    }
}
