package com.empathycoach.content.lesson;

import com.empathycoach.core.shared.CoreTexts;

import java.util.Arrays;
import java.util.Locale;

/**
 * What the content checks say, from {@code i18n/content*.properties}: English for the API and the logs, the author's
 * language in the editor. Numbers are put in as written ("1000", not "1,000").
 */
public final class ContentTexts {

    private static final String BUNDLE = "i18n/content";

    private ContentTexts() {
    }

    /** The text for {@code key} in {@code locale} (English when null), with {@code args} put in. */
    public static String text(String key, Locale locale, Object... args) {
        Object[] shown = Arrays.stream(args).map(a -> a instanceof Number ? String.valueOf(a) : a).toArray();
        return CoreTexts.formatted(BUNDLE, key, locale, shown);
    }

    /** The English text, as the API and the logs show it. */
    public static String english(String key, Object... args) {
        return text(key, Locale.ENGLISH, args);
    }
}
