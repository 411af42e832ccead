-- How many listed people have exactly a given XP on each board: a rank is the sum over the XP values
-- above, plus the ties ahead, instead of a count over every row above.
-- board: 'O' organisation all time, 'OW' organisation week, 'T' team all time, 'TW' team week;
-- team_id 0 and week_start 1970-01-05 stand for "any" where the board has no team or week.
create table xp_board_count (
    board      char(2) not null,
    team_id    bigint  not null,
    week_start date    not null,
    xp         bigint  not null,
    people     int     not null,
    primary key (board, team_id, week_start, xp)
) engine = InnoDB;

-- Count everyone already listed.
insert into xp_board_count (board, team_id, week_start, xp, people)
select 'O', 0, '1970-01-05', total, count(*) from xp_total where public_board and total > 0 group by total;
insert into xp_board_count (board, team_id, week_start, xp, people)
select 'OW', 0, week_start, week_xp, count(*) from xp_total where public_board and week_xp > 0
group by week_start, week_xp;
insert into xp_board_count (board, team_id, week_start, xp, people)
select 'T', team_id, '1970-01-05', total, count(*) from xp_total
where public_board and total > 0 and team_id is not null group by team_id, total;
insert into xp_board_count (board, team_id, week_start, xp, people)
select 'TW', team_id, week_start, week_xp, count(*) from xp_total
where public_board and week_xp > 0 and team_id is not null group by team_id, week_start, week_xp;
