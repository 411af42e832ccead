-- A coach's scorecard of a real interaction (1 to 5 per key, or N/A), the agent's self-review, and a dispute's trail.
create table interaction_scorecard (
    interaction_id   bigint        not null primary key,
    coach_id         bigint        null,
    scored_at        timestamp(6)  null,
    status           varchar(16)   not null,
    score_discover   int null, score_knowledge int null, score_help int null, score_channel int null,
    comment_discover varchar(1000) null, comment_knowledge varchar(1000) null,
    comment_help     varchar(1000) null, comment_channel varchar(1000) null,
    self_at          timestamp(6)  null,
    self_discover    int null, self_knowledge int null, self_help int null, self_channel int null,
    dispute_reason   varchar(1000) null,
    disputed_at      timestamp(6)  null,
    resolver_id      bigint        null,
    resolution_note  varchar(1000) null,
    resolved_at      timestamp(6)  null,
    constraint fk_scorecard_interaction foreign key (interaction_id) references interaction (id) on delete cascade,
    constraint fk_scorecard_coach foreign key (coach_id) references app_user (id),
    constraint fk_scorecard_resolver foreign key (resolver_id) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
