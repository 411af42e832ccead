package com.empathycoach.core.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A small recursive-descent reader of the regex subset the rule files use. It does not match anything;
 * it only finds the literal strings a match needs ({@link Need#allOf()}) and the literals a match must
 * start with ({@link Need#prefix()}, null when unknown). Classes, lookarounds and optional parts add
 * nothing, so the result is always a necessary condition.
 */
final class RegexLiterals {

    private static final Object ZERO_WIDTH = new Object();
    private static final Object OTHER = new Object();
    private static final Object DIGIT = new Object();
    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    /** Literals that must all occur (each as one of its alternatives), and the possible starts. */
    record Need(List<List<String>> allOf, List<String> prefix, boolean zeroWidth) {
        Need(List<List<String>> allOf, List<String> prefix) {
            this(allOf, prefix, false);
        }
    }

    /** Reads {@code regex}; throws a RuntimeException if it is not understood. */
    static Need read(String regex) {
        return new RegexLiterals(regex).readAll();
    }

    private final String re;
    private int pos;

    private RegexLiterals(String re) {
        this.re = re;
    }

    private Need readAll() {
        Need need = alternatives();
        if (pos != re.length()) {
            throw new IllegalStateException("unbalanced");
        }
        return need;
    }

    private Need alternatives() {
        List<Need> alts = new ArrayList<>();
        alts.add(sequence());
        while (pos < re.length() && re.charAt(pos) == '|') {
            pos++;
            alts.add(sequence());
        }
        if (alts.size() == 1) {
            return alts.get(0);
        }
        Set<String> union = new LinkedHashSet<>();
        Set<String> prefixes = new LinkedHashSet<>();
        boolean required = true;
        boolean zeroWidth = true;
        for (Need alt : alts) {
            zeroWidth &= alt.zeroWidth;
            List<String> best = null;
            for (List<String> anyOf : alt.allOf) {
                if (best == null || minLength(anyOf) > minLength(best)) {
                    best = anyOf;
                }
            }
            required &= best != null;
            if (best != null) {
                union.addAll(best);
            }
            if (prefixes != null && alt.prefix != null) {
                prefixes.addAll(alt.prefix);
            } else {
                prefixes = null;
            }
        }
        List<List<String>> allOf = required ? List.of(List.copyOf(union)) : List.of();
        return new Need(allOf, prefixes == null ? null : List.copyOf(prefixes), zeroWidth);
    }

    private Need sequence() {
        LiteralSequence seq = new LiteralSequence();
        boolean zeroWidth = true;
        while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
            Object atom = atom();
            int min = quantifierMin();
            zeroWidth &= atom == ZERO_WIDTH;
            if (atom == ZERO_WIDTH) {
                seq.endRun();
            } else if (atom == DIGIT && min != 0 && seq.atStart) {
                seq.endRun();
                seq.startWith(DIGITS);
            } else if (min == 0 && seq.atStart && seq.run.isEmpty()) {
                seq.optionalAtStart(atom instanceof Need group ? group.prefix
                        : atom instanceof Character c ? List.of(String.valueOf(Text.fold(c))) : null);
            } else if (atom instanceof Character c && min != 0) {
                seq.append(Text.fold(c));
                if (min == 1) {
                    seq.endRun();
                }
            } else {
                seq.endRun();
                if (atom instanceof Need group && min != 0) {
                    seq.allOf.addAll(group.allOf);
                    if (seq.atStart) {
                        seq.startWith(group.prefix);
                    }
                }
                seq.atStart = false;
                seq.unknownStart |= seq.prefix == null;
            }
        }
        seq.endRun();
        return new Need(seq.allOf, seq.unknownStart || seq.atStart ? null : seq.prefix, zeroWidth);
    }

    /** A Character (literal), a Need (group), ZERO_WIDTH or OTHER. */
    private Object atom() {
        char c = re.charAt(pos++);
        switch (c) {
            case '(' -> {
                return group();
            }
            case '[' -> {
                skipClass();
                return OTHER;
            }
            case '\\' -> {
                char d = re.charAt(pos++);
                if (d == 'p' || d == 'P') {
                    pos = re.charAt(pos) == '{' ? re.indexOf('}', pos) + 1 : pos + 1;
                    return OTHER;
                }
                if (d == 'b' || d == 'B' || d == 'A' || d == 'z' || d == 'Z' || d == 'G') {
                    return ZERO_WIDTH;
                }
                if (d == 'd') {
                    return DIGIT;
                }
                return Character.isLetterOrDigit(d) ? OTHER : (Object) d;
            }
            case '^', '$' -> {
                return ZERO_WIDTH;
            }
            case '.' -> {
                return OTHER;
            }
            default -> {
                return c;
            }
        }
    }

    private Object group() {
        boolean lookaround = false;
        if (re.startsWith("?", pos)) {
            pos++;
            if (re.startsWith("<=", pos) || re.startsWith("<!", pos)) {
                pos += 2;
                lookaround = true;
            } else if (re.charAt(pos) == '=' || re.charAt(pos) == '!') {
                pos++;
                lookaround = true;
            } else if (re.charAt(pos) == '<') {
                pos = re.indexOf('>', pos) + 1;
            } else {
                while (Character.isLetter(re.charAt(pos)) || re.charAt(pos) == '-') {
                    pos++;
                }
                if (re.charAt(pos++) == ')') {
                    return ZERO_WIDTH;
                }
            }
        }
        Need inner = alternatives();
        if (re.charAt(pos++) != ')') {
            throw new IllegalStateException("unbalanced");
        }
        return lookaround || inner.zeroWidth() ? ZERO_WIDTH : inner;
    }

    private void skipClass() {
        if (re.charAt(pos) == '^') {
            pos++;
        }
        if (re.charAt(pos) == ']') {
            pos++;
        }
        int depth = 1;
        while (depth > 0) {
            char c = re.charAt(pos++);
            if (c == '\\') {
                pos++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
        }
    }

    /** 0 if optional, 1 if quantified at least once, -1 if not quantified (a literal run may go on). */
    private int quantifierMin() {
        if (pos >= re.length()) {
            return -1;
        }
        char q = re.charAt(pos);
        int min;
        if (q == '?' || q == '*') {
            min = 0;
            pos++;
        } else if (q == '+') {
            min = 1;
            pos++;
        } else if (q == '{' && pos + 1 < re.length() && Character.isDigit(re.charAt(pos + 1))) {
            int close = re.indexOf('}', pos);
            min = Integer.parseInt(re.substring(pos + 1, close).split(",", -1)[0]) == 0 ? 0 : 1;
            pos = close + 1;
        } else {
            return -1;
        }
        if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
            pos++;
        }
        return min;
    }

    static int minLength(List<String> anyOf) {
        return anyOf.stream().mapToInt(String::length).min().orElse(0);
    }
}
