package com.empathycoach.content.lesson;

import com.empathycoach.core.lesson.ModuleContent;
import com.empathycoach.core.lesson.TranslatedContent;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Translated module texts, one folder per language ({@code content/modules-es/} for Spanish). A
 * translation has the same ids, answers and structure as its English module and only other words; the
 * player shows its texts and keeps everything else (right answers, scores, progress) from the English
 * module, so switching language never changes a result.
 */
@Component
public class ContentTranslations implements TranslatedContent {

    static final Set<String> LANGUAGES = Set.of("es");

    private final Map<String, Map<String, ModuleContent>> byLanguage = new HashMap<>();

    public ContentTranslations() {
        ModuleParser parser = new ModuleParser();
        for (String language : LANGUAGES) {
            Map<String, ModuleContent> modules = new HashMap<>();
            for (ContentFiles.SourceFile file : ContentFiles.read(pattern(language))) {
                ModuleContent module = parser.parse(language + "/" + file.name(), file.source());
                modules.put(module.id(), module);
            }
            byLanguage.put(language, Map.copyOf(modules));
        }
    }

    static String pattern(String language) {
        return "classpath*:content/modules-" + language + "/*.yaml";
    }

    @Override
    public Optional<ModuleContent> module(String moduleId, Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byLanguage.getOrDefault(locale.getLanguage(), Map.of()).get(moduleId));
    }

    public Set<String> translatedModules(String language) {
        return byLanguage.getOrDefault(language, Map.of()).keySet();
    }
}
