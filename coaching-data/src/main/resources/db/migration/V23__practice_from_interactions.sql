-- "Practise this": the module a coach assigned from a real interaction to train its weakest key, so the agent's
-- profile can show that key on real interactions before the practice and after it was finished.
create table practice_link (
    id             bigint       not null auto_increment primary key,
    interaction_id bigint       not null,
    agent_id       bigint       not null,
    key_id         varchar(16)  not null,
    module_id      varchar(64)  not null,
    assignment_id  bigint       not null,
    coach_id       bigint       not null,
    assigned_at    timestamp(6) not null,
    index ix_practice_agent (agent_id, assigned_at),
    constraint fk_practice_interaction foreign key (interaction_id) references interaction (id) on delete cascade,
    constraint fk_practice_assignment foreign key (assignment_id) references assignment (id),
    constraint fk_practice_coach foreign key (coach_id) references app_user (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
