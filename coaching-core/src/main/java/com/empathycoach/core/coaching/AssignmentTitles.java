package com.empathycoach.core.coaching;

import com.empathycoach.core.coaching.CoachingFacade.Assignable;
import com.empathycoach.core.lesson.ContentCatalog;
import com.empathycoach.core.lesson.LessonContent;
import com.empathycoach.core.lesson.ModuleContent;
import com.empathycoach.core.lesson.PublishedModule;
import com.empathycoach.core.lesson.TranslatedContent;
import com.empathycoach.core.lesson.UnknownContentException;
import com.empathycoach.core.roleplay.PublishedScenario;
import com.empathycoach.core.roleplay.Scenario;
import com.empathycoach.core.roleplay.ScenarioCatalog;
import com.empathycoach.core.roleplay.TranslatedScenarios;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Locale;
import java.util.Optional;

/**
 * What assignable content is called. An assignment keeps its English title as written when it was made (exports
 * and the audit trail read that); people see the title of the item in their own language, falling back to the
 * stored English one where a translation is missing or the content has gone.
 */
@Component
class AssignmentTitles {

    static final String SEPARATOR = " \u203A ";

    private final ContentCatalog lessons;
    private final ScenarioCatalog scenarios;
    private final TranslatedContent translations;
    private final TranslatedScenarios scenarioTranslations;

    AssignmentTitles(ContentCatalog lessons, ScenarioCatalog scenarios, TranslatedContent translations,
                     TranslatedScenarios scenarioTranslations) {
        this.lessons = lessons;
        this.scenarios = scenarios;
        this.translations = translations;
        this.scenarioTranslations = scenarioTranslations;
    }

    /** Everything a coach can assign, titled in {@code locale}. */
    List<Assignable> assignable(Locale locale) {
        List<Assignable> items = new ArrayList<>();
        for (PublishedModule published : lessons.current()) {
            ModuleContent module = published.content();
            String moduleTitle = translations.moduleTitle(module.id(), module.title(), locale);
            items.add(new Assignable(AssignedItem.module(module.id()), moduleTitle));
            for (LessonContent lesson : module.lessons()) {
                items.add(new Assignable(AssignedItem.lesson(module.id(), lesson.id()), moduleTitle + SEPARATOR
                        + translations.lessonTitle(module.id(), lesson.id(), lesson.title(), locale)));
            }
        }
        for (PublishedScenario published : scenarios.current()) {
            items.add(new Assignable(AssignedItem.scenario(published.scenario().id()),
                    scenarioTitle(published.scenario().id(), published.scenario().title(), locale)));
        }
        return items;
    }

    /** The English title stored with a new assignment; unknown content is refused. */
    String english(AssignedItem item) {
        return inEnglish(item).orElseThrow(() -> new UnknownContentException(item.kind().name().toLowerCase(Locale.ROOT)));
    }

    /** The item's title in {@code locale}, or {@code stored} when the content is no longer published. */
    String of(AssignedItem item, String stored, Locale locale) {
        return switch (item.kind()) {
            case MODULE -> lessons.current(item.contentId())
                    .map(m -> translations.moduleTitle(m.content().id(), m.content().title(), locale)).orElse(stored);
            case LESSON -> lessons.current(item.contentId()).flatMap(m -> m.content().lesson(item.lessonId())
                    .map(l -> translations.moduleTitle(m.content().id(), m.content().title(), locale) + SEPARATOR
                            + translations.lessonTitle(m.content().id(), l.id(), l.title(), locale))).orElse(stored);
            case SCENARIO -> scenarios.current(item.contentId())
                    .map(p -> scenarioTitle(p.scenario().id(), p.scenario().title(), locale)).orElse(stored);
        };
    }

    private String scenarioTitle(String scenarioId, String english, Locale locale) {
        return scenarioTranslations.scenario(scenarioId, locale).map(Scenario::title).filter(t -> !t.isBlank())
                .orElse(english);
    }

    /** Titles in {@code locale} over the content published now, read once for a whole list. */
    Snapshot in(Locale locale) {
        Map<String, ModuleContent> modules = lessons.current().stream().map(PublishedModule::content)
                .collect(Collectors.toMap(ModuleContent::id, m -> m));
        Map<String, String> scenarioTitles = scenarios.current().stream().map(PublishedScenario::scenario)
                .collect(Collectors.toMap(Scenario::id, sc -> scenarioTitle(sc.id(), sc.title(), locale)));
        return new Snapshot(modules, scenarioTitles, locale);
    }

    /** What every published item is called in one language, for naming a list of assignments. */
    final class Snapshot {
        private final Map<String, ModuleContent> modules;
        private final Map<String, String> scenarioTitles;
        private final Locale locale;

        private Snapshot(Map<String, ModuleContent> modules, Map<String, String> scenarioTitles, Locale locale) {
            this.modules = modules;
            this.scenarioTitles = scenarioTitles;
            this.locale = locale;
        }

        String of(AssignedItem item, String stored) {
            ModuleContent m = modules.get(item.contentId());
            return switch (item.kind()) {
                case MODULE -> m == null ? stored : translations.moduleTitle(m.id(), m.title(), locale);
                case LESSON -> m == null ? stored : m.lesson(item.lessonId()).map(l -> translations.moduleTitle(m.id(),
                        m.title(), locale) + SEPARATOR + translations.lessonTitle(m.id(), l.id(), l.title(), locale))
                        .orElse(stored);
                case SCENARIO -> scenarioTitles.getOrDefault(item.contentId(), stored);
            };
        }

        /** An assignment as the reader sees it: the same record with its title in the reader's language. */
        Assignment of(Assignment a) {
            return new Assignment(a.id(), a.teamId(), a.coachId(), a.item(), of(a.item(), a.title()), a.dueOn(),
                    a.note(), a.cancelled(), a.createdAt(), a.assignees(), a.version());
        }
    }

    /** A lesson's title in {@code locale}, for progress rows; the id when the lesson is gone. */
    String lesson(String moduleId, String lessonId, Locale locale) {
        return lessons.current(moduleId).flatMap(m -> m.content().lesson(lessonId))
                .map(l -> translations.lessonTitle(moduleId, lessonId, l.title(), locale)).orElse(lessonId);
    }

    /** A module's title in {@code locale}; the id when the module is gone. */
    String module(String moduleId, Locale locale) {
        return lessons.current(moduleId).map(m -> translations.moduleTitle(moduleId, m.content().title(), locale))
                .orElse(moduleId);
    }

    private Optional<String> inEnglish(AssignedItem item) {
        return switch (item.kind()) {
            case MODULE -> lessons.current(item.contentId()).map(m -> m.content().title());
            case LESSON -> lessons.current(item.contentId()).flatMap(m -> m.content().lesson(item.lessonId())
                    .map(l -> m.content().title() + SEPARATOR + l.title()));
            case SCENARIO -> scenarios.current(item.contentId()).map(s -> s.scenario().title());
        };
    }
}
