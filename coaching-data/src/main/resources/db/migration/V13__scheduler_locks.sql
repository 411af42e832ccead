-- One row per scheduled job: which node holds it and until when, so each job runs once across nodes.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp(3) not null,
    locked_at  timestamp(3) not null,
    locked_by  varchar(255) not null
) engine = InnoDB;
