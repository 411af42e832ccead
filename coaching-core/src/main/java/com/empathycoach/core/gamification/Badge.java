package com.empathycoach.core.gamification;

import com.empathycoach.core.shared.CoreTexts;

import java.util.Locale;

/**
 * A badge and what earns it: {@code metric} reaching {@code target}. A whole-catalogue badge asks for every lesson
 * or role-play published now, so its target is the catalogue's current size ({@link BadgeTargets}); {@code target}
 * is then only the size at launch.
 */
public record Badge(String id, Metric metric, int target, String icon, boolean wholeCatalogue) {

    public Badge(String id, Metric metric, int target, String icon) {
        this(id, metric, target, icon, false);
    }

    /** The badge's name in {@code locale} (English where the language lacks it). */
    public String name(Locale locale) {
        return CoreTexts.text("badge." + id + ".name", locale);
    }

    /** What earns the badge, in {@code locale}, for a target of {@code target}. */
    public String criteria(Locale locale, int target) {
        return CoreTexts.text("badge." + id + ".criteria", locale, target);
    }
}
