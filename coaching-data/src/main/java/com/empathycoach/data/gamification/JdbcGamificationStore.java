package com.empathycoach.data.gamification;

import com.empathycoach.core.gamification.Award;
import com.empathycoach.core.gamification.GamificationStore;
import com.empathycoach.core.gamification.Levels;
import com.empathycoach.core.gamification.Metric;
import com.empathycoach.core.gamification.Streak;
import com.empathycoach.core.gamification.XpRule;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

@Repository
class JdbcGamificationStore implements GamificationStore {

    private final JdbcTemplate jdbc;

    JdbcGamificationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public Tally lockDailyTally(long userId, XpRule rule, LocalDate day) {
        // One call: the server creates the tally if needed and locks it and the totals row (V35).
        return jdbc.queryForObject("call xp_lock_tally(?, ?, ?)", (rs, i) -> new Tally(rs.getInt(1), rs.getLong(2)),
                userId, Date.valueOf(day), rule.name());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public AwardResult record(Award award, int paid, LocalDate day, LocalDate weekStart, Tally tally) {
        // One call: ledger row, tally and totals, written by the server only if the ledger row is new (V35).
        Integer inserted = jdbc.queryForObject("call xp_record(?, ?, ?, ?, ?, ?, ?, ?)", Integer.class,
                award.userId(), award.rule().name(), award.source(), award.amount(), paid, Timestamp.from(award.at()),
                Date.valueOf(day), Date.valueOf(weekStart));
        if (inserted == null || inserted == 0) {
            return new AwardResult(false, 0, tally.total(), tally.total());
        }
        return new AwardResult(true, paid, tally.total(), tally.total() + paid);
    }

    @Override
    public ZoneId zoneOf(long userId) {
        String zone = jdbc.query("select time_zone from app_user where id = ?",
                rs -> rs.next() ? rs.getString(1) : null, userId);
        try {
            return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    @Override
    public Streak recordActiveDay(long userId, LocalDate day) {
        Date d = Date.valueOf(day);
        // Assignments run left to right: current first, then longest from the new current, then the day.
        jdbc.update("""
                insert into streak (user_id, current_days, longest_days, last_day) values (?, 1, 1, ?)
                on duplicate key update
                    current_days = case
                        when values(last_day) <= last_day then current_days
                        when values(last_day) = last_day + interval 1 day then current_days + 1
                        else 1 end,
                    longest_days = greatest(longest_days, current_days),
                    last_day = greatest(last_day, values(last_day))""", userId, d);
        return streak(userId);
    }

    @Override
    public Streak streak(long userId) {
        return jdbc.query("select current_days, longest_days, last_day from streak where user_id = ?",
                rs -> rs.next() ? new Streak(rs.getInt(1), rs.getInt(2), rs.getDate(3).toLocalDate()) : Streak.NONE,
                userId);
    }

    @Override
    public int countOnce(long userId, Metric metric, String source) {
        int inserted = jdbc.update("insert ignore into achievement_fact (user_id, metric, source) values (?, ?, ?)",
                userId, metric.name(), source);
        if (inserted == 1) {
            jdbc.update("""
                    insert into achievement_counter (user_id, metric, value) values (?, ?, 1)
                    on duplicate key update value = value + 1""", userId, metric.name());
        }
        return counter(userId, metric);
    }

    @Override
    public int raiseTo(long userId, Metric metric, int value) {
        jdbc.update("""
                insert into achievement_counter (user_id, metric, value) values (?, ?, ?)
                on duplicate key update value = greatest(value, values(value))""", userId, metric.name(), value);
        return counter(userId, metric);
    }

    private int counter(long userId, Metric metric) {
        Integer value = jdbc.query("select value from achievement_counter where user_id = ? and metric = ?",
                rs -> rs.next() ? rs.getInt(1) : 0, userId, metric.name());
        return value == null ? 0 : value;
    }

    @Override
    public Map<Metric, Integer> counters(long userId) {
        Map<Metric, Integer> counters = new EnumMap<>(Metric.class);
        jdbc.query("select metric, value from achievement_counter where user_id = ?", rs -> {
            counters.put(Metric.valueOf(rs.getString(1)), rs.getInt(2));
        }, userId);
        return counters;
    }

    @Override
    public boolean earn(long userId, String badgeId, Instant at) {
        return jdbc.update("insert ignore into user_badge (user_id, badge_id, earned_at) values (?, ?, ?)",
                userId, badgeId, Timestamp.from(at)) == 1;
    }

    @Override
    public List<EarnedBadge> earned(long userId) {
        return jdbc.query("select badge_id, earned_at from user_badge where user_id = ? order by earned_at",
                (rs, i) -> new EarnedBadge(rs.getString(1), rs.getTimestamp(2).toInstant()), userId);
    }

    @Override
    public List<LedgerLine> ledger(long userId, String source) {
        return jdbc.query("select rule, requested, amount, awarded_at from xp_ledger where user_id = ? and source = ? order by rule",
                (rs, i) -> new LedgerLine(XpRule.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3),
                        rs.getTimestamp(4).toInstant()), userId, source);
    }

    @Override
    public long totalXp(long userId) {
        Long total = jdbc.query("select total from xp_total where user_id = ?", rs -> rs.next() ? rs.getLong(1) : 0L,
                userId);
        return total == null ? 0 : total;
    }

    @Override
    @Transactional
    public Celebration takeCelebration(long userId) {
        List<String> badges = jdbc.queryForList(
                "select badge_id from user_badge where user_id = ? and not celebrated order by earned_at", String.class,
                userId);
        if (!badges.isEmpty()) {
            jdbc.update("update user_badge set celebrated = true where user_id = ? and not celebrated", userId);
        }
        Integer newLevel = jdbc.query("select total, level_seen from xp_total where user_id = ? for update", rs -> {
            if (!rs.next()) {
                return null;
            }
            int level = Levels.level(rs.getLong(1));
            return level > rs.getInt(2) ? level : null;
        }, userId);
        if (newLevel != null) {
            jdbc.update("update xp_total set level_seen = ? where user_id = ?", newLevel, userId);
        }
        return new Celebration(badges, newLevel);
    }
}
