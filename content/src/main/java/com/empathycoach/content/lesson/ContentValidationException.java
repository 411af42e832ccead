package com.empathycoach.content.lesson;

import java.util.List;
import java.util.stream.Collectors;

/** Content that breaks the schema. Lists every problem found, not just the first. */
public class ContentValidationException extends RuntimeException {

    private final List<ContentProblem> problems;

    public ContentValidationException(List<ContentProblem> problems) {
        super("Invalid lesson content:\n  " + problems.stream().map(ContentProblem::toString)
                .collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<ContentProblem> problems() {
        return problems;
    }
}
