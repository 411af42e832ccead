package com.empathycoach.content.lesson;

import com.empathycoach.core.lesson.ModuleContent;
import com.empathycoach.core.lesson.TranslatedContent;
import com.empathycoach.core.lesson.ContentStore;
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

    private final ContentStore store;
    private final Map<String, ModuleContent> published = new java.util.concurrent.ConcurrentHashMap<>();

    /** Files only, as tests and tools read them. */
    public ContentTranslations() {
        this(null);
    }

    /** Files, and the translations authors published with a module's current revision, which come first. */
    @org.springframework.beans.factory.annotation.Autowired
    public ContentTranslations(ContentStore store) {
        this.store = store;
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
        if (store != null && LANGUAGES.contains(locale.getLanguage())) {
            Optional<ModuleContent> authored = store.publishedTranslation(moduleId, locale.getLanguage())
                    .map(t -> published.computeIfAbsent(moduleId + "@" + t[0] + "/" + locale.getLanguage(),
                            key -> new ModuleParser().parse(locale.getLanguage() + "/" + moduleId + ".yaml", t[1])));
            if (authored.isPresent()) {
                return authored;
            }
        }
        return Optional.ofNullable(byLanguage.getOrDefault(locale.getLanguage(), Map.of()).get(moduleId));
    }

    public Set<String> translatedModules(String language) {
        return byLanguage.getOrDefault(language, Map.of()).keySet();
    }
}
