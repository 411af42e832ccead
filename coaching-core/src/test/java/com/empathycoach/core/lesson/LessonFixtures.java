package com.empathycoach.core.lesson;

import com.empathycoach.core.skill.EmpathyKey;

import java.util.List;
import java.util.Optional;

/** A small module built in code for the player tests. */
final class LessonFixtures {

    private LessonFixtures() {
    }

    static Question single(String id) {
        return new Question(id, QuestionType.SINGLE, EmpathyKey.HELP, null, "Pick one", null, List.of(
                new AnswerOption("a", "Right", true, 0, "Right because."),
                new AnswerOption("b", "Wrong", false, 0, "Wrong because."),
                new AnswerOption("c", "Also wrong", false, 0, "Also wrong because.")));
    }

    static Question multiple(String id) {
        return new Question(id, QuestionType.MULTIPLE, EmpathyKey.DISCOVER, null, "Pick all", null, List.of(
                new AnswerOption("a", "Yes", true, 0, "e"), new AnswerOption("b", "Yes too", true, 0, "e"),
                new AnswerOption("c", "No", false, 0, "e")));
    }

    static Question ordering(String id) {
        return new Question(id, QuestionType.ORDERING, EmpathyKey.CHANNEL, null, "Order", "Help!", List.of(
                new AnswerOption("a", "Best", false, 3, "e"), new AnswerOption("b", "Worst", false, 1, "e"),
                new AnswerOption("c", "Middle", false, 2, "e")));
    }

    static LessonContent lesson() {
        Card card = new Card("card", "Card", "Body", Optional.empty());
        return new LessonContent("lesson", "Lesson", "Do it", 80, List.of(card),
                List.of(single("q1"), multiple("q2"), ordering("q3"), single("q4"), single("q5")));
    }

    static ModuleContent module() {
        return new ModuleContent("module", 1, 1, EmpathyKey.HELP, "Module", "Summary", List.of(lesson()));
    }
}
