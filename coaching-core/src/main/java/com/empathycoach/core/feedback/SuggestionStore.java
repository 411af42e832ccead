package com.empathycoach.core.feedback;

import com.empathycoach.core.skill.ScoreSource;
import com.empathycoach.core.skill.EmpathyKey;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: the coach's suggestions to assign a module. */
public interface SuggestionStore {

    enum Resolution { ASSIGNED, DISMISSED }

    /** Opens a suggestion; empty when one is already open for this agent and key. */
    Optional<Long> open(long agentId, EmpathyKey key, ScoreSource source, String moduleId, double average, int samples,
                        Instant now);

    /** When the last suggestion for this agent and key was created, open or not. */
    Optional<Instant> lastCreated(long agentId, EmpathyKey key);

    Optional<Suggestion> suggestion(long id);

    /** Open suggestions for these agents, newest first. */
    List<Suggestion> openFor(Collection<Long> agentIds);

    boolean resolve(long id, Resolution resolution, long coachId, Instant now);
}
