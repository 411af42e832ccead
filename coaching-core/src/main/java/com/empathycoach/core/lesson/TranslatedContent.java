package com.empathycoach.core.lesson;

import java.util.Locale;
import java.util.Optional;

/**
 * Port: a module's texts in another language. A translation has the English module's ids, answers and
 * structure and only other words; anything it lacks stays in English, field by field.
 */
public interface TranslatedContent {

    /** The module's texts in this locale's language, if it has been translated; empty for English. */
    Optional<ModuleContent> module(String moduleId, Locale locale);

    /** The module's title in the locale, falling back to {@code english}. */
    default String moduleTitle(String moduleId, String english, Locale locale) {
        return module(moduleId, locale).map(ModuleContent::title).orElse(english);
    }

    /** The lesson's title in the locale, falling back to {@code english}. */
    default String lessonTitle(String moduleId, String lessonId, String english, Locale locale) {
        return module(moduleId, locale).flatMap(m -> m.lesson(lessonId)).map(LessonContent::title).orElse(english);
    }

    /** No translations at all: every text in English. */
    TranslatedContent NONE = (moduleId, locale) -> Optional.empty();
}
