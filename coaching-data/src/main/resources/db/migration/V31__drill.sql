-- The daily drill (docs/DRILL.md): each agent's FSRS-6 memory of every quiz item and role-play decision met, the
-- log of every review, the recency-weighted skill profile per key (kept up to date on every review, so reading it
-- is one short range scan) and drill sessions (one open per agent and day).
create table drill_memory (
    user_id     bigint       not null,
    item_id     varchar(250) not null,
    empathy_key varchar(16)  not null,
    drillable   boolean      not null,
    phase       varchar(12)  not null,
    step        int          null,
    stability   double       null,
    difficulty  double       null,
    due         timestamp(6) not null,
    last_review timestamp(6) null,
    reviews     int          not null,
    lapses      int          not null,
    primary key (user_id, item_id),
    index ix_drill_memory_due (user_id, drillable, due),
    index ix_drill_memory_key (user_id, drillable, empathy_key, due),
    constraint fk_drill_memory_user foreign key (user_id) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table drill_review (
    id          bigint       not null auto_increment primary key,
    user_id     bigint       not null,
    item_id     varchar(250) not null,
    empathy_key varchar(16)  not null,
    rating      tinyint      not null,
    correct     boolean      not null,
    response_ms bigint       null,
    at          timestamp(6) not null,
    index ix_drill_review_user (user_id, at),
    constraint fk_drill_review_user foreign key (user_id) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table drill_profile (
    user_id     bigint       not null,
    empathy_key varchar(16)  not null,
    score_sum   double       not null,
    weight_sum  double       not null,
    as_of       timestamp(6) not null,
    primary key (user_id, empathy_key),
    constraint fk_drill_profile_user foreign key (user_id) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table drill_session (
    id          bigint        not null auto_increment primary key,
    user_id     bigint        not null,
    day         date          not null,
    items       varchar(2000) not null,
    answered    varchar(2000) not null default '',
    correct     int           not null default 0,
    started_at  timestamp(6)  not null,
    finished_at timestamp(6)  null,
    open_day    date as (if(finished_at is null, day, null)) persistent,
    unique key uk_drill_session_open (user_id, open_day),
    index ix_drill_session_day (user_id, day),
    constraint fk_drill_session_user foreign key (user_id) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
