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
import java.util.Optional;

@Repository
class JdbcGamificationStore implements GamificationStore {

    private final JdbcTemplate jdbc;

    JdbcGamificationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int lockDailyTally(long userId, XpRule rule, LocalDate day) {
        // The upsert creates the row if needed and takes it with an exclusive lock either way.
        jdbc.update("""
                insert into xp_daily (user_id, award_day, rule, amount) values (?, ?, ?, 0)
                on duplicate key update amount = amount""", userId, Date.valueOf(day), rule.name());
        return jdbc.queryForObject("select amount from xp_daily where user_id = ? and award_day = ? and rule = ? for update",
                Integer.class, userId, Date.valueOf(day), rule.name());
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public AwardResult record(Award award, int paid, LocalDate day, LocalDate weekStart) {
        long userId = award.userId();
        String rule = award.rule().name();
        int inserted = jdbc.update("""
                insert ignore into xp_ledger (user_id, rule, source, requested, amount, awarded_at, award_day)
                values (?, ?, ?, ?, ?, ?, ?)""",
                userId, rule, award.source(), award.amount(), paid, Timestamp.from(award.at()), Date.valueOf(day));
        if (inserted == 0) {
            long total = totalXp(userId);
            return new AwardResult(false, 0, total, total);
        }
        if (paid == 0) {
            long total = totalXp(userId);
            return new AwardResult(true, 0, total, total);
        }
        jdbc.update("update xp_daily set amount = amount + ? where user_id = ? and award_day = ? and rule = ?",
                paid, userId, Date.valueOf(day), rule);
        Long[] current = new Long[1];
        Optional<BoardCounts.Position> old = BoardCounts.positionWithCurrentTeam(jdbc, userId, current);
        Long team = old.isPresent() ? current[0] : jdbc.query("""
                select team_id from team_member where user_id = ? and member_role = 'AGENT' order by team_id limit 1""",
                rs -> rs.next() ? rs.getLong(1) : null, userId);
        Timestamp at = Timestamp.from(award.at());
        BoardCounts.Position now;
        if (old.isEmpty()) {
            jdbc.update("""
                    insert into xp_total (user_id, team_id, total, reached_at, week_start, week_xp, week_reached_at)
                    values (?, ?, ?, ?, ?, ?, ?)""", userId, team, paid, at, Date.valueOf(weekStart), paid, at);
            now = new BoardCounts.Position(team, true, paid, weekStart, paid);
        } else {
            BoardCounts.Position was = old.get();
            long weekXp = was.weekStart().equals(weekStart) ? was.weekXp() + paid : paid;
            jdbc.update("""
                    update xp_total set team_id = ?, total = total + ?, reached_at = ?, week_start = ?,
                        week_xp = ?, week_reached_at = ? where user_id = ?""",
                    team, paid, at, Date.valueOf(weekStart), weekXp, at, userId);
            now = new BoardCounts.Position(team, was.listed(), was.total() + paid, weekStart, weekXp);
        }
        BoardCounts.move(jdbc, old, Optional.of(now));
        long before = old.map(BoardCounts.Position::total).orElse(0L);
        return new AwardResult(true, paid, before, before + paid);
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
