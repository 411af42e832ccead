-- The team board now sums the per-person totals (cached for a minute), so awards no longer lock a
-- shared row per team.
drop table team_xp;
