package com.empathycoach.core.analysis;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Locale;
import java.util.Set;

/**
 * A reply prepared for matching: the original, a case-folded copy of the same length, and its
 * sentences. A sentence ends after a run of . ! ? or … followed by white space, or at a line break, but
 * not after a title or abbreviation ("Sr.", "Mrs.", "approx.") or an initial ("J."); it starts right
 * after the previous one, so lookbehinds still see the previous full stop. One instance per analysis;
 * not shared between threads.
 */
final class Text {

    final String original;
    final String folded;
    private final int[] starts;
    private final int[] ends;
    private final int[] sentenceAt;
    /* What was found per literal, by the literal's number: worked out once per reply, on first use. */
    private BitSet[] literalCache = new BitSet[Literal.count()];
    private int[][] occurrenceCache = new int[Literal.count()][];
    /** Which pairs of adjacent characters occur (hashed), to reject absent literals without a scan. */
    private final BitSet pairs = new BitSet(PAIR_BITS);
    private static final int PAIR_BITS = 1 << 12;
    private static final int[] NONE = new int[0];
    private static final BitSet NO_SENTENCES = new BitSet(0);
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "mx", "dr", "prof", "st",
            "approx", "e.g", "i.e", "vs", "ref", "tel", "sr", "sra", "srta", "dra", "dña", "d", "av", "avda",
            "núm", "nº", "pág", "aprox", "p.ej", "ud", "uds");

    Text(String original) {
        this.original = original;
        this.folded = fold(original);
        for (int i = 1; i < folded.length(); i++) {
            pairs.set(pair(folded.charAt(i - 1), folded.charAt(i)));
        }
        int[][] bounds = sentenceBounds(original);
        this.starts = bounds[0];
        this.ends = bounds[1];
        int n = original.length();
        this.sentenceAt = new int[n + 1];
        for (int k = 0; k < starts.length; k++) {
            Arrays.fill(sentenceAt, starts[k], ends[k], k);
        }
        sentenceAt[n] = starts.length - 1;
    }

    /**
     * Where each sentence starts and ends: a line break ends one, and so does a run of stops followed by white space
     * or the end, unless it is the full stop of a known abbreviation. There is always at least one sentence.
     */
    private static int[][] sentenceBounds(String original) {
        int n = original.length();
        int[] s = new int[n + 1];
        int[] e = new int[n + 1];
        int count = 0;
        int start = 0;
        for (int i = 0; i < n; i++) {
            char c = original.charAt(i);
            int end = -1;
            if (c == '\n') {
                end = i + 1;
            } else if (isStop(c)) {
                int j = i;
                while (j < n && isStop(original.charAt(j))) {
                    j++;
                }
                boolean abbreviation = c == '.' && j == i + 1 && isAbbreviation(original, i);
                if ((j == n || Character.isWhitespace(original.charAt(j))) && !abbreviation) {
                    end = j;
                }
                i = j - 1;
            }
            if (end > start) {
                s[count] = start;
                e[count++] = end;
                start = end;
            }
        }
        if (start < n || count == 0) {
            s[count] = start;
            e[count++] = n;
        }
        return new int[][] {Arrays.copyOf(s, count), Arrays.copyOf(e, count)};
    }

    int sentences() {
        return starts.length;
    }

    int start(int sentence) {
        return starts[sentence];
    }

    int end(int sentence) {
        return ends[sentence];
    }

    /** The sentences whose folded text contains {@code literal} (already folded). Read it; never change it. */
    BitSet sentencesWith(Literal literal) {
        if (literal.id() >= literalCache.length) {
            literalCache = Arrays.copyOf(literalCache, Literal.count());
        }
        BitSet found = literalCache[literal.id()];
        if (found == null) {
            found = sentencesOf(literal.text());
            literalCache[literal.id()] = found;
        }
        return found;
    }

    /** Most literals are absent from a reply: they all share one empty set, which callers only read. */
    private BitSet sentencesOf(String lit) {
        int i = mayContain(lit) ? folded.indexOf(lit) : -1;
        if (i < 0) {
            return NO_SENTENCES;
        }
        BitSet found = new BitSet(starts.length);
        while (i >= 0) {
            int sentence = sentenceAt[i];
            found.set(sentence);
            i = folded.indexOf(lit, Math.max(i + 1, ends[sentence]));
        }
        return found;
    }

    int sentenceAt(int position) {
        return sentenceAt[position];
    }

    /** Every position where the folded text contains {@code literal} (already folded). */
    int[] occurrences(Literal literal) {
        if (literal.id() >= occurrenceCache.length) {
            occurrenceCache = Arrays.copyOf(occurrenceCache, Literal.count());
        }
        int[] found = occurrenceCache[literal.id()];
        if (found == null) {
            found = positions(literal.text());
            occurrenceCache[literal.id()] = found;
        }
        return found;
    }

    private int[] positions(String lit) {
        if (!mayContain(lit)) {
            return NONE;
        }
        int[] found = new int[8];
        int count = 0;
        for (int i = folded.indexOf(lit); i >= 0; i = folded.indexOf(lit, i + 1)) {
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = i;
        }
        return Arrays.copyOf(found, count);
    }

    private boolean mayContain(String literal) {
        for (int i = 1; i < literal.length(); i++) {
            if (!pairs.get(pair(literal.charAt(i - 1), literal.charAt(i)))) {
                return false;
            }
        }
        return true;
    }

    private static int pair(char a, char b) {
        return (a * 31 + b) & (PAIR_BITS - 1);
    }

    /** Case folding that keeps the length, so offsets stay valid. */
    static String fold(String s) {
        char[] chars = s.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = fold(chars[i]);
        }
        return new String(chars);
    }

    static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** True if the word before the full stop at {@code dot} is a title, abbreviation or initial. */
    private static boolean isAbbreviation(String text, int dot) {
        int start = dot;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        String word = text.substring(start, dot).toLowerCase(Locale.ROOT);
        return word.length() == 1 && Character.isUpperCase(text.charAt(start)) || ABBREVIATIONS.contains(word);
    }

    private static boolean isStop(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }
}
