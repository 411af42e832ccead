-- An award in two calls instead of eight statements (docs/BENCHMARKS.md, "Awards"). The statements are the same
-- as before, run by the server inside the caller's transaction; only the round trips between the app and the
-- database go. Core still decides what the daily cap allows, between the two calls.

DELIMITER $$

-- Takes the day's tally for the rule (creating it if new) and the person's totals row, both with exclusive locks,
-- and answers what was paid today under the rule and the person's total XP so far.
create procedure xp_lock_tally(in p_user bigint, in p_day date, in p_rule varchar(32))
begin
    declare v_today int default 0;
    declare v_total bigint default 0;
    insert into xp_daily (user_id, award_day, rule, amount) values (p_user, p_day, p_rule, 0)
        on duplicate key update amount = amount;
    select amount into v_today from xp_daily where user_id = p_user and award_day = p_day and rule = p_rule for update;
    select coalesce(max(total), 0) into v_total from xp_total where user_id = p_user for update;
    select v_today, v_total;
end$$

-- Writes the award's ledger row; if it is new and pays anything, adds the payout to the day's tally and to the
-- person's totals (with their current team, and this week's XP, which a new week starts again). Answers whether
-- the ledger row was new: the same award asked for again changes nothing.
create procedure xp_record(in p_user bigint, in p_rule varchar(32), in p_source varchar(190), in p_requested int,
                           in p_paid int, in p_at timestamp(6), in p_day date, in p_week date)
begin
    declare v_new int default 0;
    insert ignore into xp_ledger (user_id, rule, source, requested, amount, awarded_at, award_day)
        values (p_user, p_rule, p_source, p_requested, p_paid, p_at, p_day);
    set v_new = row_count();
    if v_new > 0 and p_paid > 0 then
        update xp_daily set amount = amount + p_paid where user_id = p_user and award_day = p_day and rule = p_rule;
        -- The assignments run in order, so week_xp is worked out before week_start changes.
        insert into xp_total (user_id, team_id, total, reached_at, week_start, week_xp, week_reached_at)
            values (p_user, (select m.team_id from team_member m where m.user_id = p_user and m.member_role = 'AGENT'
                             order by m.team_id limit 1), p_paid, p_at, p_week, p_paid, p_at)
            on duplicate key update team_id = values(team_id), total = total + values(total),
                reached_at = values(reached_at),
                week_xp = if(week_start = values(week_start), week_xp + values(week_xp), values(week_xp)),
                week_start = values(week_start), week_reached_at = values(week_reached_at);
    end if;
    select v_new;
end$$

DELIMITER ;
