-- Reporting: attempts and score per assigned item since it was assigned, kept up to date as work is done.
-- A lesson or role-play scores its best attempt; a module the mean of its lesson attempts.
alter table assignment_agent
    add column attempts    int    not null default 0,
    add column score_total bigint not null default 0,
    add column score       int    null;

create index ix_assignment_created on assignment (created_at, team_id);

-- Fill the new columns from work done since each assignment, before this version.
update assignment_agent aa join assignment a on a.id = aa.assignment_id
    join (select aa2.assignment_id, aa2.user_id, count(*) n, sum(l.score) total, max(l.score) best
          from assignment_agent aa2 join assignment a2 on a2.id = aa2.assignment_id
          join lesson_attempt l on l.user_id = aa2.user_id and l.module_id = a2.content_id
               and (a2.kind = 'MODULE' or l.lesson_id = a2.lesson_id)
               and l.status = 'COMPLETED' and l.completed_at >= a2.created_at
          where a2.kind in ('LESSON', 'MODULE')
          group by aa2.assignment_id, aa2.user_id) w
      on w.assignment_id = aa.assignment_id and w.user_id = aa.user_id
set aa.attempts = w.n, aa.score_total = w.total,
    aa.score = if(a.kind = 'MODULE', round(w.total / w.n), w.best);

update assignment_agent aa join assignment a on a.id = aa.assignment_id
    join (select aa2.assignment_id, aa2.user_id, count(*) n, sum(r.overall) total, max(r.overall) best
          from assignment_agent aa2 join assignment a2 on a2.id = aa2.assignment_id
          join roleplay_attempt r on r.user_id = aa2.user_id and r.scenario_id = a2.content_id
               and r.status = 'COMPLETED' and r.completed_at >= a2.created_at
          where a2.kind = 'SCENARIO'
          group by aa2.assignment_id, aa2.user_id) w
      on w.assignment_id = aa.assignment_id and w.user_id = aa.user_id
set aa.attempts = w.n, aa.score_total = w.total, aa.score = w.best;

-- Who exported or changed what, and when.
create table audit_log (
    id        bigint        not null auto_increment primary key,
    actor_id  bigint        not null,
    action    varchar(40)   not null,
    details   varchar(2000) not null,
    row_count int           null,
    at        timestamp(6)  not null,
    index ix_audit_log_at (at),
    index ix_audit_log_actor (actor_id, at),
    constraint fk_audit_log_actor foreign key (actor_id) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Open Badges: each earned badge is a hosted assertion with an opaque id and its own recipient salt.
alter table user_badge
    add column assertion_id   char(36) not null default (uuid()),
    add column recipient_salt char(32) not null default (replace(uuid(), '-', ''));
update user_badge set assertion_id = uuid(), recipient_salt = replace(uuid(), '-', '');
create unique index uk_user_badge_assertion on user_badge (assertion_id);

-- xAPI statements made from domain events, and their forwarding to a learning record store.
create table xapi_statement (
    id              char(36)     not null primary key,
    user_id         bigint       not null,
    verb            varchar(16)  not null,
    activity_type   varchar(16)  not null,
    activity_id     varchar(300) not null,
    activity_name   varchar(400) not null,
    score           int          null,
    success         boolean      null,
    completion      boolean      null,
    response        varchar(400) null,
    at              timestamp(6) not null,
    forwarded_at    timestamp(6) null,
    attempts        int          not null default 0,
    next_attempt_at timestamp(6) null,
    last_error      varchar(400) null,
    index ix_xapi_statement_at (at),
    index ix_xapi_statement_forward (forwarded_at, next_attempt_at),
    constraint fk_xapi_statement_user foreign key (user_id) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
