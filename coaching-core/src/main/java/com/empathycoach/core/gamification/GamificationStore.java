package com.empathycoach.core.gamification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Port: the XP ledger, its aggregates, streaks, badge counters and earned badges. */
public interface GamificationStore {

    /**
     * What one award did. {@code paid} is 0 when the award was a repeat (nothing recorded) or the daily
     * cap was used up (recorded with 0 XP); {@code recorded} is true only for the first request.
     */
    record AwardResult(boolean recorded, int paid, long totalBefore, long totalAfter) {
    }

    /** What {@link #lockDailyTally} found: XP paid today under the rule, and the person's total XP. */
    record Tally(int paidToday, long total) {
    }

    /**
     * Locks the person's tally of XP paid under {@code rule} on {@code day} and their totals until the transaction
     * ends (so concurrent awards for one person run one after another) and returns the tally and the total.
     */
    Tally lockDailyTally(long userId, XpRule rule, LocalDate day);

    /**
     * Appends the award to the ledger once with {@code paid} XP (what core decided the cap leaves), adds
     * it to the day's tally, the total and the week's XP (for the week starting {@code weekStart}) in the same
     * transaction. A repeat of (user, rule, source) changes nothing. {@code tally} is what
     * {@link #lockDailyTally} answered in this transaction.
     */
    AwardResult record(Award award, int paid, LocalDate day, LocalDate weekStart, Tally tally);

    ZoneId zoneOf(long userId);

    /** Records a day with activity; returns the current streak after it. Earlier days change nothing. */
    Streak recordActiveDay(long userId, LocalDate day);

    Streak streak(long userId);

    /** Counts {@code source} toward {@code metric} once; returns the counter's value after. */
    int countOnce(long userId, Metric metric, String source);

    /** Raises the counter to {@code value} if it is lower; returns the value after. */
    int raiseTo(long userId, Metric metric, int value);

    Map<Metric, Integer> counters(long userId);

    /** Records the badge once; returns true only for the call that earned it. */
    boolean earn(long userId, String badgeId, Instant at);

    List<EarnedBadge> earned(long userId);

    long totalXp(long userId);

    /** One line of the XP ledger: what a rule asked to pay for a source, what it paid, and when. */
    record LedgerLine(XpRule rule, int requested, int paid, Instant at) {
    }

    /** The ledger lines of one source (for example one lesson attempt), in rule order. */
    List<LedgerLine> ledger(long userId, String source);

    /** Badges and the level reached that the user has not been shown a celebration for, then marks them shown. */
    Celebration takeCelebration(long userId);

    record EarnedBadge(String badgeId, Instant at) {
    }

    record Celebration(List<String> badgeIds, Integer newLevel) {
        public boolean isEmpty() {
            return badgeIds.isEmpty() && newLevel == null;
        }
    }
}
