package com.empathycoach.core.authoring;

import java.util.List;

/** A module that cannot be published or imported as it is: every problem, in plain words. */
public class InvalidModuleException extends RuntimeException {

    private final transient List<ModuleValidator.Problem> problems;

    public InvalidModuleException(List<ModuleValidator.Problem> problems) {
        super(problems.size() + " problem(s): " + problems.stream().map(p -> p.where() + ": " + p.message()).toList());
        this.problems = List.copyOf(problems);
    }

    public List<ModuleValidator.Problem> problems() {
        return problems;
    }
}
