-- The boards in memory (V33) carry the names they show, so a board is one query. A changed name is stamped like a
-- changed total, and each node catches up with it before its next answer.
alter table app_user
    add column changed_at timestamp(6) not null default current_timestamp(6) on update current_timestamp(6),
    add index ix_app_user_changed (changed_at);
