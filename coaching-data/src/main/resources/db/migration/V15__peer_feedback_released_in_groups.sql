-- Peer answers reach the agent and their coach only in groups of at least the anonymity threshold (3) of new
-- teammates, never one at a time; released_at marks the group an answer was shown in.
alter table peer_rating add column released_at timestamp(6) null;
create index ix_peer_rating_release on peer_rating (agent_id, released_at);
-- Answers already shown under the earlier rule (an agent with at least 3 answering teammates) stay shown.
update peer_rating r
join (select agent_id from peer_rating group by agent_id having count(distinct peer_id) >= 3) shown
    on shown.agent_id = r.agent_id
set r.released_at = r.answered_at;
