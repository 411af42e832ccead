package com.empathycoach.core.gamification;

import com.empathycoach.core.gamification.GamificationStore.AwardResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * Pays XP and keeps streaks, counters and badges. Every method is idempotent: the same award, day or
 * fact given twice changes nothing the second time.
 */
@Service
@Transactional
public class GamificationService {

    private final GamificationStore store;
    private final ZoneId organisationZone;

    public GamificationService(GamificationStore store,
                               @Value("${empathy.organisation.time-zone:UTC}") String organisationZone) {
        this.store = store;
        this.organisationZone = ZoneId.of(organisationZone);
    }

    /** Pays an award once; caps are counted per day in the learner's time zone. */
    public AwardResult award(Award award) {
        LocalDate day = award.at().atZone(store.zoneOf(award.userId())).toLocalDate();
        AwardResult result = store.award(award, XpRules.dailyCap(award.rule()), day, weekStart(award.at()));
        if (result.paid() > 0) {
            store.raiseTo(award.userId(), Metric.LEVEL, Levels.level(result.totalAfter()));
        }
        return result;
    }

    public void activeDay(long userId, Instant at) {
        Streak streak = store.recordActiveDay(userId, at.atZone(store.zoneOf(userId)).toLocalDate());
        store.raiseTo(userId, Metric.STREAK_DAYS, streak.current());
        checkBadges(userId, at);
    }

    public void count(long userId, Metric metric, String source, Instant at) {
        store.countOnce(userId, metric, source);
    }

    /** Earns every badge whose target the counters now reach. */
    public void checkBadges(long userId, Instant at) {
        var counters = store.counters(userId);
        for (Badge badge : Badges.ALL) {
            if (counters.getOrDefault(badge.metric(), 0) >= badge.target()) {
                store.earn(userId, badge.id(), at);
            }
        }
    }

    /** Monday of the organisation's current week: weekly boards run Monday to Sunday. */
    public LocalDate weekStart(Instant at) {
        return at.atZone(organisationZone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public ZoneId zoneOf(long userId) {
        return store.zoneOf(userId);
    }
}
