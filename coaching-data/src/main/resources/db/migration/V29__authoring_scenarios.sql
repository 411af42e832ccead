-- Authoring role-plays in the browser, as V28 did for modules: one draft per scenario (English and Spanish YAML),
-- which revision is current when an author chose one (else the newest), who published what, and the Spanish
-- published with a revision.
create table scenario_draft (
    scenario_id varchar(100) not null primary key,
    source      mediumtext   not null,
    source_es   mediumtext   not null,
    version     int          not null,
    updated_by  bigint       not null,
    updated_at  timestamp(6) not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table content_scenario_pin (
    scenario_id varchar(100) not null primary key,
    revision    int          not null,
    constraint fk_scenario_pin foreign key (scenario_id, revision)
        references content_scenario_revision (scenario_id, revision)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table content_scenario_publication (
    id           bigint       not null auto_increment primary key,
    scenario_id  varchar(100) not null,
    revision     int          not null,
    published_by bigint       not null,
    published_at timestamp(6) not null,
    index ix_scenario_publication (scenario_id, published_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table content_scenario_translation (
    scenario_id varchar(100) not null,
    revision    int          not null,
    language    varchar(8)   not null,
    source      mediumtext   not null,
    primary key (scenario_id, revision, language),
    constraint fk_scenario_translation foreign key (scenario_id, revision)
        references content_scenario_revision (scenario_id, revision)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Item statistics are kept per revision of a module, so an author sees how an edited question does since the edit.
-- Picks counted before this change are attributed to the module's newest revision at the time of the change.
alter table question_option_picks add column revision int not null default 1 after module_id;
update question_option_picks p set revision = coalesce(
    (select max(r.revision) from content_module_revision r where r.module_id = p.module_id), 1);
alter table question_option_picks drop primary key,
    add primary key (module_id, revision, lesson_id, question_id, option_id);
