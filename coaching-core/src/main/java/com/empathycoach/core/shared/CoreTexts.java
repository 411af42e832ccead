package com.empathycoach.core.shared;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words core puts into the records its facades return (badge names, notifications, placeholder names), from
 * {@code i18n/core*.properties}. A language that lacks a key falls back to English for that key alone.
 */
public final class CoreTexts {

    private static final String BUNDLE = "i18n/core";
    private static final ResourceBundle.Control ENGLISH_BASE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private CoreTexts() {
    }

    /** The text for {@code key} in {@code locale}, with {@code args} put in as {@link MessageFormat} does. */
    public static String text(String key, Locale locale, Object... args) {
        Locale in = locale == null ? Locale.ENGLISH : locale;
        String pattern;
        try {
            pattern = ResourceBundle.getBundle(BUNDLE, in, ENGLISH_BASE).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No text for " + key, e);
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, in).format(args);
    }

    /** A day as people read it in {@code locale} ("5 Dec 2026", "5 dic 2026"). */
    public static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale == null ? Locale.ENGLISH : locale)
                .format(day);
    }
}
