package com.empathycoach.core.drill;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.ZoneId;

/**
 * The organisation's drill settings: the recall the schedule aims for (FSRS's desired retention, 0.9 by default),
 * the half-life of the skill profile in days (14), and the organisation's time zone, which decides when a day ends.
 */
@Component
class DrillSettings {

    private final Fsrs fsrs;
    private final double halfLifeDays;
    private final ZoneId zone;

    DrillSettings(@Value("${empathy.drill.desired-retention:0.9}") double desiredRetention,
                         @Value("${empathy.drill.half-life-days:14}") double halfLifeDays,
                         @Value("${empathy.organisation.time-zone:UTC}") String zone) {
        if (!(halfLifeDays > 0)) {
            throw new IllegalArgumentException("empathy.drill.half-life-days must be above 0, was " + halfLifeDays);
        }
        this.fsrs = new Fsrs(desiredRetention);
        this.halfLifeDays = halfLifeDays;
        this.zone = ZoneId.of(zone);
    }

    public Fsrs fsrs() {
        return fsrs;
    }

    public double halfLifeDays() {
        return halfLifeDays;
    }

    public ZoneId zone() {
        return zone;
    }
}
