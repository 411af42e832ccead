package com.empathycoach.core.lesson;

import com.empathycoach.core.skill.EmpathyKey;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A question with its options; it knows what a right answer is. */
public record Question(String id, QuestionType type, EmpathyKey key, String situation, String prompt,
                       String customerMessage, List<AnswerOption> options) {

    public Question {
        options = List.copyOf(options);
    }

    public Optional<AnswerOption> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    /** Ids of the correct options, or for ordering questions the ids from least to most empathetic. */
    public List<String> expected() {
        if (type == QuestionType.ORDERING) {
            return options.stream().sorted(Comparator.comparingInt(AnswerOption::rank)).map(AnswerOption::id).toList();
        }
        return options.stream().filter(AnswerOption::correct).map(AnswerOption::id).toList();
    }

    /** Whether the given answer is right. Choice answers compare as sets, ordering answers as sequences. */
    public boolean isCorrect(List<String> answer) {
        if (type == QuestionType.ORDERING) {
            return expected().equals(answer);
        }
        Set<String> chosen = Set.copyOf(answer);
        return chosen.size() == answer.size() && chosen.equals(Set.copyOf(expected()));
    }

    /** Checks that an answer names only this question's options, each once, in the shape the type needs. */
    public boolean isWellFormed(List<String> answer) {
        if (answer == null || answer.isEmpty()) {
            return false;
        }
        Set<String> ids = options.stream().map(AnswerOption::id).collect(Collectors.toSet());
        if (!ids.containsAll(answer) || Set.copyOf(answer).size() != answer.size()) {
            return false;
        }
        return switch (type) {
            case SINGLE, BEST_REPLY -> answer.size() == 1;
            case MULTIPLE -> true;
            case ORDERING -> answer.size() == options.size();
        };
    }
}
