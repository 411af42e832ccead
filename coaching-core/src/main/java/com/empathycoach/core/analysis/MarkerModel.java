package com.empathycoach.core.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the rules cannot list: a logistic regression per marker of {@link #READS} over the words of a reply (single
 * words, pairs and triples, and four-letter pieces of words, per language), learnt from the labelled development
 * set by {@code MarkerModelTraining} and shipped as {@code /analyzer/model.tsv}. Irony carried by the situation
 * ("plenty of time to enjoy our lovely terminal") and blame said through content have no stock phrase for a rule
 * to match, but their words still lean one way, and a model that has read a few thousand labelled replies weighs
 * them.
 *
 * <p>It only adds: a negative marker the rules did not find is added when the model gives both the whole reply and
 * one of its sentences a probability above {@link #THRESHOLD}. The finding is that sentence (the one the model
 * leans on most), so a coach or agent sees what was read as, say, sarcasm, and a long kind reply cannot add up to a
 * negative marker that none of its sentences shows; the rule file's vetoes and {@code @unless} lines still apply.
 */
final class MarkerModel {

    /**
     * The markers it reads: how a reply treats the customer. Jargon and shouting are about particular words and
     * capitals, which the rules and {@link CapitalsDetector} point at exactly and a model of lower-cased words
     * cannot; positive markers stay with the rules, so the model can make a reply weaker but never stronger.
     */
    static final List<Marker> READS = List.of(Marker.BLAME_OR_JUDGEMENT, Marker.MINIMISING, Marker.HOLLOW_APOLOGY,
            Marker.SARCASM, Marker.REFUSAL_WITHOUT_ALTERNATIVE, Marker.CLOSING_WITHOUT_HELP);

    /** Above this probability a marker is reported. Fixed before the model was measured, not tuned on a test set. */
    static final double THRESHOLD = 0.5;

    static final String RESOURCE = "/analyzer/model.tsv";
    private static final Set<Marker> CARE = EnumSet.of(Marker.ACKNOWLEDGES_FEELING, Marker.APOLOGY_OR_OWNERSHIP);
    /** Length of the pieces of words it also reads, so that "olvidó" and "olvidaste" share "olvi". */
    static final int CHARS = 4;
    static final String BIAS = "__bias__";

    private static final Pattern TOKEN = Pattern.compile("[\\w'’]+|[?!¿¡]", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]+[\"”»)]*\\s+|\\n+");

    private final List<Marker> markers;
    private final Map<String, double[]> weights;
    private final double[] bias;

    MarkerModel(List<Marker> markers, Map<String, double[]> weights, double[] bias) {
        this.markers = List.copyOf(markers);
        this.weights = Map.copyOf(weights);
        this.bias = bias.clone();
    }

    /** The shipped model. */
    static MarkerModel load() {
        try (InputStream in = MarkerModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the model file: comment lines, a header naming the markers, the bias line, then one line per feature. */
    static MarkerModel parse(List<String> lines) {
        List<Marker> markers = null;
        Map<String, double[]> weights = new HashMap<>();
        double[] bias = null;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (markers == null) {
                markers = new ArrayList<>();
                for (int i = 1; i < columns.length; i++) {
                    markers.add(Marker.valueOf(columns[i]));
                }
                continue;
            }
            double[] values = new double[markers.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = Double.parseDouble(columns[i + 1]);
            }
            if (columns[0].equals(BIAS)) {
                bias = values;
            } else {
                weights.put(columns[0], values);
            }
        }
        if (markers == null || bias == null) {
            throw new IllegalStateException(RESOURCE + " has no header or no bias line");
        }
        return new MarkerModel(markers, weights, bias);
    }

    List<Marker> markers() {
        return markers;
    }

    /**
     * Single words, pairs and triples of the text, lower-cased, and every four-letter piece of each word (marked
     * "#", with "<" and ">" for its start and end), each prefixed with the language's code.
     */
    static Set<String> features(String text, ReplyLanguage language) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
        }
        String prefix = language.code() + ":";
        Set<String> features = new LinkedHashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            features.add(prefix + tokens.get(i));
            String padded = "<" + tokens.get(i) + ">";
            for (int c = 0; c + CHARS <= padded.length(); c++) {
                features.add(prefix + "#" + padded.substring(c, c + CHARS));
            }
            if (i + 1 < tokens.size()) {
                features.add(prefix + tokens.get(i) + " " + tokens.get(i + 1));
            }
            if (i + 2 < tokens.size()) {
                features.add(prefix + tokens.get(i) + " " + tokens.get(i + 1) + " " + tokens.get(i + 2));
            }
        }
        return features;
    }

    /** The probability of each of {@link #markers()} for a text, in that order. */
    double[] probabilities(String text, ReplyLanguage language) {
        double[] z = bias.clone();
        for (String feature : features(text, language)) {
            double[] w = weights.get(feature);
            if (w != null) {
                for (int i = 0; i < z.length; i++) {
                    z[i] += w[i];
                }
            }
        }
        for (int i = 0; i < z.length; i++) {
            z[i] = 1 / (1 + Math.exp(-z[i]));
        }
        return z;
    }

    /**
     * A finding for each marker the model reads in the reply that the rules' {@code found} does not hold: the
     * sentence it leans on most for that marker, if that sentence alone reads so too. A sentence in which the rules
     * found care (an acknowledged feeling, an apology or ownership) is not read as a negative: the kind opening of
     * a firm reply is not where its blame is.
     */
    List<Finding> find(String reply, ReplyLanguage language, List<Finding> found) {
        double[] whole = probabilities(reply, language);
        Set<Marker> markersFound = EnumSet.noneOf(Marker.class);
        found.forEach(f -> markersFound.add(f.marker()));
        List<Finding> findings = new ArrayList<>();
        List<int[]> sentences = null;
        List<double[]> sentenceProbabilities = null;
        for (int i = 0; i < markers.size(); i++) {
            if (whole[i] <= THRESHOLD || markersFound.contains(markers.get(i))) {
                continue;
            }
            if (sentences == null) {
                // Read once, for every marker that needs them.
                sentences = sentences(reply).stream().filter(s -> !caring(s, found)).toList();
                sentenceProbabilities = sentences.stream()
                        .map(s -> probabilities(reply.substring(s[0], s[1]), language)).toList();
            }
            int[] best = null;
            double bestP = THRESHOLD;
            for (int s = 0; s < sentences.size(); s++) {
                double p = sentenceProbabilities.get(s)[i];
                if (p > bestP) {
                    bestP = p;
                    best = sentences.get(s);
                }
            }
            if (best != null) {
                findings.add(new Finding(markers.get(i), best[0], best[1], reply.substring(best[0], best[1])));
            }
        }
        return findings;
    }

    private static boolean caring(int[] sentence, List<Finding> found) {
        return found.stream().anyMatch(f -> CARE.contains(f.marker())
                && f.start() < sentence[1] && sentence[0] < f.end());
    }

    /** Sentence spans, trimmed of surrounding spaces. */
    static List<int[]> sentences(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            int end = m.end();
            addTrimmed(text, start, end, spans);
            start = end;
        }
        addTrimmed(text, start, text.length(), spans);
        if (spans.isEmpty()) {
            spans.add(new int[] {0, text.length()});
        }
        return spans;
    }

    private static void addTrimmed(String text, int start, int end, List<int[]> spans) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            spans.add(new int[] {start, end});
        }
    }
}
