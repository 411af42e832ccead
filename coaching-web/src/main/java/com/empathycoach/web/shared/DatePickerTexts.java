package com.empathycoach.web.shared;

import com.vaadin.flow.component.datepicker.DatePicker;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Every text a date field's calendar shows (month and day names, the first day of the week, its buttons and the
 * message for a date it cannot read) in the page's language. The typed format already follows the page's locale.
 */
public final class DatePickerTexts {

    private DatePickerTexts() {
    }

    /** Sets the date field's texts for the page's language and returns it. */
    public static DatePicker translated(DatePicker picker) {
        Locale locale = picker.getLocale();
        // The page's locale carries a language but no country, so the translations say where its weeks start
        // (0 for Sunday, 1 for Monday).
        int firstDay = Integer.parseInt(picker.getTranslation("datePicker.firstDayOfWeek"));
        String example = LocalDate.of(LocalDate.now().getYear(), 12, 14).format(Formats.typedDate(locale));
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(m -> capitalised(m.getDisplayName(TextStyle.FULL_STANDALONE, locale), locale)).toList())
                .setWeekdays(weekdays(TextStyle.FULL, locale))
                .setWeekdaysShort(weekdays(TextStyle.SHORT, locale))
                .setFirstDayOfWeek(firstDay)
                .setToday(picker.getTranslation("datePicker.today"))
                .setCancel(picker.getTranslation("datePicker.cancel"))
                .setBadInputErrorMessage(picker.getTranslation("datePicker.badInput", example)));
        return picker;
    }

    /** Sunday first, as the calendar expects. */
    private static List<String> weekdays(TextStyle style, Locale locale) {
        return List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY, DayOfWeek.SATURDAY).stream()
                .map(d -> capitalised(d.getDisplayName(style, locale), locale)).toList();
    }

    private static String capitalised(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
