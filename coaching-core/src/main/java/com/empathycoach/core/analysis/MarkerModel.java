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
    private final double[] bias;
    /** The weights by language code, keyed by numbers: reading a reply then builds no feature strings. */
    private final Map<String, Weights> byLanguage;

    MarkerModel(List<Marker> markers, Map<String, double[]> weights, double[] bias) {
        this.markers = List.copyOf(markers);
        this.bias = bias.clone();
        this.byLanguage = Weights.of(weights);
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

    /**
     * The probability of each of {@link #markers()} for a text, in that order: the weights of its distinct
     * {@link #features(String, ReplyLanguage)} are added in the order those are listed, without building them as
     * strings.
     */
    double[] probabilities(String text, ReplyLanguage language) {
        double[] z = bias.clone();
        Weights weights = byLanguage.get(language.code());
        if (weights != null) {
            weights.addTo(z, text);
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

    /**
     * One language's weights. Words get numbers; a single word, a pair or a triple is a key made of its words'
     * numbers, and a four-letter piece is a key made of its four characters, so a reply's features are looked up
     * without building strings. A word the model never saw has no number, and no feature that contains it has a
     * weight.
     */
    private static final class Weights {

        private static final int BITS = 20;
        private static final long ONE = 1L << 62;
        private static final long TWO = 2L << 62;
        private static final long THREE = 3L << 62;

        private final Map<String, Integer> words = new HashMap<>();
        private final LongTable grams;
        private final LongTable pieces;

        private Weights(Map<String, double[]> features) {
            int grams = 0;
            int pieces = 0;
            for (String feature : features.keySet()) {
                if (isPiece(feature)) {
                    pieces++;
                } else {
                    grams++;
                    for (String word : feature.split(" ")) {
                        words.putIfAbsent(word, words.size());
                    }
                }
            }
            if (words.size() >= 1 << BITS) {
                throw new IllegalStateException("the model has more words than its keys can number");
            }
            this.grams = new LongTable(grams);
            this.pieces = new LongTable(pieces);
            features.forEach((feature, weights) -> {
                if (isPiece(feature)) {
                    this.pieces.put(piece(feature, 1), weights);
                } else {
                    String[] parts = feature.split(" ");
                    long[] ids = new long[parts.length];
                    for (int i = 0; i < parts.length; i++) {
                        ids[i] = words.get(parts[i]);
                    }
                    this.grams.put(switch (ids.length) {
                        case 1 -> ONE | ids[0];
                        case 2 -> TWO | ids[0] << BITS | ids[1];
                        case 3 -> THREE | ids[0] << 2 * BITS | ids[1] << BITS | ids[2];
                        default -> throw new IllegalStateException("a feature of more than three words: " + feature);
                    }, weights);
                }
            });
        }

        /** The model's features by language code ("en" for "en:sorry"). */
        static Map<String, Weights> of(Map<String, double[]> features) {
            Map<String, Map<String, double[]>> split = new HashMap<>();
            features.forEach((feature, weights) -> {
                int colon = feature.indexOf(':');
                split.computeIfAbsent(feature.substring(0, colon), k -> new HashMap<>())
                        .put(feature.substring(colon + 1), weights);
            });
            Map<String, Weights> result = new HashMap<>();
            split.forEach((language, own) -> result.put(language, new Weights(own)));
            return Map.copyOf(result);
        }

        private static boolean isPiece(String feature) {
            return feature.length() == CHARS + 1 && feature.charAt(0) == '#';
        }

        private static long piece(CharSequence s, int from) {
            return (long) s.charAt(from) << 48 | (long) s.charAt(from + 1) << 32 | (long) s.charAt(from + 2) << 16
                    | s.charAt(from + 3);
        }

        /** Adds to {@code z} the weights of the text's distinct features, in the order they first occur. */
        void addTo(double[] z, String text) {
            List<String> tokens = new ArrayList<>();
            Matcher m = TOKEN.matcher(text);
            while (m.find()) {
                tokens.add(m.group().toLowerCase(Locale.ROOT).replace('’', '\''));
            }
            long[] ids = new long[tokens.size()];
            for (int i = 0; i < ids.length; i++) {
                Integer id = words.get(tokens.get(i));
                ids[i] = id == null ? -1 : id;
            }
            long[] seenGrams = new long[(grams.capacity() >> 6) + 1];
            long[] seenPieces = new long[(pieces.capacity() >> 6) + 1];
            StringBuilder padded = new StringBuilder();
            for (int i = 0; i < ids.length; i++) {
                if (ids[i] >= 0) {
                    add(z, grams, seenGrams, ONE | ids[i]);
                }
                padded.setLength(0);
                padded.append('<').append(tokens.get(i)).append('>');
                for (int c = 0; c + CHARS <= padded.length(); c++) {
                    add(z, pieces, seenPieces, piece(padded, c));
                }
                if (i + 1 < ids.length && ids[i] >= 0 && ids[i + 1] >= 0) {
                    add(z, grams, seenGrams, TWO | ids[i] << BITS | ids[i + 1]);
                }
                if (i + 2 < ids.length && ids[i] >= 0 && ids[i + 1] >= 0 && ids[i + 2] >= 0) {
                    add(z, grams, seenGrams, THREE | ids[i] << 2 * BITS | ids[i + 1] << BITS | ids[i + 2]);
                }
            }
        }

        private static void add(double[] z, LongTable table, long[] seen, long key) {
            int slot = table.slot(key);
            if (slot < 0 || (seen[slot >> 6] & 1L << slot) != 0) {
                return;
            }
            seen[slot >> 6] |= 1L << slot;
            double[] w = table.values[slot];
            for (int k = 0; k < z.length; k++) {
                z[k] += w[k];
            }
        }
    }

    /** A fixed-size open-addressing table from long keys to weights; filled once, then only read. */
    private static final class LongTable {

        private final long[] keys;
        private final double[][] values;
        private final int mask;

        LongTable(int size) {
            int capacity = Integer.highestOneBit(Math.max(4, size) * 2) * 2;
            keys = new long[capacity];
            values = new double[capacity][];
            mask = capacity - 1;
        }

        int capacity() {
            return keys.length;
        }

        void put(long key, double[] value) {
            int i = hash(key);
            while (values[i] != null && keys[i] != key) {
                i = (i + 1) & mask;
            }
            keys[i] = key;
            values[i] = value;
        }

        /** The key's slot, or -1 if it has none. */
        int slot(long key) {
            for (int i = hash(key); values[i] != null; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return i;
                }
            }
            return -1;
        }

        private int hash(long key) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ h >>> 32) & mask;
        }
    }
}
