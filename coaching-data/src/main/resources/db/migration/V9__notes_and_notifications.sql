-- 1:1 coaching notes and in-app notifications.
create table coaching_note (
    id              bigint        not null auto_increment primary key,
    coach_id        bigint        not null,
    agent_id        bigint        not null,
    focus_key       varchar(16)   not null,
    went_well       varchar(2000) not null,
    try_next        varchar(2000) not null,
    follow_up_on    date          not null,
    created_at      timestamp(6)  not null,
    acknowledged_at timestamp(6)  null,
    agent_reply     varchar(1000) null,
    index ix_coaching_note_agent (agent_id, created_at),
    index ix_coaching_note_coach (coach_id, acknowledged_at, created_at),
    constraint fk_coaching_note_coach foreign key (coach_id) references app_user (id),
    constraint fk_coaching_note_agent foreign key (agent_id) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table notification (
    id         bigint        not null auto_increment primary key,
    user_id    bigint        not null,
    kind       varchar(32)   not null,
    dedupe_key varchar(120)  not null,
    args       varchar(1000) not null,
    link       varchar(300)  not null,
    created_at timestamp(6)  not null,
    read_at    timestamp(6)  null,
    constraint uk_notification_once unique (user_id, dedupe_key),
    index ix_notification_user (user_id, read_at, created_at),
    constraint fk_notification_user foreign key (user_id) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
