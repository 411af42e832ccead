-- Calibration: coaches score one real interaction blind, to see whether their scores mean the same thing. The
-- analyzer's 1-5 suggestion at the time the session opened is kept as one more rater.
create table calibration_session (
    id                 bigint       not null auto_increment primary key,
    interaction_id     bigint       not null,
    owner_id           bigint       not null,
    created_at         timestamp(6) not null,
    closed_at          timestamp(6) null,
    analyzer_discover  int null, analyzer_knowledge int null, analyzer_help int null, analyzer_channel int null,
    constraint fk_calibration_interaction foreign key (interaction_id) references interaction (id) on delete cascade,
    constraint fk_calibration_owner foreign key (owner_id) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table calibration_rating (
    session_id      bigint       not null,
    coach_id        bigint       not null,
    scored_at       timestamp(6) null,
    score_discover  int null, score_knowledge int null, score_help int null, score_channel int null,
    primary key (session_id, coach_id),
    index ix_calibration_coach (coach_id),
    constraint fk_calibration_rating_session foreign key (session_id) references calibration_session (id) on delete cascade,
    constraint fk_calibration_rating_coach foreign key (coach_id) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
