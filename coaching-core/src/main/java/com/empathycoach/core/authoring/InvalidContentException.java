package com.empathycoach.core.authoring;

import java.util.List;

/** A module or role-play that cannot be published or imported as it is: every problem, in plain words. */
public class InvalidContentException extends RuntimeException {

    private final transient List<ContentValidator.Problem> problems;

    public InvalidContentException(List<ContentValidator.Problem> problems) {
        super(problems.size() + " problem(s): " + problems.stream().map(p -> p.where() + ": " + p.message()).toList());
        this.problems = List.copyOf(problems);
    }

    public List<ContentValidator.Problem> problems() {
        return problems;
    }
}
