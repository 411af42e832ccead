package com.empathycoach.core.gamification;

import com.empathycoach.core.shared.CoreTexts;

import java.util.Locale;

/** A badge and what earns it: {@code metric} reaching {@code target}. */
public record Badge(String id, Metric metric, int target, String icon) {

    /** The badge's name in {@code locale} (English where the language lacks it). */
    public String name(Locale locale) {
        return CoreTexts.text("badge." + id + ".name", locale);
    }

    /** What earns the badge, in {@code locale}. */
    public String criteria(Locale locale) {
        return CoreTexts.text("badge." + id + ".criteria", locale);
    }
}
