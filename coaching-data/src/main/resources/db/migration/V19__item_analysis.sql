-- Item analysis reads the first attempts at a module's lessons; find them without scanning every attempt.
create index ix_lesson_attempt_module_first on lesson_attempt (module_id, attempt_no);
-- Role-play analysis reads the turns taken at one node of a scenario, newest first.
create index ix_roleplay_turn_node on roleplay_turn (node_id, taken_at);
