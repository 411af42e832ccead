package com.empathycoach.core.interaction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes personal data from a transcript before it is stored or logged: payment card numbers (13 to 19 digits that
 * pass the Luhn check, with or without spaces or dashes), e-mail addresses and phone numbers (international with
 * {@code +} or {@code 00}, and the local formats of English- and Spanish-speaking countries), each replaced by a
 * visible tag. Deliberately conservative about numbers: a run of digits that is part of a longer number, follows a
 * letter, {@code #}, {@code /}, {@code .} or {@code -}, or looks like a date or a year-prefixed reference is left
 * alone. Limits are listed in docs/QA.md.
 */
public final class Redactor {

    public static final String CARD = "[CARD]";
    public static final String EMAIL = "[EMAIL]";
    public static final String PHONE = "[PHONE]";

    private static final Pattern EMAIL_ADDRESS = Pattern.compile(
            "(?<![\\w.+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9_%+-])?@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,}(?![A-Za-z0-9-])");
    /** Not inside a longer token or number: no letter, digit, #, /, . or - just before, no digit group just after. */
    private static final String START = "(?<![\\w#/.+*-])(?<!\\d[ -])(?<![A-Z]{4} )";
    private static final String END = "(?![\\w/]|[ .-]\\d)";
    private static final Pattern CARD_NUMBER = Pattern.compile(START + "\\d(?:[ -]?\\d){12,18}" + END);
    private static final Pattern PHONE_NUMBER = Pattern.compile(START
            + "(?:(?:\\+|00)\\d{1,3}[ .-]?)?(?:\\(\\d{1,4}\\)[ .-]?)?\\d{1,5}(?:[ .-]?\\(?\\d{1,5}\\)?){0,6}" + END);
    private static final Pattern YEAR_FIRST = Pattern.compile("^(?:19|20)\\d{2}[-/.]");
    private static final Pattern IBAN_BEFORE = Pattern.compile("[A-Z]{2}\\d{2}\\s?$");

    private Redactor() {
    }

    /** The text with every card number, e-mail address and phone number replaced by its tag. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String result = replace(text, EMAIL_ADDRESS, (t, m) -> EMAIL);
        result = replace(result, CARD_NUMBER, (t, m) -> luhn(digits(m)) && !ibanBefore(t, m) ? CARD : null);
        return replace(result, PHONE_NUMBER, (t, m) -> phone(t, m) ? PHONE : null);
    }

    /** The tag for a match in {@code text}, or null to leave it as it is. */
    private interface Tagger {
        String tag(String text, Matcher match);
    }

    private static String replace(String text, Pattern pattern, Tagger tagger) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String tag = tagger.tag(text, m);
            if (tag != null) {
                out.append(text, last, m.start()).append(tag);
                last = m.end();
            }
        }
        return last == 0 ? text : out.append(text, last, text.length()).toString();
    }

    private static boolean phone(String text, Matcher m) {
        String span = m.group();
        int digits = digits(m).length();
        boolean international = span.startsWith("+") || span.startsWith("00");
        if (YEAR_FIRST.matcher(span).find() || ibanBefore(text, m) || span.matches(".*\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}.*")) {
            return false;
        }
        return international ? digits >= 8 && digits <= 15 : digits >= 9 && digits <= 11;
    }

    /** Digits right after an IBAN's country and check digits ("ES91 2100 ...") belong to the IBAN. */
    private static boolean ibanBefore(String text, Matcher m) {
        return IBAN_BEFORE.matcher(text.substring(Math.max(0, m.start() - 6), m.start())).find();
    }

    private static String digits(Matcher m) {
        return m.group().replaceAll("\\D", "");
    }

    /** The Luhn check every payment card number passes. */
    static boolean luhn(String digits) {
        if (digits.length() < 13 || digits.length() > 19) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
