-- Rows that people edit carry a version, so a save that started from an older read is refused instead of
-- silently undoing someone else's change (see docs/adr/0002-data-access.md).
alter table team add column version int not null default 0;
alter table coaching_note add column version int not null default 0;
alter table peer_request add column version int not null default 0;
