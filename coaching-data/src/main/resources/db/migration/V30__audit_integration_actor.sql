-- An integration calling the API with its key (importing a module, for example) acts without a user account:
-- its audit entries have no actor.
alter table audit_log modify actor_id bigint null;
