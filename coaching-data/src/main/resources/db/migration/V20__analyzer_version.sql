-- A written reply keeps the analyzer's overall verdict and the version of the analyzer (and its rules) that scored
-- it, so a score can always be traced to the rules that made it. Replies scored earlier have neither.
alter table roleplay_turn add column overall int null, add column analyzer_version varchar(40) null;
