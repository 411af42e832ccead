package com.empathycoach.core.lesson;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Pure rules of the player: the steps of an attempt (cards, then questions with options shuffled by the
 * attempt's seed, so a resumed attempt shows the same order and a retry a new one) and its score.
 */
public final class LessonSteps {

    private LessonSteps() {
    }

    public static List<LessonStep> build(LessonContent lesson, long seed, Map<String, RecordedAnswer> answers) {
        List<LessonStep> steps = new ArrayList<>(lesson.stepCount());
        lesson.cards().forEach(card -> steps.add(new LessonStep.CardStep(card)));
        for (Question question : lesson.questions()) {
            steps.add(new LessonStep.QuestionStep(shuffled(question, seed),
                    Optional.ofNullable(answers.get(question.id()))));
        }
        return steps;
    }

    static Question shuffled(Question question, long seed) {
        List<AnswerOption> options = new ArrayList<>(question.options());
        Collections.shuffle(options, new Random(seed * 31 + question.id().hashCode()));
        return new Question(question.id(), question.type(), question.key(), question.situation(), question.prompt(),
                question.customerMessage(), options);
    }

    /** Percentage of questions answered correctly, rounded down so a pass is never granted by rounding. */
    public static int score(LessonContent lesson, Map<String, RecordedAnswer> answers) {
        if (lesson.questions().isEmpty()) {
            return 100;
        }
        long correct = lesson.questions().stream()
                .map(q -> answers.get(q.id()))
                .filter(a -> a != null && a.correct())
                .count();
        return (int) (correct * 100 / lesson.questions().size());
    }

    /** The step a learner may move on from: a card, or a question that has been answered. */
    public static boolean mayLeave(LessonStep step) {
        return !(step instanceof LessonStep.QuestionStep q) || q.answered();
    }
}
