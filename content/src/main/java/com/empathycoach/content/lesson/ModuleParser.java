package com.empathycoach.content.lesson;

import com.empathycoach.core.lesson.AnswerOption;
import com.empathycoach.core.lesson.Card;
import com.empathycoach.core.lesson.Channel;
import com.empathycoach.core.lesson.LessonContent;
import com.empathycoach.core.lesson.ModuleContent;
import com.empathycoach.core.lesson.Question;
import com.empathycoach.core.lesson.QuestionType;
import com.empathycoach.core.lesson.WorkedExample;
import com.empathycoach.core.skill.EmpathyKey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one module file and checks it against the content schema (see docs/CONTENT-FORMAT.md). Throws
 * {@link ContentValidationException} listing every problem with its file, path and reason.
 */
public final class ModuleParser {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    static final int MAX_CARD_WORDS = 120;
    static final int MIN_QUESTIONS = 5;

    public ModuleContent parse(String file, String source) {
        List<ContentProblem> problems = new ArrayList<>();
        ModuleContent module = module(YamlNode.root(file, source, problems::add), file);
        if (!problems.isEmpty()) {
            throw new ContentValidationException(problems);
        }
        return module;
    }

    private ModuleContent module(YamlNode node, String file) {
        String id = id(node, "id");
        String expected = file.replaceAll("^.*/", "").replaceAll("^\\d+-", "").replaceAll("\\.ya?ml$", "");
        if (!id.isEmpty() && !id.equals(expected)) {
            node.get("id").problem("fileName", expected);
        }
        EmpathyKey key = node.enumValue("key", EmpathyKey.class, EmpathyKey.HELP);
        List<YamlNode> lessonNodes = node.list("lessons");
        if (lessonNodes.isEmpty() && node.has("lessons")) {
            node.get("lessons").problem("lessons.none");
        }
        Set<String> lessonIds = new HashSet<>();
        // The module's pass mark applies to every lesson that does not set its own.
        int modulePassMark = node.has("passMark") ? node.integer("passMark", 1, 100) : LessonContent.DEFAULT_PASS_MARK;
        List<LessonContent> lessons = lessonNodes.stream().map(l -> lesson(l, key, modulePassMark, lessonIds)).toList();
        return new ModuleContent(id, node.integer("version", 1, 10_000), node.integer("order", 0, 10_000), key,
                node.text("title"), node.text("summary"), lessons);
    }

    private LessonContent lesson(YamlNode node, EmpathyKey moduleKey, int modulePassMark, Set<String> lessonIds) {
        String id = uniqueId(node, lessonIds);
        int passMark = node.has("passMark") ? node.integer("passMark", 1, 100) : modulePassMark;
        List<YamlNode> cardNodes = node.list("cards");
        if (cardNodes.size() < 2 || cardNodes.size() > 4) {
            node.get("cards").problem("cards.count", cardNodes.size());
        }
        Set<String> cardIds = new HashSet<>();
        List<Card> cards = cardNodes.stream().map(c -> card(c, cardIds)).toList();
        if (!cardNodes.isEmpty() && cards.stream().noneMatch(c -> c.example().isPresent())) {
            node.get("cards").problem("cards.example");
        }
        List<YamlNode> questionNodes = node.list("questions");
        if (questionNodes.size() < MIN_QUESTIONS) {
            node.get("questions").problem("questions.count", MIN_QUESTIONS, questionNodes.size());
        }
        Set<String> questionIds = new HashSet<>();
        List<Question> questions = questionNodes.stream().map(q -> question(q, moduleKey, questionIds)).toList();
        return new LessonContent(id, node.text("title"), node.text("objective"), passMark, cards, questions);
    }

    private Card card(YamlNode node, Set<String> ids) {
        String id = uniqueId(node, ids);
        String body = node.text("body");
        int words = body.isBlank() ? 0 : body.trim().split("\\s+").length;
        if (words > MAX_CARD_WORDS) {
            node.get("body").problem("card.words", words, MAX_CARD_WORDS);
        }
        Optional<WorkedExample> example = Optional.empty();
        if (node.has("example")) {
            YamlNode e = node.get("example");
            example = Optional.of(new WorkedExample(e.enumValue("channel", Channel.class, Channel.PHONE),
                    e.text("customer"), e.text("weak"), e.text("strong"), e.text("why")));
        }
        return new Card(id, node.text("title"), body, example);
    }

    private Question question(YamlNode node, EmpathyKey moduleKey, Set<String> ids) {
        String id = uniqueId(node, ids);
        QuestionType type = node.enumValue("type", QuestionType.class, null);
        EmpathyKey key = node.has("key") ? node.enumValue("key", EmpathyKey.class, moduleKey) : moduleKey;
        String customerMessage = node.optionalText("customerMessage").orElse(null);
        if ((type == QuestionType.BEST_REPLY || type == QuestionType.ORDERING) && customerMessage == null) {
            node.get("customerMessage").problem("customerMessage.required", String.valueOf(type));
        }
        List<YamlNode> optionNodes = node.list("options");
        Set<String> optionIds = new HashSet<>();
        List<AnswerOption> options = optionNodes.stream().map(o -> option(o, type, optionIds)).toList();
        if (type != null) {
            checkOptions(node.get("options"), type, options);
        }
        return new Question(id, type == null ? QuestionType.SINGLE : type, key,
                node.optionalText("situation").orElse(null), node.text("prompt"), customerMessage, options);
    }

    private AnswerOption option(YamlNode node, QuestionType type, Set<String> ids) {
        String id = uniqueId(node, ids);
        boolean ordering = type == QuestionType.ORDERING;
        if (ordering && node.has("correct")) {
            node.get("correct").problem("ordering.correct");
        }
        boolean correct = !ordering && type != null && node.bool("correct");
        int rank = ordering ? node.integer("rank", 1, 10) : 0;
        return new AnswerOption(id, node.text("text"), correct, rank, node.text("explanation"));
    }

    private static void checkOptions(YamlNode node, QuestionType type, List<AnswerOption> options) {
        long correct = options.stream().filter(AnswerOption::correct).count();
        switch (type) {
            case SINGLE, BEST_REPLY -> {
                if (options.size() < 2 || options.size() > 6) {
                    node.problem("options.twoToSix", options.size());
                }
                if (correct != 1) {
                    node.problem("options.oneCorrect", String.valueOf(type), correct);
                }
            }
            case MULTIPLE -> {
                if (options.size() < 3 || options.size() > 6) {
                    node.problem("options.threeToSix", options.size());
                }
                if (correct < 1 || correct == options.size()) {
                    node.problem("multiple.mix");
                }
            }
            case ORDERING -> {
                if (options.size() < 3 || options.size() > 6) {
                    node.problem("options.threeToSix", options.size());
                }
                Set<Integer> ranks = new HashSet<>();
                options.forEach(o -> ranks.add(o.rank()));
                for (int r = 1; r <= options.size(); r++) {
                    if (!ranks.contains(r)) {
                        node.problem("ordering.ranks", options.size(), r);
                        break;
                    }
                }
            }
        }
    }

    private static String id(YamlNode node, String key) {
        String id = node.text(key);
        if (!id.isEmpty() && !ID.matcher(id).matches()) {
            node.get(key).problem("id.kebab", id);
        }
        return id;
    }

    private static String uniqueId(YamlNode node, Set<String> seen) {
        String id = id(node, "id");
        if (!id.isEmpty() && !seen.add(id)) {
            node.get("id").problem("id.duplicate", id);
        }
        return id;
    }
}
