package com.empathycoach.core.gamification;

/** A badge and what earns it: {@code metric} reaching {@code target}. Name and criteria are translation keys. */
public record Badge(String id, Metric metric, int target, String icon) {

    public String nameKey() {
        return "badge." + id + ".name";
    }

    public String criteriaKey() {
        return "badge." + id + ".criteria";
    }
}
