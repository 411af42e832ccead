package com.empathycoach.web.shared;

import java.text.NumberFormat;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Number and date formats shared by views, in the reader's locale: one date format and one date-time format. */
public final class Formats {

    private Formats() {
    }

    /** Exactly one decimal, as ratings out of 5 are shown ("3.0", "4,5"). */
    public static NumberFormat oneDecimal(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format;
    }

    /** The one date format, for example "5 Dec 2026" or "5 dic 2026". */
    public static DateTimeFormatter date(Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
    }

    /** The one date-and-time format, for example "5 Dec 2026, 14:05". */
    public static DateTimeFormatter dateTime(Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale);
    }

    /** A calendar month, for example "December 2026" or "diciembre de 2026" (Spanish writes months in lower case). */
    public static String month(java.time.YearMonth month, Locale locale) {
        if ("es".equals(locale.getLanguage())) {
            return month.format(DateTimeFormatter.ofPattern("LLLL 'de' yyyy", locale));
        }
        String text = month.format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
        return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
    }

    /**
     * How a date is typed into a date field in {@code locale}: the short numeric form with a four-digit year, for
     * example "12/14/2026" or "14/12/2026", as the field itself shows it.
     */
    public static DateTimeFormatter typedDate(Locale locale) {
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale).replaceAll("y+", "yyyy");
        return DateTimeFormatter.ofPattern(pattern, locale);
    }
}
