-- Work coaches assign to agents of their team.
create table assignment (
    id          bigint        not null auto_increment primary key,
    team_id     bigint        not null,
    coach_id    bigint        not null,
    kind        varchar(16)   not null,
    content_id  varchar(100)  not null,
    lesson_id   varchar(100)  null,
    item_key    varchar(210)  not null,
    title       varchar(400)  not null,
    due_on      date          not null,
    note        varchar(1000) null,
    status      varchar(16)   not null default 'ACTIVE',
    created_at  timestamp(6)  not null,
    updated_at  timestamp(6)  not null,
    index ix_assignment_team (team_id, status, due_on),
    constraint fk_assignment_team foreign key (team_id) references team (id),
    constraint fk_assignment_coach foreign key (coach_id) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table assignment_agent (
    assignment_id bigint       not null,
    user_id       bigint       not null,
    item_key      varchar(210) not null,
    completed_at  timestamp(6) null,
    primary key (assignment_id, user_id),
    index ix_assignment_agent_open (user_id, item_key, completed_at),
    constraint fk_assignment_agent_assignment foreign key (assignment_id) references assignment (id) on delete cascade,
    constraint fk_assignment_agent_user foreign key (user_id) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
