package com.empathycoach.core.gamification;

import com.empathycoach.core.gamification.GamificationStore.AwardResult;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pays XP and keeps streaks, counters and badges. Every method is idempotent: the same award, day or
 * fact given twice changes nothing the second time.
 */
@Service
@Transactional
public class AwardFacade {

    private static final long ZONE_TTL_NANOS = 60_000_000_000L;

    private final GamificationStore store;
    private final ZoneId organisationZone;
    private final BadgeTargets targets;
    private final Map<Long, CachedZone> zones = new ConcurrentHashMap<>();

    /** With the badges' fixed targets only (whole-catalogue badges at their size at launch). */
    public AwardFacade(GamificationStore store, String organisationZone) {
        this(store, organisationZone, BadgeTargets.FIXED);
    }

    @Autowired
    AwardFacade(GamificationStore store, @Value("${empathy.organisation.time-zone:UTC}") String organisationZone,
                BadgeTargets targets) {
        this.store = store;
        this.organisationZone = ZoneId.of(organisationZone);
        this.targets = targets;
    }

    /** Pays an award once; caps are counted per day in the learner's time zone. */
    public AwardResult award(Award award) {
        LocalDate day = award.at().atZone(zoneOf(award.userId())).toLocalDate();
        GamificationStore.Tally tally = store.lockDailyTally(award.userId(), award.rule(), day);
        int paid = XpRules.payable(award.amount(), XpRules.dailyCap(award.rule()), tally.paidToday());
        AwardResult result = store.record(award, paid, day, weekStart(award.at()), tally);
        if (result.paid() > 0 && Levels.level(result.totalAfter()) > Levels.level(result.totalBefore())) {
            store.raiseTo(award.userId(), Metric.LEVEL, Levels.level(result.totalAfter()));
        }
        return result;
    }

    public void activeDay(long userId, Instant at) {
        Streak streak = store.recordActiveDay(userId, at.atZone(zoneOf(userId)).toLocalDate());
        store.raiseTo(userId, Metric.STREAK_DAYS, streak.current());
        checkBadges(userId, at);
    }

    public void count(long userId, Metric metric, String source) {
        store.countOnce(userId, metric, source);
    }

    /** What the badge's counter must reach today. */
    @Transactional(readOnly = true)
    public int badgeTarget(Badge badge) {
        return targets.of(badge);
    }

    /** Earns every badge whose target the counters now reach. */
    public void checkBadges(long userId, Instant at) {
        var counters = store.counters(userId);
        for (Badge badge : Badges.ALL) {
            if (counters.getOrDefault(badge.metric(), 0) >= targets.of(badge)) {
                store.earn(userId, badge.id(), at);
            }
        }
    }

    /** Monday of the organisation's current week: weekly boards run Monday to Sunday. */
    public LocalDate weekStart(Instant at) {
        return at.atZone(organisationZone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The learner's time zone, remembered for a minute: it is read on every award and rarely changes. */
    public ZoneId zoneOf(long userId) {
        long now = System.nanoTime();
        CachedZone cached = zones.get(userId);
        if (cached != null && now - cached.readAt() < ZONE_TTL_NANOS) {
            return cached.zone();
        }
        ZoneId zone = store.zoneOf(userId);
        if (zones.size() > 100_000) {
            zones.clear();
        }
        zones.put(userId, new CachedZone(zone, now));
        return zone;
    }

    private record CachedZone(ZoneId zone, long readAt) {
    }
}
