-- Leaderboards are served from memory on every node (docs/BENCHMARKS.md, "Leaderboards"). Each node catches up
-- with the rows changed since it last looked, so every change of a person's XP, team or visibility is stamped.
alter table xp_total
    add column changed_at timestamp(6) not null default current_timestamp(6) on update current_timestamp(6),
    add index ix_xp_changed (changed_at);
