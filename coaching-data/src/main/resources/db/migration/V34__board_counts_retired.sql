-- Ranks come from the boards in memory now (V33), so the per-board orderings of xp_total are no longer read, and
-- every award kept them in step (four index entries). They go; team boards still group the totals by team.
-- The per-value counts, xp_board_count, are no longer read or written either. The table stays, because a node of
-- the previous version still running during a rolling upgrade writes to it (migrations only add tables); a later
-- version drops it.
alter table xp_total
    drop index ix_xp_org_all,
    drop index ix_xp_org_week,
    drop index ix_xp_team_all,
    drop index ix_xp_team_week,
    add index ix_xp_team (team_id);
