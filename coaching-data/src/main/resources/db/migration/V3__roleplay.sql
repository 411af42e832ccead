-- Role-play scenario revisions, plays and their turns.
create table content_scenario_revision (
    scenario_id      varchar(100) not null,
    revision         int          not null,
    declared_version int          not null,
    checksum         char(64)     not null,
    source           mediumtext   not null,
    created_at       timestamp(6) not null default current_timestamp(6),
    primary key (scenario_id, revision),
    constraint uk_scenario_revision_checksum unique (scenario_id, checksum)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table roleplay_attempt (
    id              bigint       not null auto_increment primary key,
    user_id         bigint       not null,
    scenario_id     varchar(100) not null,
    revision        int          not null,
    attempt_no      int          not null,
    status          varchar(16)  not null,
    node_id         varchar(100) null,
    mood            int          not null,
    turn_count      int          not null default 0,
    ending_id       varchar(100) null,
    outcome         varchar(32)  null,
    score_discover  int          null,
    score_knowledge int          null,
    score_help      int          null,
    score_channel   int          null,
    overall         int          null,
    started_at      timestamp(6) not null,
    updated_at      timestamp(6) not null,
    completed_at    timestamp(6) null,
    constraint uk_roleplay_attempt unique (user_id, scenario_id, attempt_no),
    constraint fk_roleplay_attempt_user foreign key (user_id) references app_user (id),
    constraint fk_roleplay_attempt_revision foreign key (scenario_id, revision)
        references content_scenario_revision (scenario_id, revision)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- A choice turn has choice_id and 0..3 points per key; a written turn has reply and 0..100 per key.
create table roleplay_turn (
    attempt_id      bigint       not null,
    turn_no         int          not null,
    node_id         varchar(100) not null,
    choice_id       varchar(100) null,
    reply           text         null,
    score_discover  int          not null,
    score_knowledge int          not null,
    score_help      int          not null,
    score_channel   int          not null,
    mood_after      int          not null,
    review_status   varchar(16)  not null default 'NONE',
    taken_at        timestamp(6) not null,
    primary key (attempt_id, turn_no),
    constraint fk_roleplay_turn_attempt foreign key (attempt_id) references roleplay_attempt (id) on delete cascade,
    index ix_roleplay_turn_review (review_status, taken_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
