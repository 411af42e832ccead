package com.empathycoach.core.lesson;

import java.util.Optional;

/** One step of a lesson as the player shows it. */
public sealed interface LessonStep {

    record CardStep(Card card) implements LessonStep {
    }

    /** A question with its options in this attempt's order, and the answer if one was given. */
    record QuestionStep(Question question, Optional<RecordedAnswer> answer) implements LessonStep {
        public boolean answered() {
            return answer.isPresent();
        }
    }
}
