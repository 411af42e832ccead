package com.empathycoach.core.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a rule file: a marker and a pattern. A veto rule does not produce findings; it removes
 * the findings of its marker that overlap one of its matches ("I'm not blaming you", "just now").
 * If a pattern has a group named {@code hit}, only that group is highlighted.
 * <p>
 * A chain rule ({@code A ...60 B}) has several parts: each part must match after the previous one in
 * the same clause, at most N characters later (no . ! ? ; in between). The finding runs from the start
 * of the first part to the end of the last.
 * <p>
 * For speed, a rule only looks at sentences that contain the literals it needs, and a part whose
 * matches must start with known literals is only tried where those literals occur ({@link Requirement}).
 */
final class Rule {

    private static final String HIT = "hit";

    private final Marker marker;
    private final List<Pattern> parts;
    private final int[] maxGaps;
    private final boolean veto;
    private final String source;
    private final Requirement requirement;
    private final List<List<Literal>> anchors = new ArrayList<>();
    private final boolean[] narrowed;

    Rule(Marker marker, List<Pattern> parts, int[] maxGaps, boolean veto, String source) {
        this.marker = marker;
        this.parts = List.copyOf(parts);
        this.maxGaps = maxGaps.clone();
        this.veto = veto;
        this.source = source;
        this.requirement = Requirement.of(parts.stream().map(Pattern::pattern).toList());
        this.narrowed = new boolean[parts.size()];
        for (int p = 0; p < parts.size(); p++) {
            anchors.add(Requirement.anchor(parts.get(p).pattern()));
            narrowed[p] = parts.size() == 1 && parts.get(p).pattern().contains("(?<" + HIT + ">");
        }
    }

    Marker marker() {
        return marker;
    }

    boolean veto() {
        return veto;
    }

    String source() {
        return source;
    }

    Requirement requirement() {
        return requirement;
    }

    /**
     * Adds the spans matched in {@code text} as {@code int[]{start, end}} pairs, looking only at the
     * sentences in {@code within} (null: all).
     */
    void collectSpans(Text text, BitSet within, List<int[]> spans) {
        BitSet sentences = requirement.candidates(text);
        if (sentences == null) {
            sentences = new BitSet();
            sentences.set(0, text.sentences());
        }
        if (within != null) {
            sentences.and(within);
        }
        if (sentences.isEmpty()) {
            return;
        }
        List<List<int[]>> matches = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            List<int[]> found = new ArrayList<>();
            Matcher m = parts.get(p).matcher(text.original).useTransparentBounds(true).useAnchoringBounds(false);
            if (anchors.get(p) != null) {
                collectAtAnchors(m, narrowed[p], anchors.get(p), sentences, p == 0 ? null
                        : window(matches.get(p - 1), maxGaps[p - 1], text.original.length()), text, found);
            } else {
                for (int s = sentences.nextSetBit(0); s >= 0; s = sentences.nextSetBit(s + 1)) {
                    collect(m, narrowed[p], text.start(s), text.end(s), found);
                }
            }
            if (found.isEmpty()) {
                return;
            }
            found.sort(Comparator.comparingInt(span -> span[0]));
            matches.add(found);
        }
        if (matches.size() == 1) {
            spans.addAll(matches.get(0));
        } else {
            link(matches, text, spans);
        }
    }

    /**
     * Where a later part of a chain may start: within the gap after the end of some match of the part
     * before. {@link #next} never looks further, and a part tried at its anchors has the same matches there.
     */
    private static BitSet window(List<int[]> before, int gap, int length) {
        BitSet allowed = new BitSet(length + 1);
        for (int[] span : before) {
            allowed.set(span[1], (int) Math.min((long) span[1] + gap, length) + 1);
        }
        return allowed;
    }

    private static void collectAtAnchors(Matcher m, boolean narrowed, List<Literal> anchor, BitSet sentences,
                                         BitSet allowed, Text text, List<int[]> found) {
        for (Literal literal : anchor) {
            for (int at : text.occurrences(literal)) {
                if (allowed != null && !allowed.get(at)) {
                    continue;
                }
                int sentence = text.sentenceAt(at);
                if (sentences.get(sentence)) {
                    m.region(at, text.end(sentence));
                    if (m.lookingAt()) {
                        add(m, narrowed, found);
                    }
                }
            }
        }
    }

    private static void collect(Matcher m, boolean narrowed, int from, int to, List<int[]> found) {
        m.region(from, to);
        while (m.find()) {
            add(m, narrowed, found);
        }
    }

    private static void add(Matcher m, boolean narrowed, List<int[]> found) {
        int start = m.start();
        int end = m.end();
        if (narrowed && m.start(HIT) >= 0) {
            start = m.start(HIT);
            end = m.end(HIT);
        }
        if (end > start) {
            found.add(new int[] {start, end});
        }
    }

    /**
     * Chains: each next part must start after the previous one ends, within its gap, same sentence.
     * When several starts reach the same end, the latest start wins, so the highlight stays tight.
     */
    private void link(List<List<int[]>> matches, Text text, List<int[]> spans) {
        Map<Integer, Integer> startByEnd = new TreeMap<>();
        for (int[] first : matches.get(0)) {
            int end = first[1];
            for (int p = 1; p < matches.size() && end >= 0; p++) {
                end = next(matches.get(p), end, maxGaps[p - 1], text);
            }
            if (end >= 0) {
                startByEnd.merge(end, first[0], Math::max);
            }
        }
        startByEnd.forEach((end, start) -> spans.add(new int[] {start, end}));
    }

    /** End of the first match starting within {@code gap} characters after {@code after}, or -1. */
    private static int next(List<int[]> candidates, int after, int gap, Text text) {
        for (int[] c : candidates) {
            if (c[0] >= after && c[0] - after <= gap) {
                boolean sameClause = text.sentenceAt(c[0]) == text.sentenceAt(Math.max(0, after - 1))
                        && text.original.substring(after, c[0]).indexOf(';') < 0;
                return sameClause ? c[1] : -1;
            }
        }
        return -1;
    }
}
