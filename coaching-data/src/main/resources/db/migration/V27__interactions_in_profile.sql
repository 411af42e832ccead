-- Real interactions stored before they counted in the empathy profile are added to it once: the analyzer's key
-- scores of each interaction and, where a coach scored it, the scorecard (1-5 as 0-100). Dated when the interaction
-- happened; weeks start on Monday in UTC here (the application uses the organisation's time zone from now on).
insert ignore into empathy_sample (agent_id, source, ref, key_id, score, observed_at)
select i.agent_id, 'INTERACTION', concat('interaction:', i.id), k.key_id,
       case k.key_id when 'DISCOVER' then i.score_discover when 'KNOWLEDGE' then i.score_knowledge
                     when 'HELP' then i.score_help else i.score_channel end, i.occurred_at
from interaction i
cross join (select 'DISCOVER' key_id union all select 'KNOWLEDGE' union all select 'HELP' union all select 'CHANNEL') k;

insert ignore into empathy_sample (agent_id, source, ref, key_id, score, observed_at)
select x.agent_id, 'QA_SCORECARD', concat('interaction:', x.id), x.key_id, (x.score - 1) * 25, x.occurred_at
from (select i.id, i.agent_id, i.occurred_at, k.key_id,
             case k.key_id when 'DISCOVER' then s.score_discover when 'KNOWLEDGE' then s.score_knowledge
                           when 'HELP' then s.score_help else s.score_channel end score
      from interaction i join interaction_scorecard s on s.interaction_id = i.id and s.status <> 'SELF_REVIEWED'
      cross join (select 'DISCOVER' key_id union all select 'KNOWLEDGE' union all select 'HELP' union all select 'CHANNEL') k) x
where x.score is not null;

-- The weekly sums of those sources are rebuilt from their samples.
delete from empathy_week where source in ('INTERACTION', 'QA_SCORECARD');
insert into empathy_week (agent_id, key_id, source, week_start, total, samples)
select agent_id, key_id, source, date_sub(date(observed_at), interval weekday(observed_at) day), sum(score), count(*)
from empathy_sample where source in ('INTERACTION', 'QA_SCORECARD')
group by agent_id, key_id, source, date_sub(date(observed_at), interval weekday(observed_at) day);
