-- Authoring in the browser: one draft per module (English and Spanish YAML), which revision of a module is current
-- when an author chose one (else the newest), who published what, and the Spanish published with a revision.
create table module_draft (
    module_id   varchar(100) not null primary key,
    source      mediumtext   not null,
    source_es   mediumtext   not null,
    version     int          not null,
    updated_by  bigint       not null,
    updated_at  timestamp(6) not null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table content_module_pin (
    module_id varchar(100) not null primary key,
    revision  int          not null,
    constraint fk_module_pin foreign key (module_id, revision) references content_module_revision (module_id, revision)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table content_module_publication (
    id           bigint       not null auto_increment primary key,
    module_id    varchar(100) not null,
    revision     int          not null,
    published_by bigint       not null,
    published_at timestamp(6) not null,
    index ix_publication_module (module_id, published_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table content_module_translation (
    module_id varchar(100) not null,
    revision  int          not null,
    language  varchar(8)   not null,
    source    mediumtext   not null,
    primary key (module_id, revision, language),
    constraint fk_module_translation foreign key (module_id, revision) references content_module_revision (module_id, revision)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
