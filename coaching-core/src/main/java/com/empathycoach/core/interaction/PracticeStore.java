package com.empathycoach.core.interaction;

import com.empathycoach.core.skill.EmpathyKey;

import java.time.Instant;
import java.util.List;

/** Port: practice assigned from a real interaction ("practise this"), and the key's scores on real interactions. */
public interface PracticeStore {

    /** One "practise this": which interaction, which key, which module, through which assignment, by whom and when. */
    record PracticeLink(long interactionId, long agentId, EmpathyKey key, String moduleId, long assignmentId,
                        long coachId, Instant assignedAt) {
    }

    /** A stored link and when the agent finished the assignment (null while open). */
    record Practice(long id, PracticeLink link, Instant completedAt) {
    }

    /** A key's mean over the agent's real interactions in a time range: the analyzer's (0-100) and the coaches' (1-5). */
    record KeyMeans(Double analyzer, int interactions, Double coach, int scored) {
    }

    long record(PracticeLink link);

    /** The agent's practice links, newest first. */
    List<Practice> ofAgent(long agentId);

    /** Means of the key over the agent's interactions that happened in [from, to); {@code to} null is open-ended. */
    KeyMeans means(long agentId, EmpathyKey key, Instant from, Instant to);
}
