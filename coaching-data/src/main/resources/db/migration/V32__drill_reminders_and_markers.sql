-- Daily drill reminders: when each agent wants one (their own time zone), quiet hours, and the last day one was
-- sent. Agents without a row get the defaults (on, 10:00, quiet from 20:00 to 08:00).
create table drill_reminder (
    user_id        bigint  not null primary key,
    enabled        boolean not null,
    remind_at      time    not null,
    quiet_from     time    not null,
    quiet_until    time    not null,
    last_reminded  date    null,
    constraint fk_drill_reminder_user foreign key (user_id) references app_user (id)
) engine = InnoDB;

-- The recency-weighted profile per analyzer marker: how often each marker shows in the agent's written role-play
-- replies, kept up to date on every reply like the per-key profile.
create table drill_marker_profile (
    user_id   bigint       not null,
    marker    varchar(40)  not null,
    score_sum double       not null,
    weight_sum double      not null,
    as_of     timestamp(6) not null,
    primary key (user_id, marker),
    constraint fk_drill_marker_profile_user foreign key (user_id) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
