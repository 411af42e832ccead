-- Real interactions (chat, e-mail, ticket, call transcript) sent by a source system or pasted by a coach. Text is
-- redacted before it gets here. The analysis is kept with the version of the analyzer that made it.
create table interaction (
    id               bigint       not null auto_increment primary key,
    agent_id         bigint       not null,
    channel          varchar(16)  not null,
    occurred_at      timestamp(6) not null,
    external_id      varchar(200) not null,
    overall          int          not null,
    score_discover   int          not null,
    score_knowledge  int          not null,
    score_help       int          not null,
    score_channel    int          not null,
    analyzer_version varchar(40)  not null,
    created_at       timestamp(6) not null default current_timestamp(6),
    constraint uk_interaction_external unique (external_id),
    constraint fk_interaction_agent foreign key (agent_id) references app_user (id),
    index ix_interaction_agent (agent_id, occurred_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table interaction_turn (
    interaction_id bigint       not null,
    turn_index     int          not null,
    speaker        varchar(8)   not null,
    text           mediumtext   not null,
    overall        int          null,
    findings       text         null,
    primary key (interaction_id, turn_index),
    constraint fk_interaction_turn foreign key (interaction_id) references interaction (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
