package com.empathycoach.core.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * What a regex cannot match without, read from the regex itself, so that matching can skip most of a
 * reply cheaply:
 * <ul>
 *   <li>{@link #allOf()}: literals that must all occur in the sentence ({@code \bsorry\s+to\s+(?:hear|read)}
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

    private final List<List<String>> allOf;

    private Requirement(List<List<String>> allOf) {
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
        List<List<String>> selective = all.stream().filter(Requirement::selective)
                .sorted(Comparator.comparingInt((List<String> anyOf) -> RegexLiterals.minLength(anyOf)).reversed()
                        .thenComparingInt(List::size))
                .limit(MAX_CHECKS).toList();
        return new Requirement(selective);
    }

    /** Single letters ("i") are everywhere; single punctuation marks ("?", "@") are not. */
    private static boolean selective(List<String> anyOf) {
        return anyOf.stream().allMatch(l -> l.length() >= 2 || !Character.isLetterOrDigit(l.charAt(0)));
    }

    /** The literals every match of {@code regex} starts with, or null when unknown. */
    static List<String> anchor(String regex) {
        try {
            return RegexLiterals.read(regex).prefix();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Sentences that may contain a match, or null when every sentence may. */
    BitSet candidates(Text text) {
        BitSet result = null;
        for (List<String> anyOf : allOf) {
            BitSet some = new BitSet();
            for (String literal : anyOf) {
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

    List<List<String>> allOf() {
        return allOf;
    }
}
