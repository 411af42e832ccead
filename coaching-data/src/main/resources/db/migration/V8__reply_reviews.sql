-- A coach's review of a written role-play reply: their score per key and feedback.
create table roleplay_review (
    attempt_id      bigint        not null,
    turn_no         int           not null,
    reviewer_id     bigint        not null,
    score_discover  int           not null,
    score_knowledge int           not null,
    score_help      int           not null,
    score_channel   int           not null,
    feedback        varchar(2000) not null,
    reviewed_at     timestamp(6)  not null,
    seen_at         timestamp(6)  null,
    primary key (attempt_id, turn_no),
    constraint fk_roleplay_review_turn foreign key (attempt_id, turn_no) references roleplay_turn (attempt_id, turn_no)
        on delete cascade,
    constraint fk_roleplay_review_reviewer foreign key (reviewer_id) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
