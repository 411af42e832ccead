package com.empathycoach.core.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words written in capitals, and repeated exclamation marks. This is easier in code than in a regex:
 * <ul>
 *   <li>two or more capitalised words in a row, one of them 3+ letters and not a plain acronym:
 *       {@link Marker#SHOUTING} ("PLEASE DO NOT", "READ IT AGAIN");</li>
 *   <li>one capitalised word on its own, 3+ letters: SHOUTING if it is a common word of the language
 *       ({@code @emphasis} in the rule file: NOT, WILL, NADA...) or 6+ letters and not after an article
 *       ("NOTHING", "URGENT"); otherwise it is read as an unexplained acronym: {@link Marker#JARGON}
 *       ("the MSISDN", "an AVS mismatch");</li>
 *   <li>a 2-letter capitalised word after an article ("at the FC"): JARGON;</li>
 *   <li>two or more exclamation marks in a row ("!!", "!?!", "¡¡"): SHOUTING.</li>
 * </ul>
 * Plain acronyms everybody knows (ID, PIN, OK, FAQ, PDF, SMS, URL, IBAN...) are neither. Words with
 * digits ("INC-2093", "3DS") are codes; the rule files deal with them.
 */
final class CapitalsDetector {

    /** Acronyms every language shares; each rule file adds its own with {@code @acronyms}. */
    static final Set<String> PLAIN_ACRONYMS = Set.of(
            "ID", "PIN", "OK", "FAQ", "PDF", "SMS", "URL", "IBAN", "ATM", "VAT", "USB", "GPS", "TV", "PC", "IT",
            "UK", "EU", "USA", "EUR", "USD", "GBP", "AM", "PM", "SIM", "WIFI", "ASAP", "ETA", "CEO", "HDMI", "QR",
            "NFC", "APP", "DIY", "VIP", "LED", "CD", "DVD", "PS", "NB", "TBC", "FYI", "SWIFT", "BIC", "CVV");

    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "your", "our", "my", "their", "this",
            "that", "its", "el", "la", "los", "las", "un", "una", "su", "sus", "tu", "del", "al", "este", "esta");
    private static final String RUN_SEPARATORS = " \t\n\r,.!?¡¿:;\"“”()";

    private CapitalsDetector() {
    }

    /** Candidate findings; vetoes in the rule file still apply to them. */
    static List<Finding> find(String text, RuleSet rules) {
        List<int[]> shouting = new ArrayList<>();
        List<int[]> jargon = new ArrayList<>();
        List<int[]> run = new ArrayList<>();
        String previousWord = "";
        String wordBeforeRun = "";
        int n = text.length();
        for (int start = 0; start < n; start++) {
            if (!Character.isLetterOrDigit(text.charAt(start))) {
                start = exclamations(text, start, shouting);
                continue;
            }
            int end = tokenEnd(text, start);
            String token = text.substring(start, end);
            boolean capitals = isCapitals(token);
            if (!run.isEmpty() && !(capitals && onlySeparators(text, run.get(run.size() - 1)[1], start))) {
                classify(text, run, wordBeforeRun, rules, shouting, jargon);
                run.clear();
            }
            if (capitals) {
                if (run.isEmpty()) {
                    wordBeforeRun = previousWord;
                }
                run.add(new int[] {start, end});
            }
            previousWord = token.toLowerCase(Locale.ROOT);
            start = end - 1;
        }
        classify(text, run, wordBeforeRun, rules, shouting, jargon);
        List<Finding> findings = new ArrayList<>(Spans.merge(Marker.SHOUTING, shouting, text));
        findings.addAll(Spans.merge(Marker.JARGON, jargon, text));
        return findings;
    }

    /** A word: letters and digits, joined by ' ’ or - ("don't", "INC-2093"). */
    private static int tokenEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean joiner = (c == '\'' || c == '’' || c == '-') && i + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(i + 1));
            if (!Character.isLetterOrDigit(c) && !joiner) {
                break;
            }
            i++;
        }
        return i;
    }

    /** Records a run of 2+ '!' or '¡' (question marks between them allowed); returns its last index. */
    private static int exclamations(String text, int start, List<int[]> shouting) {
        int bangs = 0;
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '!' || c == '¡') {
                bangs++;
            } else if (!(bangs > 0 && (c == '?' || c == '¿'))) {
                break;
            }
            i++;
        }
        if (bangs >= 2) {
            shouting.add(new int[] {start, i});
        }
        return Math.max(start, i - 1);
    }

    private static void classify(String text, List<int[]> run, String before, RuleSet rules,
                                 List<int[]> shouting, List<int[]> jargon) {
        if (run.isEmpty()) {
            return;
        }
        int[] span = {run.get(0)[0], run.get(run.size() - 1)[1]};
        if (run.size() > 1) {
            boolean loud = run.stream().map(t -> text.substring(t[0], t[1]))
                    .anyMatch(w -> letters(w) >= 3 && !isPlain(w, rules));
            if (loud) {
                shouting.add(span);
            }
            return;
        }
        String word = text.substring(span[0], span[1]);
        int letters = letters(word);
        boolean afterArticle = ARTICLES.contains(before);
        if (isPlain(word, rules) || letters < 2) {
            return;
        }
        if (letters == 2) {
            if (afterArticle) {
                jargon.add(span);
            }
        } else if (rules.emphasis().contains(word) || (letters >= 6 && !afterArticle)) {
            shouting.add(span);
        } else {
            jargon.add(span);
        }
    }

    private static boolean isPlain(String word, RuleSet rules) {
        return PLAIN_ACRONYMS.contains(word) || rules.acronyms().contains(word);
    }

    /** Has letters, all upper case, and no digits. */
    private static boolean isCapitals(String word) {
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isDigit(c) || Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isLetter(c);
        }
        return letter;
    }

    private static int letters(String word) {
        return (int) word.chars().filter(Character::isLetter).count();
    }

    /** Only spaces and sentence punctuation between two capitalised words keep them in one run. */
    private static boolean onlySeparators(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (RUN_SEPARATORS.indexOf(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }
}
