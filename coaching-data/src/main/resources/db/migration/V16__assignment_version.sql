-- Assignments are edited by people: each edit must start from the version it was read at, so a second coach
-- saving over a change they did not see is told instead of silently undoing it.
alter table assignment add column version int not null default 0;
