-- People, their roles, and teams.
create table app_user (
    id            bigint       not null auto_increment primary key,
    username      varchar(64)  not null,
    display_name  varchar(120) not null,
    email         varchar(254) not null,
    password_hash varchar(255) not null,
    active        boolean      not null default true,
    time_zone     varchar(64)  not null default 'UTC',
    created_at    timestamp(6) not null default current_timestamp(6),
    version       bigint       not null default 0,
    constraint uk_app_user_username unique (username),
    constraint uk_app_user_email unique (email)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table user_role (
    user_id bigint      not null,
    role    varchar(16) not null,
    primary key (user_id, role),
    constraint fk_user_role_user foreign key (user_id) references app_user (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table team (
    id         bigint       not null auto_increment primary key,
    name       varchar(120) not null,
    created_at timestamp(6) not null default current_timestamp(6),
    constraint uk_team_name unique (name)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table team_member (
    team_id     bigint      not null,
    user_id     bigint      not null,
    member_role varchar(16) not null,
    primary key (team_id, user_id, member_role),
    key ix_team_member_user (user_id, member_role),
    constraint fk_team_member_team foreign key (team_id) references team (id) on delete cascade,
    constraint fk_team_member_user foreign key (user_id) references app_user (id) on delete cascade
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
