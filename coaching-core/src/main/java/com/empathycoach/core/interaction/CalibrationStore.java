package com.empathycoach.core.interaction;

import com.empathycoach.core.skill.EmpathyKey;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: calibration sessions, each on one interaction, with the invited coaches' blind scores. */
public interface CalibrationStore {

    /** A coach's part in a session: invited, and once they scored, their 1-5 per key (a key left out is N/A). */
    record Rating(long coachId, String coachName, Instant scoredAt, Map<EmpathyKey, Integer> scores) {
        public Rating {
            scores = Map.copyOf(scores);
        }

        public boolean scored() {
            return scoredAt != null;
        }
    }

    /** A session with the analyzer's suggestion when it was opened and every invited coach's rating. */
    record Session(long id, long interactionId, String agentName, long ownerId, String ownerName, Instant createdAt,
                   Instant closedAt, Map<EmpathyKey, Integer> analyzer, List<Rating> ratings) {
        public Session {
            analyzer = Map.copyOf(analyzer);
            ratings = List.copyOf(ratings);
        }

        public boolean closed() {
            return closedAt != null;
        }

        public Optional<Rating> ratingOf(long coachId) {
            return ratings.stream().filter(r -> r.coachId() == coachId).findFirst();
        }
    }

    /** Opens a session and invites these coaches (the owner among them); returns its id. */
    long open(long interactionId, long ownerId, Map<EmpathyKey, Integer> analyzer, Collection<Long> coachIds, Instant at);

    Optional<Session> find(long id);

    /** Sessions the coach is invited to (or owns), newest first. */
    List<Session> ofCoach(long coachId);

    /** Every session, oldest first: the units of agreement. */
    List<Session> all();

    void score(long id, long coachId, Map<EmpathyKey, Integer> scores, Instant at);

    void close(long id, Instant at);
}
