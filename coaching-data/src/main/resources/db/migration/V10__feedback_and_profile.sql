-- Peer feedback: an agent (or their coach) asks a teammate; the teammate rates each key 1..5 with an example.
create table peer_request (
    id           bigint       not null auto_increment primary key,
    agent_id     bigint       not null,
    peer_id      bigint       not null,
    requested_by bigint       not null,
    status       varchar(16)  not null,
    created_at   timestamp(6) not null,
    closed_at    timestamp(6) null,
    -- 1 while open, null once closed: at most one open request per agent and peer, even under races.
    open_marker  tinyint as (if(status = 'OPEN', 1, null)) persistent,
    constraint uk_peer_request_open unique (agent_id, peer_id, open_marker),
    index ix_peer_request_peer (peer_id, status, created_at),
    index ix_peer_request_agent (agent_id, created_at),
    constraint fk_peer_request_agent foreign key (agent_id) references app_user (id),
    constraint fk_peer_request_peer foreign key (peer_id) references app_user (id),
    constraint fk_peer_request_by foreign key (requested_by) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table peer_rating (
    request_id  bigint       not null,
    agent_id    bigint       not null,
    peer_id     bigint       not null,
    key_id      varchar(16)  not null,
    rating      tinyint      not null,
    example     varchar(500) not null,
    answered_at timestamp(6) not null,
    primary key (request_id, key_id),
    index ix_peer_rating_agent (agent_id, answered_at),
    constraint fk_peer_rating_request foreign key (request_id) references peer_request (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Customer feedback links: only a SHA-256 of the token is kept, so a copy of the table opens no link.
create table feedback_link (
    id         bigint       not null auto_increment primary key,
    agent_id   bigint       not null,
    token_hash binary(32)   not null,
    origin     varchar(16)  not null,
    created_at timestamp(6) not null,
    expires_at timestamp(6) not null,
    used_at    timestamp(6) null,
    revoked_at timestamp(6) null,
    constraint uk_feedback_link_token unique (token_hash),
    index ix_feedback_link_agent (agent_id, created_at),
    constraint fk_feedback_link_agent foreign key (agent_id) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table customer_feedback (
    link_id        bigint        not null primary key,
    agent_id       bigint        not null,
    overall        tinyint       not null,
    listened       tinyint       not null,
    understood     tinyint       not null,
    wanted_to_help tinyint       not null,
    comment        varchar(1000) null,
    submitted_at   timestamp(6)  not null,
    index ix_customer_feedback_agent (agent_id, submitted_at),
    constraint fk_customer_feedback_link foreign key (link_id) references feedback_link (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The empathy profile: every score once (keyed by its source), summed per agent, key, source and week.
create table empathy_sample (
    agent_id    bigint       not null,
    source      varchar(16)  not null,
    ref         varchar(190) not null,
    key_id      varchar(16)  not null,
    score       tinyint      not null,
    observed_at timestamp(6) not null,
    primary key (agent_id, source, ref, key_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table empathy_week (
    agent_id   bigint      not null,
    key_id     varchar(16) not null,
    source     varchar(16) not null,
    week_start date        not null,
    total      int         not null,
    samples    int         not null,
    primary key (agent_id, key_id, source, week_start)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Closed loop: a suggestion to the coach to assign the module that trains a key scored low.
create table coaching_suggestion (
    id          bigint        not null auto_increment primary key,
    agent_id    bigint        not null,
    key_id      varchar(16)   not null,
    source      varchar(16)   not null,
    module_id   varchar(64)   not null,
    average     decimal(3, 2) not null,
    samples     int           not null,
    status      varchar(16)   not null,
    created_at  timestamp(6)  not null,
    resolved_at timestamp(6)  null,
    resolved_by bigint        null,
    open_marker tinyint as (if(status = 'OPEN', 1, null)) persistent,
    constraint uk_coaching_suggestion_open unique (agent_id, key_id, open_marker),
    index ix_coaching_suggestion_agent (agent_id, key_id, created_at),
    index ix_coaching_suggestion_status (status, created_at),
    constraint fk_coaching_suggestion_agent foreign key (agent_id) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
