package com.empathycoach.core.lesson;

import java.util.List;
import java.util.Optional;

/** One lesson: an objective, a short read, and the questions that check it. */
public record LessonContent(String id, String title, String objective, int passMark,
                            List<Card> cards, List<Question> questions) {

    public static final int DEFAULT_PASS_MARK = 80;

    public LessonContent {
        cards = List.copyOf(cards);
        questions = List.copyOf(questions);
    }

    /** Cards first, then questions: the steps a learner goes through. */
    public int stepCount() {
        return cards.size() + questions.size();
    }

    public Optional<Question> question(String questionId) {
        return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
    }
}
