package com.empathycoach.core.identity;

import com.empathycoach.core.shared.InvalidInputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Passwords after NIST SP 800-63B: at least 12 characters (at most 128), no composition rules, and not
 * one that attackers try first: a bundled list of common passwords, and the person's own name, username
 * or email, or the product's name.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Throws {@link InvalidInputException} with the reason if the password may not be used. */
    public static void check(String password, String... personalWords) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH
                || password.length() > MAX_LENGTH) {
            throw new InvalidInputException("password", "validation.password.length");
        }
        String normalised = password.strip().toLowerCase(Locale.ROOT);
        if (COMMON.contains(normalised) || isRepetitive(normalised)) {
            throw new InvalidInputException("password", "validation.password.common");
        }
        for (String word : personalWords) {
            if (word != null && word.length() >= 4 && normalised.replace(" ", "").contains(
                    word.toLowerCase(Locale.ROOT).replace(" ", "")) && normalised.length() < word.length() + 6) {
                throw new InvalidInputException("password", "validation.password.personal");
            }
        }
    }

    public static boolean isCommon(String password) {
        return password != null && COMMON.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    /** One character or a short run repeated ("aaaaaaaaaaaa", "abcabcabcabc"). */
    private static boolean isRepetitive(String password) {
        for (int unit = 1; unit <= 3; unit++) {
            if (password.length() % unit == 0 && password.equals(password.substring(0, unit).repeat(password.length() / unit))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
