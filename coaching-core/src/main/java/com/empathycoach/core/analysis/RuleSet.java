package com.empathycoach.core.analysis;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of one language, as read by {@link RuleFileReader}: rules, vetoes, tips, and the word
 * lists the {@link CapitalsDetector} uses. Immutable.
 */
final class RuleSet {

    private final List<Rule> rules;
    private final List<Rule> vetoes;
    private final Map<Marker, String> tips;
    private final Set<String> acronyms;
    private final Set<String> emphasis;
    private final List<Unless> unless;

    /** Findings of {@code marker} are dropped when {@code rule} matches anywhere or {@code other} is found. */
    record Unless(Marker marker, Rule rule, Marker other) {
    }

    RuleSet(List<Rule> rules, List<Rule> vetoes, Map<Marker, String> tips, Set<String> acronyms,
            Set<String> emphasis, List<Unless> unless) {
        this.unless = List.copyOf(unless);
        this.rules = List.copyOf(rules);
        this.vetoes = List.copyOf(vetoes);
        this.tips = Collections.unmodifiableMap(new EnumMap<>(tips));
        this.acronyms = Set.copyOf(acronyms);
        this.emphasis = Set.copyOf(emphasis);
    }

    static RuleSet load(ReplyLanguage language) {
        return RuleFileReader.load(language);
    }

    /** Where each rule matches, by marker: the costly part of an analysis, so it is done once per reply. */
    Map<Marker, List<int[]>> match(Text text) {
        Map<Marker, List<int[]>> found = new EnumMap<>(Marker.class);
        for (Rule rule : rules) {
            rule.collectSpans(text, null, found.computeIfAbsent(rule.marker(), m -> new ArrayList<>()));
        }
        return found;
    }

    /**
     * All findings of the regex rules plus {@code candidates} found elsewhere (capitals), after vetoes;
     * overlapping findings of one marker are merged.
     */
    List<Finding> find(Text text, List<Finding> candidates) {
        return resolve(text, match(text), candidates);
    }

    /**
     * The findings of the rules' {@code matches} (from {@link #match(Text)}, left unchanged) plus {@code candidates},
     * after vetoes and {@code @unless} lines; overlapping findings of one marker are merged.
     */
    List<Finding> resolve(Text text, Map<Marker, List<int[]>> matches, List<Finding> candidates) {
        Map<Marker, List<int[]>> found = new EnumMap<>(Marker.class);
        for (Finding f : candidates) {
            found.computeIfAbsent(f.marker(), m -> new ArrayList<>()).add(new int[] {f.start(), f.end()});
        }
        matches.forEach((marker, spans) -> found.computeIfAbsent(marker, m -> new ArrayList<>()).addAll(spans));
        Map<Marker, List<int[]>> vetoed = new EnumMap<>(Marker.class);
        Map<Marker, BitSet> withFindings = new EnumMap<>(Marker.class);
        for (Rule veto : vetoes) {
            List<int[]> spans = found.getOrDefault(veto.marker(), List.of());
            if (!spans.isEmpty()) {
                BitSet sentences = withFindings.computeIfAbsent(veto.marker(), m -> sentencesOf(spans, text));
                veto.collectSpans(text, sentences, vetoed.computeIfAbsent(veto.marker(), m -> new ArrayList<>()));
            }
        }
        List<Finding> findings = new ArrayList<>();
        found.forEach((marker, spans) -> {
            List<int[]> vetoSpans = vetoed.getOrDefault(marker, List.of());
            spans.removeIf(s -> vetoSpans.stream().anyMatch(v -> s[0] < v[1] && v[0] < s[1]));
            findings.addAll(Spans.merge(marker, spans, text.original));
        });
        return withoutCancelled(findings, text);
    }

    /** Applies the {@code @unless} lines: a refusal is no dead end when the reply offers a way forward. */
    private List<Finding> withoutCancelled(List<Finding> findings, Text text) {
        List<Finding> kept = new ArrayList<>(findings);
        for (Unless u : unless) {
            if (kept.stream().noneMatch(f -> f.marker() == u.marker())) {
                continue;
            }
            boolean cancelled = u.other() != null
                    ? kept.stream().anyMatch(f -> f.marker() == u.other())
                    : matches(u.rule(), text);
            if (cancelled) {
                kept.removeIf(f -> f.marker() == u.marker());
            }
        }
        return kept;
    }

    private static boolean matches(Rule rule, Text text) {
        List<int[]> spans = new ArrayList<>();
        rule.collectSpans(text, null, spans);
        return !spans.isEmpty();
    }

    /** A veto only matters where it can overlap a finding, which is in the finding's sentence. */
    private static BitSet sentencesOf(List<int[]> spans, Text text) {
        BitSet sentences = new BitSet();
        for (int[] span : spans) {
            sentences.set(text.sentenceAt(span[0]), text.sentenceAt(Math.max(span[0], span[1] - 1)) + 1);
        }
        return sentences;
    }

    Set<String> acronyms() {
        return acronyms;
    }

    Set<String> emphasis() {
        return emphasis;
    }

    /** The tip for a marker, with {excerpt} replaced; empty if the file has no tip for it. */
    String tip(Marker marker, String excerpt) {
        String tip = tips.getOrDefault(marker, "");
        return tip.replace("{excerpt}", excerpt == null ? "" : excerpt.strip());
    }

    int ruleCount() {
        return rules.size();
    }
}
