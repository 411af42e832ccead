package com.empathycoach.core.drill;

import com.empathycoach.core.drill.DrillItem.Kind;
import com.empathycoach.core.drill.DrillItem.Option;
import com.empathycoach.core.lesson.ContentCatalog;
import com.empathycoach.core.lesson.LessonContent;
import com.empathycoach.core.lesson.LocalizedLessons;
import com.empathycoach.core.lesson.ModuleContent;
import com.empathycoach.core.lesson.PublishedModule;
import com.empathycoach.core.lesson.Question;
import com.empathycoach.core.lesson.QuestionType;
import com.empathycoach.core.lesson.TranslatedContent;
import com.empathycoach.core.roleplay.PublishedScenario;
import com.empathycoach.core.roleplay.Scenario;
import com.empathycoach.core.roleplay.ScenarioCatalog;
import com.empathycoach.core.roleplay.TranslatedScenarios;
import com.empathycoach.core.skill.EmpathyKey;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;

/**
 * What can be drilled, read from published content: every question answered with one tap (single answer and
 * best reply) and every role-play decision (a customer message with replies to choose from). Select-all and
 * ordering questions take several taps, so they are practised in their lessons, not in the drill.
 */
@Component
class DrillCatalog {

    private final ContentCatalog modules;
    private final ScenarioCatalog scenarios;
    private final LocalizedLessons lessons;
    private final TranslatedScenarios scenarioTranslations;

    DrillCatalog(ContentCatalog modules, ScenarioCatalog scenarios, TranslatedContent translations,
                 TranslatedScenarios scenarioTranslations) {
        this.modules = modules;
        this.scenarios = scenarios;
        this.lessons = new LocalizedLessons(translations);
        this.scenarioTranslations = scenarioTranslations;
    }

    /** A drillable item's id and key, in catalogue order (modules, then role-plays). */
    public record Entry(String id, EmpathyKey key) {
    }

    public static String questionId(String moduleId, String lessonId, String questionId) {
        return "q:" + moduleId + "/" + lessonId + "/" + questionId;
    }

    public static String decisionId(String scenarioId, String nodeId) {
        return "c:" + scenarioId + "/" + nodeId;
    }

    public static boolean drillable(QuestionType type) {
        return type == QuestionType.SINGLE || type == QuestionType.BEST_REPLY;
    }

    public List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        for (PublishedModule published : modules.current()) {
            ModuleContent module = published.content();
            for (LessonContent lesson : module.lessons()) {
                lesson.questions().stream().filter(q -> drillable(q.type()))
                        .forEach(q -> entries.add(new Entry(questionId(module.id(), lesson.id(), q.id()), q.key())));
            }
        }
        for (PublishedScenario published : scenarios.current()) {
            Scenario scenario = published.scenario();
            scenario.nodes().stream().filter(n -> n.choices().size() > 1)
                    .forEach(n -> entries.add(new Entry(decisionId(scenario.id(), n.id()), n.trainedKey())));
        }
        return entries;
    }

    /** The item in the reader's language, or empty when it is no longer published. */
    public Optional<DrillItem> item(String id, Locale locale) {
        return items(List.of(id), locale).stream().findFirst();
    }

    /** Those of the items still published, in the reader's language and in the given order; the catalogue is read once. */
    public List<DrillItem> items(List<String> ids, Locale locale) {
        Map<String, PublishedModule> byModule = new HashMap<>();
        Map<String, PublishedScenario> byScenario = new HashMap<>();
        if (ids.stream().anyMatch(id -> id.startsWith("q:"))) {
            modules.current().forEach(m -> byModule.put(m.content().id(), m));
        }
        if (ids.stream().anyMatch(id -> id.startsWith("c:"))) {
            scenarios.current().forEach(p -> byScenario.put(p.scenario().id(), p));
        }
        List<DrillItem> items = new ArrayList<>();
        for (String id : ids) {
            String[] parts = id.substring(2).split("/");
            Optional<DrillItem> item = Optional.empty();
            if (id.startsWith("q:") && parts.length == 3) {
                item = Optional.ofNullable(byModule.get(parts[0])).flatMap(m -> question(m, parts[1], parts[2], locale));
            } else if (id.startsWith("c:") && parts.length == 2) {
                item = Optional.ofNullable(byScenario.get(parts[0])).flatMap(p -> decision(p, parts[1], locale));
            }
            item.ifPresent(items::add);
        }
        return items;
    }

    private Optional<DrillItem> question(PublishedModule m, String lessonId, String questionId, Locale locale) {
        String moduleId = m.content().id();
        return m.content().lesson(lessonId).flatMap(l -> l.question(questionId)).filter(q -> drillable(q.type()))
                .map(q -> {
                    Question local = lessons.question(moduleId, lessonId, q, locale);
                    String source = lessons.moduleTitle(moduleId, locale).orElse(m.content().title());
                    String context = local.customerMessage() != null && !local.customerMessage().isBlank()
                            ? local.customerMessage() : local.situation();
                    return new DrillItem(questionId(moduleId, lessonId, questionId), Kind.QUESTION, q.key(), source,
                            context == null ? "" : context, local.prompt(), local.options().stream()
                            .map(o -> new Option(o.id(), o.text(), o.correct(), o.explanation())).toList(), DrillItem.Why.NEW);
                });
    }

    private Optional<DrillItem> decision(PublishedScenario p, String nodeId, Locale locale) {
        String scenarioId = p.scenario().id();
        return p.scenario().node(nodeId).filter(n -> n.choices().size() > 1).map(english -> {
            Optional<Scenario> translated = scenarioTranslations.scenario(scenarioId, locale);
            Scenario.Node local = translated.flatMap(t -> t.node(nodeId)).orElse(english);
            String source = translated.map(Scenario::title).orElse(p.scenario().title());
            List<Option> options = english.choices().stream().map(c -> {
                Scenario.Choice shown = local.choices().stream().filter(t -> t.id().equals(c.id())).findFirst().orElse(c);
                return new Option(c.id(), shown.text(), english.strongest(c.id()), shown.feedback());
            }).toList();
            return new DrillItem(decisionId(scenarioId, nodeId), Kind.DECISION, english.trainedKey(), source,
                    local.customer(), null, options, DrillItem.Why.NEW);
        });
    }
}
