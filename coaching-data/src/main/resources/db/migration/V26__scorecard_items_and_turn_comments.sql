-- An organisation's own scorecard items, scored 1 to 5 or N/A next to the four keys, and coaches' comments anchored
-- on one turn of an interaction.
create table scorecard_item (
    id          bigint        not null auto_increment primary key,
    label       varchar(120)  not null,
    description varchar(500)  null,
    active      boolean       not null default true,
    created_at  timestamp(6)  not null,
    constraint uk_scorecard_item_label unique (label)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table interaction_item_score (
    interaction_id bigint        not null,
    item_id        bigint        not null,
    score          int           null,
    comment        varchar(1000) null,
    primary key (interaction_id, item_id),
    constraint fk_item_score_interaction foreign key (interaction_id) references interaction (id) on delete cascade,
    constraint fk_item_score_item foreign key (item_id) references scorecard_item (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table interaction_turn_comment (
    id             bigint        not null auto_increment primary key,
    interaction_id bigint        not null,
    turn_index     int           not null,
    author_id      bigint        not null,
    text           varchar(1000) not null,
    created_at     timestamp(6)  not null,
    index ix_turn_comment (interaction_id, turn_index, created_at),
    constraint fk_turn_comment_interaction foreign key (interaction_id) references interaction (id) on delete cascade,
    constraint fk_turn_comment_author foreign key (author_id) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
