package com.empathycoach.core.notification;

import com.empathycoach.core.coaching.AssignedItem;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The values a notification's text needs, stored as strings and put into words only when someone reads it, in
 * their language: a piece of content travels as its item key (with its English title as the fallback), a day as
 * an ISO date. Plain values (names) are stored as they are.
 */
public final class NotificationArgs {

    /** The record separator: a control character no one types, and not the one stores join values with. */
    private static final char MARK = '\u001E';
    private static final String ITEM = MARK + "item:";
    private static final String DATE = MARK + "date:";
    /** Dates written before typed values existed. */
    private static final Pattern OLD_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private NotificationArgs() {
    }

    public static String item(AssignedItem item, String englishTitle) {
        return ITEM + item.key() + MARK + englishTitle;
    }

    public static String date(LocalDate day) {
        return DATE + day;
    }

    /** Puts one stored value into words with the reader's item titles and date format. */
    static String render(String stored, TitleLookup titles, Function<LocalDate, String> dates) {
        if (stored.startsWith(ITEM)) {
            String rest = stored.substring(ITEM.length());
            int mark = rest.indexOf(MARK);
            String key = mark < 0 ? rest : rest.substring(0, mark);
            String english = mark < 0 ? key : rest.substring(mark + 1);
            return titles.title(AssignedItem.fromKey(key), english);
        }
        if (stored.startsWith(DATE)) {
            return dates.apply(LocalDate.parse(stored.substring(DATE.length())));
        }
        return OLD_DATE.matcher(stored).matches() ? dates.apply(LocalDate.parse(stored)) : stored;
    }

    @FunctionalInterface
    interface TitleLookup {
        String title(AssignedItem item, String english);
    }
}
