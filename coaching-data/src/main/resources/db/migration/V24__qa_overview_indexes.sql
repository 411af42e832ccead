-- QA coverage and trends read interactions by when they happened and scorecards by when they were scored.
create index ix_interaction_occurred on interaction (occurred_at);
create index ix_scorecard_scored on interaction_scorecard (scored_at);
