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
        String pattern = pattern(BUNDLE, key, locale);
        return args.length == 0 ? pattern : new MessageFormat(pattern, in(locale)).format(args);
    }

    /**
     * The text for {@code key} in another bundle of texts ({@code bundle}, its English in the base file), always read
     * as a {@link MessageFormat} pattern, so a quote is written twice even in a text without arguments.
     */
    public static String formatted(String bundle, String key, Locale locale, Object... args) {
        return new MessageFormat(pattern(bundle, key, locale), in(locale)).format(args);
    }

    private static String pattern(String bundle, String key, Locale locale) {
        try {
            return ResourceBundle.getBundle(bundle, in(locale), ENGLISH_BASE).getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("No text for " + key + " in " + bundle, e);
        }
    }

    private static Locale in(Locale locale) {
        return locale == null ? Locale.ENGLISH : locale;
    }

    /** A day as people read it in {@code locale} ("5 Dec 2026", "5 dic 2026"). */
    public static String date(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale == null ? Locale.ENGLISH : locale)
                .format(day);
    }
}
