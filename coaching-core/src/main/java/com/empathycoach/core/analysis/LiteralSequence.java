package com.empathycoach.core.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * State while {@link RegexLiterals} reads one alternative of a regex: runs of literal characters become
 * requirements, and whatever the alternative must start with becomes its prefix.
 */
final class LiteralSequence {

    final List<List<String>> allOf = new ArrayList<>();
    final StringBuilder run = new StringBuilder();
    boolean atStart = true;
    boolean runIsPrefix;
    boolean unknownStart;
    List<String> prefix;
    private final List<String> optional = new ArrayList<>();

    /** An optional part at the start: a match may start with it or with what follows. */
    void optionalAtStart(List<String> literals) {
        if (literals == null) {
            unknownStart = true;
        } else {
            optional.addAll(literals);
        }
    }

    /** The first required part starts with one of {@code literals} (null: unknown). */
    void startWith(List<String> literals) {
        atStart = false;
        if (literals == null || unknownStart) {
            unknownStart = true;
            prefix = null;
            return;
        }
        List<String> all = new ArrayList<>(optional);
        all.addAll(literals);
        prefix = List.copyOf(new LinkedHashSet<>(all));
    }

    void append(char c) {
        if (atStart) {
            runIsPrefix = true;
            atStart = false;
        }
        run.append(c);
    }

    void endRun() {
        if (!run.isEmpty()) {
            allOf.add(List.of(run.toString()));
            if (runIsPrefix) {
                startWith(List.of(run.toString()));
            }
            run.setLength(0);
        }
        runIsPrefix = false;
    }
}
