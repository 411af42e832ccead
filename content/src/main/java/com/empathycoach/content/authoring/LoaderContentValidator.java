package com.empathycoach.content.authoring;

import com.empathycoach.content.lesson.ContentFiles;
import com.empathycoach.content.lesson.ContentProblem;
import com.empathycoach.content.lesson.ContentTexts;
import com.empathycoach.content.lesson.ContentValidationException;
import com.empathycoach.content.lesson.ModuleParser;
import com.empathycoach.content.roleplay.ScenarioParser;
import com.empathycoach.core.authoring.ContentKind;
import com.empathycoach.core.authoring.ContentValidator;
import com.empathycoach.core.roleplay.Scenario;
import com.empathycoach.core.lesson.AnswerOption;
import com.empathycoach.core.lesson.Card;
import com.empathycoach.core.lesson.LessonContent;
import com.empathycoach.core.lesson.ModuleContent;
import com.empathycoach.core.lesson.Question;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in content loader's checks, for a module or role-play written in the browser: the same parsers that refuse
 * a bad file at start-up, their problems given with a readable place ("lesson 1 › question 3 › option 2 ›
 * explanation", "node 2 › choice 3 › stronger"); and the Spanish checked against the English (the same lessons, cards,
 * questions and options with the same answers, or the same nodes, choices and endings; every text written).
 */
@Component
class LoaderContentValidator implements ContentValidator {

    private static final Pattern INDEX = Pattern.compile("(lessons|cards|questions|options|nodes|choices|endings)\\[(\\d+)]");
    /** Where a problem of the Spanish file is placed; the editor shows it in the reader's words. */
    static final String SPANISH = "Spanish";
    private static final Pattern TITLE = Pattern.compile("(?m)^title:\\s*\"?(.*?)\"?\\s*$");

    private final ModuleParser parser = new ModuleParser();
    private final ScenarioParser scenarios = new ScenarioParser();

    @Override
    public List<Problem> check(ContentKind kind, String id, String source, Locale locale) {
        return kind == ContentKind.MODULE ? parse(id, source, locale).problems()
                : parseScenario(id, source, locale).problems();
    }

    @Override
    public String title(String source) {
        Matcher m = TITLE.matcher(source == null ? "" : source);
        return m.find() && !m.group(1).isBlank() ? m.group(1) : null;
    }

    @Override
    public List<Problem> checkTranslation(ContentKind kind, String id, String source, String sourceEs, Locale locale) {
        if (sourceEs == null || sourceEs.isBlank()) {
            return List.of(new Problem(SPANISH, ContentTexts.text("tr.empty", locale)));
        }
        return kind == ContentKind.MODULE ? moduleTranslation(id, source, sourceEs, locale)
                : ScenarioTranslationCheck.compare(parseScenario(id, source, locale), parseScenario(id, sourceEs, locale),
                locale);
    }

    private List<Problem> moduleTranslation(String moduleId, String source, String sourceEs, Locale locale) {
        Parsed english = parse(moduleId, source, locale);
        Parsed spanish = parse(moduleId, sourceEs, locale);
        if (english.module() == null) {
            return List.of();
        }
        if (spanish.module() == null) {
            return spanish.problems().stream().map(p -> new Problem(SPANISH + " › " + p.where(), p.message())).toList();
        }
        List<Problem> problems = new ArrayList<>();
        TranslationCheck.compare(english.module(), spanish.module(), problems, locale);
        return problems;
    }

    @Override
    public Optional<ModuleContent> module(String id, String source) {
        return Optional.ofNullable(parse(id, source, Locale.ENGLISH).module());
    }

    @Override
    public Optional<Scenario> scenario(String id, String source) {
        return Optional.ofNullable(parseScenario(id, source, Locale.ENGLISH).scenario());
    }

    @Override
    public String bundledTranslation(ContentKind kind, String id) {
        return bundledSpanish(kind == ContentKind.MODULE ? "modules-es" : "scenarios-es", id).orElse("");
    }

    /** The Spanish file of a built-in module or role-play, or empty. */
    static Optional<String> bundledSpanish(String folder, String id) {
        return ContentFiles.read("classpath*:content/" + folder + "/*.yaml").stream()
                .filter(f -> f.name().replaceAll("^\\d+-", "").equals(id + ".yaml")).map(ContentFiles.SourceFile::source)
                .findFirst();
    }

    private record Parsed(ModuleContent module, List<Problem> problems) {
    }

    record ParsedScenario(Scenario scenario, List<Problem> problems) {
    }

    private ParsedScenario parseScenario(String id, String source, Locale locale) {
        try {
            return new ParsedScenario(scenarios.parse(id + ".yaml", source == null ? "" : source), List.of());
        } catch (ContentValidationException e) {
            return new ParsedScenario(null, e.problems().stream().map(p -> plain(p, locale)).toList());
        } catch (RuntimeException e) {
            return new ParsedScenario(null, List.of(new Problem(ContentTexts.text("where.scenario", locale),
                    ContentTexts.text("unreadable", locale, String.valueOf(e.getMessage())))));
        }
    }

    private Parsed parse(String moduleId, String source, Locale locale) {
        try {
            return new Parsed(parser.parse(moduleId + ".yaml", source == null ? "" : source), List.of());
        } catch (ContentValidationException e) {
            return new Parsed(null, e.problems().stream().map(p -> plain(p, locale)).toList());
        } catch (RuntimeException e) {
            return new Parsed(null, List.of(new Problem(ContentTexts.text("where.module", locale),
                    ContentTexts.text("unreadable", locale, String.valueOf(e.getMessage())))));
        }
    }

    /** A parser's problem with a readable place, in {@code locale}: see {@link #where(String, Locale)}. */
    static Problem plain(ContentProblem problem, Locale locale) {
        boolean syntax = problem.key() != null ? problem.key().startsWith("yaml.")
                : problem.reason().startsWith("not valid YAML") || problem.reason().startsWith("must be a YAML");
        return new Problem(syntax ? ContentValidator.SYNTAX : where(problem.path(), locale), problem.reason(locale));
    }

    /**
     * "$.lessons[0].questions[2].options[1].explanation" as "lesson 1 › question 3 › option 2 › explanation" (in
     * Spanish "lección 1 › pregunta 3 › opción 2 › explanation": the field names are the file's own, as the author
     * types them).
     */
    static String where(String path, Locale locale) {
        if (path == null || path.equals("$")) {
            return ContentTexts.text("where.module", locale);
        }
        List<String> parts = new ArrayList<>();
        for (String part : path.replaceFirst("^\\$\\.?", "").split("\\.")) {
            Matcher m = INDEX.matcher(part);
            parts.add(m.matches() ? ContentTexts.text("where." + m.group(1).replaceAll("s$", ""), locale,
                    Integer.parseInt(m.group(2)) + 1) : part);
        }
        return String.join(" › ", parts);
    }

    /** Compares a Spanish module with its English one, item by item. */
    static final class TranslationCheck {

        private TranslationCheck() {
        }

        static void compare(ModuleContent en, ModuleContent es, List<Problem> problems, Locale locale) {
            for (int l = 0; l < en.lessons().size(); l++) {
                LessonContent lesson = en.lessons().get(l);
                String where = ContentTexts.text("where.lesson", locale, l + 1);
                Optional<LessonContent> other = es.lesson(lesson.id());
                if (other.isEmpty()) {
                    problems.add(new Problem(where, ContentTexts.text("tr.lesson", locale, lesson.id())));
                    continue;
                }
                for (Card card : lesson.cards()) {
                    if (other.get().cards().stream().noneMatch(c -> c.id().equals(card.id()))) {
                        problems.add(new Problem(where, ContentTexts.text("tr.card", locale, card.id())));
                    }
                }
                for (Question q : lesson.questions()) {
                    questions(where, q, other.get().question(q.id()), problems, locale);
                }
            }
            es.lessons().stream().filter(l -> en.lesson(l.id()).isEmpty()).forEach(l -> problems.add(new Problem(
                    SPANISH, ContentTexts.text("tr.extraLesson", locale, l.id()))));
        }

        private static void questions(String where, Question q, Optional<Question> other, List<Problem> problems,
                                      Locale locale) {
            if (other.isEmpty()) {
                problems.add(new Problem(where, ContentTexts.text("tr.question", locale, q.id())));
                return;
            }
            String question = where + " › " + ContentTexts.text("where.questionId", locale, q.id());
            for (AnswerOption o : q.options()) {
                Optional<AnswerOption> t = other.get().option(o.id());
                if (t.isEmpty()) {
                    problems.add(new Problem(question, ContentTexts.text("tr.option", locale, o.id())));
                } else if (t.get().correct() != o.correct() || t.get().rank() != o.rank()) {
                    problems.add(new Problem(question + " › " + ContentTexts.text("where.optionId", locale, o.id()),
                            ContentTexts.text("tr.answer", locale)));
                }
            }
        }
    }
}
