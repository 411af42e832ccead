package com.empathycoach.content.authoring;

import com.empathycoach.content.lesson.ContentFiles;
import com.empathycoach.content.lesson.ContentProblem;
import com.empathycoach.content.lesson.ContentValidationException;
import com.empathycoach.content.lesson.ModuleParser;
import com.empathycoach.core.authoring.ModuleValidator;
import com.empathycoach.core.lesson.AnswerOption;
import com.empathycoach.core.lesson.Card;
import com.empathycoach.core.lesson.LessonContent;
import com.empathycoach.core.lesson.ModuleContent;
import com.empathycoach.core.lesson.Question;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in content loader's checks, for a module written in the browser: the same parser that refuses a bad
 * file at start-up, its problems given with a readable place ("lesson 1 › question 3 › option 2 › explanation");
 * and the Spanish checked against the English (same lessons, cards, questions and options, same answers, every
 * text written).
 */
@Component
class LoaderModuleValidator implements ModuleValidator {

    private static final Pattern INDEX = Pattern.compile("(lessons|cards|questions|options)\\[(\\d+)]");
    private static final Pattern TITLE = Pattern.compile("(?m)^title:\\s*\"?(.*?)\"?\\s*$");

    private final ModuleParser parser = new ModuleParser();

    @Override
    public List<Problem> check(String moduleId, String source) {
        return parse(moduleId, source).problems();
    }

    @Override
    public String title(String moduleId, String source) {
        Matcher m = TITLE.matcher(source == null ? "" : source);
        return m.find() && !m.group(1).isBlank() ? m.group(1) : null;
    }

    @Override
    public List<Problem> checkTranslation(String moduleId, String source, String sourceEs) {
        if (sourceEs == null || sourceEs.isBlank()) {
            return List.of(new Problem("Spanish", "missing translation: the Spanish version is empty"));
        }
        Parsed english = parse(moduleId, source);
        Parsed spanish = parse(moduleId, sourceEs);
        if (english.module() == null) {
            return List.of();
        }
        if (spanish.module() == null) {
            return spanish.problems().stream().map(p -> new Problem("Spanish › " + p.where(), p.message())).toList();
        }
        List<Problem> problems = new ArrayList<>();
        TranslationCheck.compare(english.module(), spanish.module(), problems);
        return problems;
    }

    @Override
    public Optional<ModuleContent> read(String moduleId, String source) {
        return Optional.ofNullable(parse(moduleId, source).module());
    }

    @Override
    public String bundledTranslation(String moduleId) {
        return bundledSpanish(moduleId).orElse("");
    }

    /** The Spanish file of a built-in module, or empty. */
    static Optional<String> bundledSpanish(String moduleId) {
        return ContentFiles.read("classpath*:content/modules-es/*.yaml").stream()
                .filter(f -> f.name().replaceAll("^\\d+-", "").equals(moduleId + ".yaml")).map(ContentFiles.SourceFile::source)
                .findFirst();
    }

    private record Parsed(ModuleContent module, List<Problem> problems) {
    }

    private Parsed parse(String moduleId, String source) {
        try {
            return new Parsed(parser.parse(moduleId + ".yaml", source == null ? "" : source), List.of());
        } catch (ContentValidationException e) {
            return new Parsed(null, e.problems().stream().map(LoaderModuleValidator::plain).toList());
        } catch (RuntimeException e) {
            return new Parsed(null, List.of(new Problem("the whole module", "cannot be read: " + e.getMessage())));
        }
    }

    /** "$.lessons[0].questions[2].options[1].explanation" as "lesson 1 › question 3 › option 2 › explanation". */
    static Problem plain(ContentProblem problem) {
        boolean syntax = problem.reason().startsWith("not valid YAML") || problem.reason().startsWith("must be a YAML");
        return new Problem(syntax ? ModuleValidator.SYNTAX : where(problem.path()), problem.reason());
    }

    static String where(String path) {
        if (path == null || path.equals("$")) {
            return "the whole module";
        }
        List<String> parts = new ArrayList<>();
        for (String part : path.replaceFirst("^\\$\\.?", "").split("\\.")) {
            Matcher m = INDEX.matcher(part);
            parts.add(m.matches() ? m.group(1).replaceAll("s$", "") + " " + (Integer.parseInt(m.group(2)) + 1) : part);
        }
        return String.join(" › ", parts);
    }

    /** Compares a Spanish module with its English one, item by item. */
    static final class TranslationCheck {

        private TranslationCheck() {
        }

        static void compare(ModuleContent en, ModuleContent es, List<Problem> problems) {
            for (int l = 0; l < en.lessons().size(); l++) {
                LessonContent lesson = en.lessons().get(l);
                String where = "lesson " + (l + 1);
                Optional<LessonContent> other = es.lesson(lesson.id());
                if (other.isEmpty()) {
                    problems.add(new Problem(where, "missing translation: lesson '" + lesson.id() + "' is not in the Spanish"));
                    continue;
                }
                for (Card card : lesson.cards()) {
                    if (other.get().cards().stream().noneMatch(c -> c.id().equals(card.id()))) {
                        problems.add(new Problem(where, "missing translation: card '" + card.id() + "'"));
                    }
                }
                for (Question q : lesson.questions()) {
                    questions(where, q, other.get().question(q.id()), problems);
                }
            }
            es.lessons().stream().filter(l -> en.lesson(l.id()).isEmpty()).forEach(l -> problems.add(new Problem(
                    "Spanish", "lesson '" + l.id() + "' is not in the English")));
        }

        private static void questions(String where, Question q, Optional<Question> other, List<Problem> problems) {
            if (other.isEmpty()) {
                problems.add(new Problem(where, "missing translation: question '" + q.id() + "'"));
                return;
            }
            for (AnswerOption o : q.options()) {
                Optional<AnswerOption> t = other.get().option(o.id());
                if (t.isEmpty()) {
                    problems.add(new Problem(where + " › question '" + q.id() + "'", "missing translation: option '"
                            + o.id() + "'"));
                } else if (t.get().correct() != o.correct() || t.get().rank() != o.rank()) {
                    problems.add(new Problem(where + " › question '" + q.id() + "' › option '" + o.id() + "'",
                            "the Spanish gives a different answer than the English"));
                }
            }
        }
    }
}
