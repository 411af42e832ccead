package com.empathycoach.web.shared;

import java.util.Arrays;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Content ties its advice to the empathy keys by their codes in parentheses ("...restating her need (HELP,
 * DISCOVER)"). People read the keys by the names the score bars show, in their own language: "(Show you want to help,
 * Discover the real need)", "(Demuestra que quieres ayudar, Descubre la necesidad real)".
 */
public final class KeyNames {

    private static final String CODE = "DISCOVER|KNOWLEDGE|HELP|CHANNEL";
    private static final Pattern CODES = Pattern.compile("\\(((?:" + CODE + ")(?:,\\s*(?:" + CODE + "))*)\\)");

    private KeyNames() {
    }

    /** {@code text} with every parenthesised list of key codes replaced by the keys' names ({@code key.CODE}). */
    public static String inText(String text, Function<String, String> translate) {
        if (text == null) {
            return null;
        }
        Matcher codes = CODES.matcher(text);
        StringBuilder named = new StringBuilder();
        while (codes.find()) {
            String names = Arrays.stream(codes.group(1).split(",\\s*"))
                    .map(code -> translate.apply("key." + code)).collect(Collectors.joining(", "));
            codes.appendReplacement(named, Matcher.quoteReplacement("(" + names + ")"));
        }
        codes.appendTail(named);
        return named.toString();
    }
}
