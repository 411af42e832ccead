package com.empathycoach.core.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a rule file, {@code /analyzer/rules-<code>.txt}. The format is described at the top of each
 * rule file and in docs/ANALYZER.md:
 * <pre>
 *   # comment
 *   &#64;define NAME regex            a macro, used in later regexes as {NAME}
 *   &#64;acronyms ABC DEF             plain acronyms: neither shouting nor jargon
 *   &#64;emphasis NOT NEVER           common words that shout when written in capitals on their own
 *   &#64;tip MARKER text              the suggestion for that marker ({excerpt} = the phrase found)
 *   MARKER regex   ## comment     a rule
 *   !MARKER regex  ## comment     a veto
 *   MARKER a ...40 b              a chain: b within 40 characters after a, same clause (default 80)
 *   &#64;unless MARKER regex          drop every finding of MARKER when regex matches anywhere in the reply
 *   &#64;unless MARKER ^OTHER         drop every finding of MARKER when marker OTHER is found in the reply
 * </pre>
 * Regexes are case-insensitive and Unicode-aware; {@code (?-i)} switches case sensitivity back on.
 * Mistakes fail loudly with the file and line number.
 */
final class RuleFileReader {

    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern MACRO_USE = Pattern.compile("\\{([A-Z][A-Z0-9_]*)}");
    private static final Pattern CHAIN = Pattern.compile("\\s\\.\\.\\.(\\d*)\\s");
    private static final int DEFAULT_GAP = 80;

    private RuleFileReader() {
    }

    static RuleSet load(ReplyLanguage language) {
        String resource = "/analyzer/rules-" + language.code() + ".txt";
        try (InputStream in = RuleFileReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing rule file " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(resource, reader.lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 over the rule files of every language, in their order, as 8 hex digits. */
    static String fingerprint() {
        try {
            java.security.MessageDigest digest = java.security.MessageDigest.getInstance("SHA-256");
            for (ReplyLanguage language : ReplyLanguage.values()) {
                try (InputStream in = RuleFileReader.class.getResourceAsStream("/analyzer/rules-" + language.code() + ".txt")) {
                    digest.update(in.readAllBytes());
                }
            }
            try (InputStream in = RuleFileReader.class.getResourceAsStream(MarkerModel.RESOURCE)) {
                digest.update(in.readAllBytes());
            }
            return java.util.HexFormat.of().formatHex(digest.digest()).substring(0, 8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static RuleSet parse(String name, List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        List<Rule> vetoes = new ArrayList<>();
        Map<Marker, String> tips = new EnumMap<>(Marker.class);
        Set<String> acronyms = new HashSet<>();
        Set<String> emphasis = new HashSet<>();
        Map<String, String> macros = new HashMap<>();
        List<RuleSet.Unless> unless = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String where = name + ":" + (i + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] head = line.split("\\s+", 2);
            String rest = head.length > 1 ? head[1].strip() : "";
            switch (head[0]) {
                case "@define" -> {
                    String[] def = rest.split("\\s+", 2);
                    macros.put(def[0], "(?:" + expand(withoutComment(def[1]), macros, where) + ")");
                }
                case "@acronyms" -> acronyms.addAll(List.of(rest.toUpperCase(Locale.ROOT).split("\\s+")));
                case "@emphasis" -> emphasis.addAll(List.of(rest.toUpperCase(Locale.ROOT).split("\\s+")));
                case "@unless" -> unless.add(unless(rest, macros, where));
                case "@tip" -> {
                    String[] tip = rest.split("\\s+", 2);
                    tips.put(marker(tip[0], where), tip[1].strip());
                }
                default -> {
                    boolean veto = head[0].startsWith("!");
                    Marker marker = marker(veto ? head[0].substring(1) : head[0], where);
                    String regex = expand(withoutComment(rest), macros, where);
                    (veto ? vetoes : rules).add(rule(marker, regex, veto, where));
                }
            }
        }
        return new RuleSet(rules, vetoes, tips, acronyms, emphasis, unless);
    }

    private static RuleSet.Unless unless(String rest, Map<String, String> macros, String where) {
        String[] parts = rest.split("\\s+", 2);
        Marker marker = marker(parts[0], where);
        String condition = withoutComment(parts[1]);
        if (condition.matches("\\^[A-Z_]+")) {
            return new RuleSet.Unless(marker, null, marker(condition.substring(1), where));
        }
        return new RuleSet.Unless(marker, rule(marker, expand(condition, macros, where), true, where), null);
    }

    private static Rule rule(Marker marker, String regex, boolean veto, String where) {
        List<String> parts = new ArrayList<>();
        List<Integer> gaps = new ArrayList<>();
        Matcher chain = CHAIN.matcher(regex);
        int from = 0;
        while (chain.find()) {
            parts.add(regex.substring(from, chain.start()).strip());
            gaps.add(chain.group(1).isEmpty() ? DEFAULT_GAP : Integer.parseInt(chain.group(1)));
            from = chain.end();
        }
        parts.add(regex.substring(from).strip());
        List<Pattern> patterns = parts.stream().map(p -> compile(p, where)).toList();
        int[] maxGaps = gaps.stream().mapToInt(Integer::intValue).toArray();
        return new Rule(marker, patterns, maxGaps, veto, where);
    }

    private static String withoutComment(String text) {
        int comment = text.indexOf(" ## ");
        return (comment >= 0 ? text.substring(0, comment) : text).strip();
    }

    private static String expand(String regex, Map<String, String> macros, String where) {
        Matcher m = MACRO_USE.matcher(regex);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String body = macros.get(m.group(1));
            if (body == null) {
                throw new IllegalStateException(where + ": unknown macro {" + m.group(1) + "}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(body));
        }
        return m.appendTail(out).toString();
    }

    private static Pattern compile(String regex, String where) {
        try {
            return Pattern.compile(regex, FLAGS);
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(where + ": bad regex: " + e.getMessage(), e);
        }
    }

    private static Marker marker(String name, String where) {
        try {
            return Marker.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(where + ": unknown marker " + name, e);
        }
    }
}
