package com.empathycoach.core.analysis;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The languages the analyzer has rules for. Each constant has a rule file
 * {@code /analyzer/rules-<code>.txt} on the classpath and a small set of stop words used by
 * {@link #detect(String)}.
 */
public enum ReplyLanguage {
    EN(Set.of("the", "and", "you", "your", "to", "is", "i", "i'm", "i'll", "i've", "we", "it", "it's", "that",
            "of", "for", "this", "please", "will", "have", "with", "be", "are", "our", "can", "on", "in", "at",
            "my", "was", "what", "if", "so", "sorry", "thanks", "thank", "would", "could", "not", "don't", "nothing",
            "there", "do", "does", "did", "just", "but", "from", "they", "been", "has", "had", "me", "an", "as", "all",
            "can't", "won't", "we're", "you're", "here", "now", "again", "always", "never", "sure")),
    ES(Set.of("el", "la", "los", "las", "de", "del", "que", "y", "en", "un", "una", "por", "para", "su", "sus",
            "usted", "tu", "es", "lo", "le", "se", "con", "al", "muy", "pero", "está", "gracias", "hola", "te",
            "nos", "mi", "ya", "más", "como", "hoy", "sin", "ha", "hemos", "si", "qué", "cómo", "nada", "hay", "hacer",
            "podemos", "puedo", "puede", "pueda", "este", "esta", "esto", "eso", "también", "cuando", "porque", "tiene",
            "tengo", "son", "estamos", "vamos", "todo", "bien", "señor", "señora", "otra", "otro", "vez", "ahora", "aquí",
            "mañana", "nuestro", "nuestra", "siempre", "nunca", "claro", "esa", "ese", "solo", "sólo"));

    private static final String SPANISH_ONLY_CHARS = "ñÑ¿¡áéíóúÁÉÍÓÚ";
    /** Word endings that break a tie: a short reply with no stop words ("Incidencia cerrada.", "Ticket closed."). */
    private static final Pattern SPANISH_ENDING =
            Pattern.compile("\\p{L}{2,}(?:ado|ada|ados|adas|ido|ida|idos|idas|ción|cion|encia|mente)");
    private static final Pattern ENGLISH_ENDING =
            Pattern.compile("\\p{L}{2,}(?:ed|ing|tion|ly|ness|ment)");

    private final Set<String> stopWords;

    ReplyLanguage(Set<String> stopWords) {
        this.stopWords = stopWords;
    }

    /** Lower-case code used in resource names, e.g. {@code "en"}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Picks the language whose stop words occur most often; every character only Spanish uses
     * (ñ, ¿, ¡, accented vowels) counts once more for Spanish. A tie goes to the language more of whose words
     * have its typical endings ({@link #endingVote(String)}); a tie there too, and empty text, give {@link #EN}.
     */
    public static ReplyLanguage detect(String text) {
        if (text == null || text.isBlank()) {
            return EN;
        }
        int english = 0;
        int spanish = 0;
        int wordStart = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            if (SPANISH_ONLY_CHARS.indexOf(c) >= 0) {
                spanish++;
            }
            boolean inWord = Character.isLetter(c) || c == '\'';
            if (inWord && wordStart < 0) {
                wordStart = i;
            } else if (!inWord && wordStart >= 0) {
                String word = text.substring(wordStart, i).toLowerCase(Locale.ROOT);
                english += EN.stopWords.contains(word) ? 1 : 0;
                spanish += ES.stopWords.contains(word) ? 1 : 0;
                wordStart = -1;
            }
        }
        if (spanish == english) {
            return endingVote(text) > 0 ? ES : EN;
        }
        return spanish > english ? ES : EN;
    }

    /** Words ending like Spanish ("-ado", "-ción") minus words ending like English ("-ed", "-ing"). */
    private static int endingVote(String text) {
        int vote = 0;
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (SPANISH_ENDING.matcher(word).matches()) {
                vote++;
            } else if (ENGLISH_ENDING.matcher(word).matches()) {
                vote--;
            }
        }
        return vote;
    }
}
