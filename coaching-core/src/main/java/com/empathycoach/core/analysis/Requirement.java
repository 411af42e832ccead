package com.empathycoach.core.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * What a regex cannot match without, read from the regex itself, so that matching can skip most of a
 * reply cheaply:
 * <ul>
 *   <li>{@link #candidates(Text)}: the sentences holding the literals that must all occur in one ({@code \bsorry\s+to\s+(?:hear|read)}
 *       needs "sorry", "to" and one of "hear", "read");</li>
 *   <li>{@link #anchor(String)}: the literals a match must start with ("sorry"), so the regex only has to
 *       be tried where one of them occurs.</li>
 * </ul>
 * Conservative: anything the reader does not understand (classes, lookarounds, optional parts) adds no
 * requirement, and a regex it cannot read at all gets none.
 */
final class Requirement {

    /** Checking more literals costs more than it saves. */
    private static final int MAX_CHECKS = 3;

    private final List<List<Literal>> allOf;

    private Requirement(List<List<Literal>> allOf) {
        this.allOf = List.copyOf(allOf);
    }

    static Requirement of(List<String> regexes) {
        List<List<String>> all = new ArrayList<>();
        for (String regex : regexes) {
            try {
                all.addAll(RegexLiterals.read(regex).allOf());
            } catch (RuntimeException e) {
                // Not understood: no requirement from this part.
            }
        }
        List<List<Literal>> selective = all.stream().filter(Requirement::selective)
                .sorted(Comparator.comparingInt((List<String> anyOf) -> RegexLiterals.minLength(anyOf)).reversed()
                        .thenComparingInt(List::size))
                .limit(MAX_CHECKS).map(Requirement::literals).toList();
        return new Requirement(selective);
    }

    /** Single letters ("i") are everywhere; single punctuation marks ("?", "@") are not. */
    private static boolean selective(List<String> anyOf) {
        return anyOf.stream().allMatch(l -> l.length() >= 2 || !Character.isLetterOrDigit(l.charAt(0)));
    }

    /** The literals every match of {@code regex} starts with, or null when unknown. */
    static List<Literal> anchor(String regex) {
        try {
            List<String> prefix = RegexLiterals.read(regex).prefix();
            return prefix == null ? null : literals(prefix);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static List<Literal> literals(List<String> texts) {
        return texts.stream().map(Literal::of).toList();
    }

    /** Sentences that may contain a match, or null when every sentence may. */
    BitSet candidates(Text text) {
        BitSet result = null;
        for (List<Literal> anyOf : allOf) {
            BitSet some = new BitSet();
            for (Literal literal : anyOf) {
                some.or(text.sentencesWith(literal));
            }
            if (result == null) {
                result = some;
            } else {
                result.and(some);
            }
            if (result.isEmpty()) {
                return result;
            }
        }
        return result;
    }
}
