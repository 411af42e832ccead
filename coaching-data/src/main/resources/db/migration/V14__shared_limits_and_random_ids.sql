-- Sign-in throttling and feedback submission limits, shared by every node. Subjects are SHA-256 digests of
-- the account name or client address, so no address or name is stored in the clear.
create table rate_limit_window (
    scope        varchar(32) not null,
    subject      char(64)    not null,
    window_start datetime(3) not null,
    hits         int         not null,
    primary key (scope, subject),
    key ix_rate_limit_window_start (window_start)
);

-- Badge assertion ids appear in public URLs: 128 random bits (32 hex digits) instead of MariaDB's time-based uuid().
-- Existing ids are replaced, since the old ones could be guessed from the time a badge was earned.
alter table user_badge
    modify column assertion_id char(32) not null default (lower(hex(random_bytes(16)))),
    modify column recipient_salt char(32) not null default (lower(hex(random_bytes(16))));
update user_badge set assertion_id = lower(hex(random_bytes(16))), recipient_salt = lower(hex(random_bytes(16)));
