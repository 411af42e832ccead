-- Lesson content revisions, attempts with their answers, and option pick counters.
create table content_module_revision (
    module_id        varchar(100) not null,
    revision         int          not null,
    declared_version int          not null,
    checksum         char(64)     not null,
    source           mediumtext   not null,
    created_at       timestamp(6) not null default current_timestamp(6),
    primary key (module_id, revision),
    constraint uk_content_revision_checksum unique (module_id, checksum)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table lesson_attempt (
    id           bigint       not null auto_increment primary key,
    user_id      bigint       not null,
    module_id    varchar(100) not null,
    lesson_id    varchar(100) not null,
    revision     int          not null,
    attempt_no   int          not null,
    status       varchar(16)  not null,
    step_index   int          not null default 0,
    shuffle_seed bigint       not null,
    score        int          null,
    passed       boolean      null,
    started_at   timestamp(6) not null,
    updated_at   timestamp(6) not null,
    completed_at timestamp(6) null,
    constraint uk_lesson_attempt unique (user_id, module_id, lesson_id, attempt_no),
    constraint fk_lesson_attempt_user foreign key (user_id) references app_user (id),
    constraint fk_lesson_attempt_revision foreign key (module_id, revision)
        references content_module_revision (module_id, revision)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table lesson_answer (
    attempt_id  bigint       not null,
    question_id varchar(100) not null,
    answer      varchar(500) not null,
    correct     boolean      not null,
    answered_at timestamp(6) not null,
    primary key (attempt_id, question_id),
    constraint fk_lesson_answer_attempt foreign key (attempt_id) references lesson_attempt (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Maintained on every first answer, so insight pages never aggregate the answer table.
create table question_option_picks (
    module_id   varchar(100) not null,
    lesson_id   varchar(100) not null,
    question_id varchar(100) not null,
    option_id   varchar(20)  not null,
    picks       bigint       not null default 0,
    primary key (module_id, lesson_id, question_id, option_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
