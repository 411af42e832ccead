-- XP ledger (append-only), its aggregates, streaks, badge counters and badges.
create table xp_ledger (
    id         bigint       not null auto_increment primary key,
    user_id    bigint       not null,
    rule       varchar(32)  not null,
    source     varchar(190) not null,
    requested  int          not null,
    amount     int          not null,
    awarded_at timestamp(6) not null,
    award_day  date         not null,
    constraint uk_xp_ledger_award unique (user_id, rule, source),
    constraint fk_xp_ledger_user foreign key (user_id) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- XP paid per user, day (in the user's time zone) and rule, for the daily caps.
create table xp_daily (
    user_id   bigint      not null,
    award_day date        not null,
    rule      varchar(32) not null,
    amount    int         not null default 0,
    primary key (user_id, award_day, rule)
) engine = InnoDB;

-- One row per person with XP: the leaderboards read only this table (and names for the rows shown).
create table xp_total (
    user_id         bigint       not null primary key,
    team_id         bigint       null,
    public_board    boolean      not null default true,
    total           bigint       not null default 0,
    reached_at      timestamp(6) not null,
    week_start      date         not null,
    week_xp         bigint       not null default 0,
    week_reached_at timestamp(6) not null,
    level_seen      int          not null default 1,
    index ix_xp_org_all (public_board, total desc, reached_at, user_id),
    index ix_xp_org_week (public_board, week_start, week_xp desc, week_reached_at, user_id),
    index ix_xp_team_all (team_id, public_board, total desc, reached_at, user_id),
    index ix_xp_team_week (team_id, public_board, week_start, week_xp desc, week_reached_at, user_id),
    constraint fk_xp_total_user foreign key (user_id) references app_user (id)
) engine = InnoDB;

create table team_xp (
    team_id    bigint not null primary key,
    total      bigint not null default 0,
    week_start date   not null,
    week_xp    bigint not null default 0,
    constraint fk_team_xp_team foreign key (team_id) references team (id) on delete cascade
) engine = InnoDB;

create table streak (
    user_id      bigint not null primary key,
    current_days int    not null,
    longest_days int    not null,
    last_day     date   not null,
    constraint fk_streak_user foreign key (user_id) references app_user (id)
) engine = InnoDB;

create table achievement_fact (
    user_id bigint       not null,
    metric  varchar(32)  not null,
    source  varchar(190) not null,
    primary key (user_id, metric, source)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table achievement_counter (
    user_id bigint      not null,
    metric  varchar(32) not null,
    value   int         not null,
    primary key (user_id, metric)
) engine = InnoDB;

create table user_badge (
    user_id    bigint       not null,
    badge_id   varchar(64)  not null,
    earned_at  timestamp(6) not null,
    celebrated boolean      not null default false,
    primary key (user_id, badge_id),
    constraint fk_user_badge_user foreign key (user_id) references app_user (id)
) engine = InnoDB;

create table org_setting (
    name  varchar(64)  not null primary key,
    value varchar(255) not null
) engine = InnoDB;
