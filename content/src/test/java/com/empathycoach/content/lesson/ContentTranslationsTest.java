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

public class ContentTranslationsTest {

    private final ContentTranslations translations = new ContentTranslations();
    private final Map<String, ModuleContent> english = ContentFiles.read(ContentFiles.MODULES).stream()
            .map(f -> new ModuleParser().parse(f.name(), f.source()))
            .collect(Collectors.toMap(ModuleContent::id, Function.identity()));

    @Test
    void everyModuleIsInSpanish() {
        assertThat(translations.translatedModules("es")).containsExactlyInAnyOrderElementsOf(english.keySet());
    }

    /** Every text a learner reads has its own Spanish words: nothing left blank, nothing copied over in English. */
    @Test
    void everyTextOfEveryModuleIsTranslated() {
        for (ModuleContent en : english.values()) {
            ModuleContent es = translations.module(en.id(), Locale.forLanguageTag("es")).orElseThrow();
            List<String[]> pairs = new java.util.ArrayList<>();
            pairs.add(new String[]{en.id() + " title", en.title(), es.title()});
            pairs.add(new String[]{en.id() + " summary", en.summary(), es.summary()});
            for (LessonContent lesson : en.lessons()) {
                LessonContent t = es.lesson(lesson.id()).orElseThrow();
                String at = en.id() + "/" + lesson.id();
                pairs.add(new String[]{at + " title", lesson.title(), t.title()});
                pairs.add(new String[]{at + " objective", lesson.objective(), t.objective()});
                for (int c = 0; c < lesson.cards().size(); c++) {
                    Card card = lesson.cards().get(c);
                    Card tc = t.cards().get(c);
                    pairs.add(new String[]{at + "/" + card.id() + " title", card.title(), tc.title()});
                    pairs.add(new String[]{at + "/" + card.id() + " body", card.body(), tc.body()});
                    card.example().ifPresent(e -> {
                        var te = tc.example().orElseThrow();
                        pairs.add(new String[]{at + "/" + card.id() + " example", e.customer() + e.weak() + e.strong()
                                + e.why(), te.customer() + te.weak() + te.strong() + te.why()});
                    });
                }
                for (Question question : lesson.questions()) {
                    Question tq = t.question(question.id()).orElseThrow();
                    String q = at + "/" + question.id();
                    pairs.add(new String[]{q + " prompt", question.prompt(), tq.prompt()});
                    pairs.add(new String[]{q + " situation", question.situation(), tq.situation()});
                    pairs.add(new String[]{q + " customer message", question.customerMessage(), tq.customerMessage()});
                    for (AnswerOption option : question.options()) {
                        AnswerOption to = tq.option(option.id()).orElseThrow();
                        pairs.add(new String[]{q + "/" + option.id() + " text", option.text(), to.text()});
                        pairs.add(new String[]{q + "/" + option.id() + " explanation", option.explanation(),
                                to.explanation()});
                    }
                }
            }
            assertTranslated(pairs);
        }
    }

    /** Each pair is {where, English, Spanish}: a Spanish text exists wherever the English one does, in other words. */
    public static void assertTranslated(List<String[]> pairs) {
        for (String[] pair : pairs) {
            if (pair[1] == null || pair[1].isBlank()) {
                continue;
            }
            assertThat(pair[2]).as(pair[0] + " has a Spanish text").isNotBlank();
            assertThat(pair[2].strip()).as(pair[0] + " is not left in English").isNotEqualTo(pair[1].strip());
        }
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
