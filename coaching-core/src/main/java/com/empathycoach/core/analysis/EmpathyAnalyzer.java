package com.empathycoach.core.analysis;

import com.empathycoach.core.skill.EmpathyKey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Explainable, deterministic empathy analysis of an agent's free-text reply. Every score comes from
 * findings a coach can see: regex rules from {@code /analyzer/rules-<lang>.txt} plus the
 * {@link CapitalsDetector} (shouting, unexplained acronyms). Immutable after construction and
 * therefore safe to share between threads.
 */
public final class EmpathyAnalyzer {

    private static final Comparator<Finding> BY_POSITION = Comparator.comparingInt(Finding::start)
            .thenComparingInt(Finding::end).thenComparing(Finding::marker);

    /** The version of the analysis code; {@link #version()} adds a fingerprint of the rule files and the model. */
    public static final String CODE_VERSION = "2.0";

    private final Map<ReplyLanguage, RuleSet> ruleSets = new EnumMap<>(ReplyLanguage.class);
    private final MarkerModel model;
    private final String version;

    /** The analyzer with the built-in rules, loaded once per JVM and shared: it is immutable and thread-safe. */
    public static EmpathyAnalyzer builtIn() {
        return BuiltIn.INSTANCE;
    }

    private static final class BuiltIn {
        static final EmpathyAnalyzer INSTANCE = new EmpathyAnalyzer();
    }

    /** Loads the built-in rules of every {@link ReplyLanguage} and the shipped model. */
    public EmpathyAnalyzer() {
        this(MarkerModel.load());
    }

    /**
     * The built-in rules with another model, for measuring one trained on part of the labelled set. Its version is
     * that of the shipped files, so scores it gives must not be stored.
     */
    EmpathyAnalyzer(MarkerModel model) {
        for (ReplyLanguage language : ReplyLanguage.values()) {
            ruleSets.put(language, RuleSet.load(language));
        }
        this.model = model;
        this.version = CODE_VERSION + "+" + RuleFileReader.fingerprint();
    }

    /**
     * What made the scores: the code version and the first 8 hex digits of a SHA-256 over every rule file and the
     * learnt model ({@link MarkerModel}), for
     * example "2.0+3fa91c0e". Stored with every score, so a score can be traced to the exact rules.
     */
    public String version() {
        return version;
    }

    /** Analyses a reply in the language {@link ReplyLanguage#detect(String)} picks. */
    public Analysis analyze(String reply) {
        if (reply == null || reply.isBlank()) {
            return Analysis.empty(version);
        }
        return analyze(reply, ReplyLanguage.detect(reply));
    }

    /** Analyses a reply with the rules of the given language. Blank input gives an empty analysis. */
    public Analysis analyze(String reply, ReplyLanguage language) {
        Objects.requireNonNull(language, "language");
        if (reply == null || reply.isBlank()) {
            return Analysis.empty(version);
        }
        RuleSet rules = ruleSets.get(language);
        Text text = new Text(reply);
        List<Finding> capitals = CapitalsDetector.find(reply, rules);
        Map<Marker, List<int[]>> matches = rules.match(text);
        List<Finding> findings = new ArrayList<>(rules.resolve(text, matches, capitals));
        List<Finding> learned = model.find(reply, language, findings);
        if (!learned.isEmpty()) {
            // What the model adds goes through the rule file's vetoes and @unless lines like any other finding.
            List<Finding> candidates = new ArrayList<>(capitals);
            candidates.addAll(learned);
            findings = new ArrayList<>(rules.resolve(text, matches, candidates));
        }
        findings.sort(BY_POSITION);
        Map<EmpathyKey, Integer> scores = Scoring.scores(findings);
        return new Analysis(findings, scores, Scoring.overall(scores, findings), suggestions(findings, rules), version);
    }

    /** A tip for each negative marker found (naming the phrase), then for each positive marker missing. */
    private static List<String> suggestions(List<Finding> findings, RuleSet rules) {
        List<String> tips = new ArrayList<>();
        Set<Marker> found = EnumSet.noneOf(Marker.class);
        findings.forEach(f -> found.add(f.marker()));
        for (Marker marker : Marker.values()) {
            if (!marker.positive() && found.contains(marker)) {
                Finding first = findings.stream().filter(f -> f.marker() == marker).findFirst().orElseThrow();
                addIfPresent(tips, rules.tip(marker, first.excerpt()));
            }
        }
        for (Marker marker : Marker.values()) {
            if (marker.positive() && !found.contains(marker)) {
                addIfPresent(tips, rules.tip(marker, ""));
            }
        }
        return tips;
    }

    private static void addIfPresent(List<String> tips, String tip) {
        if (!tip.isEmpty()) {
            tips.add(tip);
        }
    }
}
