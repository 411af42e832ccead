-- Data repairs done once per installation (a row per repair), so they do not repeat at every start.
create table one_time_task (
    name    varchar(100) not null primary key,
    done_at timestamp(6) not null
);
