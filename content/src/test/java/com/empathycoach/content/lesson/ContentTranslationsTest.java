package com.empathycoach.content.lesson;

import com.empathycoach.core.lesson.AnswerOption;
import com.empathycoach.core.lesson.Card;
import com.empathycoach.core.lesson.LessonContent;
import com.empathycoach.core.lesson.ModuleContent;
import com.empathycoach.core.lesson.Question;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class ContentTranslationsTest {

    private final ContentTranslations translations = new ContentTranslations();
    private final Map<String, ModuleContent> english = ContentFiles.read(ContentFiles.MODULES).stream()
            .map(f -> new ModuleParser().parse(f.name(), f.source()))
            .collect(Collectors.toMap(ModuleContent::id, Function.identity()));

    @Test
    void atLeastTwoModulesAreInSpanish() {
        assertThat(translations.translatedModules("es")).hasSizeGreaterThanOrEqualTo(2)
                .contains("why-empathy-matters", "discover-the-real-need");
    }

    @Test
    void aTranslationHasTheSameStructureAnswersAndKeysAsItsModuleAndOtherWords() {
        for (String id : translations.translatedModules("es")) {
            ModuleContent en = english.get(id);
            ModuleContent es = translations.module(id, Locale.forLanguageTag("es")).orElseThrow();
            assertThat(en).as(id).isNotNull();
            assertThat(es.key()).isEqualTo(en.key());
            assertThat(es.title()).as(id + " title").isNotEqualTo(en.title());
            assertThat(ids(es.lessons(), LessonContent::id)).isEqualTo(ids(en.lessons(), LessonContent::id));
            for (LessonContent lesson : en.lessons()) {
                LessonContent translated = es.lesson(lesson.id()).orElseThrow();
                assertThat(translated.passMark()).isEqualTo(lesson.passMark());
                assertThat(ids(translated.cards(), Card::id)).isEqualTo(ids(lesson.cards(), Card::id));
                for (int c = 0; c < lesson.cards().size(); c++) {
                    assertThat(translated.cards().get(c).example().map(e -> e.channel()))
                            .isEqualTo(lesson.cards().get(c).example().map(e -> e.channel()));
                }
                assertThat(ids(translated.questions(), Question::id)).isEqualTo(ids(lesson.questions(), Question::id));
                for (Question question : lesson.questions()) {
                    Question t = translated.question(question.id()).orElseThrow();
                    assertThat(t.type()).isEqualTo(question.type());
                    assertThat(t.key()).isEqualTo(question.key());
                    assertThat(t.expected()).as(id + "/" + question.id() + " answers").isEqualTo(question.expected());
                    assertThat(ids(t.options(), AnswerOption::id)).isEqualTo(ids(question.options(), AnswerOption::id));
                }
            }
        }
    }

    @Test
    void aLanguageWithoutTranslationsGivesNothing() {
        assertThat(translations.module("why-empathy-matters", Locale.ENGLISH)).isEmpty();
        assertThat(translations.module("why-empathy-matters", null)).isEmpty();
    }

    private static <T> List<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).toList();
    }
}
