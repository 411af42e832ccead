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

    /** A profile drawn from the quizzes needs every key trained: each holds 20% to 30% of all questions. */
    @Test
    void everyKeyHoldsATwentyToThirtyPercentShareOfTheQuestions() {
        List<Question> all = questions();
        for (EmpathyKey key : EmpathyKey.values()) {
            long count = all.stream().filter(q -> q.key() == key).count();
            assertThat((double) count / all.size()).as(key + ": " + count + " of " + all.size())
                    .isBetween(0.20, 0.30);
        }
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

    /** Above this share, picking the longest option passes a quiz without reading it. */
    private static final double MOST_LONGEST_RIGHT = 0.30;

    @Test
    void theRightAnswerIsRarelyTheLongestOne() {
        assertThat(longestRightShare(questions())).as("English").isLessThanOrEqualTo(MOST_LONGEST_RIGHT);
        ContentTranslations translations = new ContentTranslations();
        List<Question> spanish = translations.translatedModules("es").stream()
                .flatMap(id -> translations.module(id, java.util.Locale.forLanguageTag("es")).stream())
                .flatMap(m -> m.lessons().stream()).flatMap(l -> l.questions().stream()).toList();
        assertThat(longestRightShare(spanish)).as("Spanish").isLessThanOrEqualTo(MOST_LONGEST_RIGHT);
    }

    /** Of the questions with one right option, the share where it is strictly longer than every other. */
    static double longestRightShare(List<Question> questions) {
        List<Question> single = questions.stream()
                .filter(q -> q.type() == QuestionType.SINGLE || q.type() == QuestionType.BEST_REPLY).toList();
        long longest = single.stream().filter(q -> q.options().stream().filter(o -> o.correct()).count() == 1
                && q.options().stream().filter(o -> o.correct()).allMatch(right -> q.options().stream()
                        .filter(o -> !o.correct()).allMatch(o -> o.text().length() < right.text().length()))).count();
        return single.isEmpty() ? 0 : (double) longest / single.size();
    }
}
