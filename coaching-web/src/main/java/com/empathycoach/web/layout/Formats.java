package com.empathycoach.web.layout;

import java.text.NumberFormat;
import java.util.Locale;

/** Number formats shared by views, in the reader's locale. */
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
}
