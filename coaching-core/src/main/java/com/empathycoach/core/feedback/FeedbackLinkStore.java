package com.empathycoach.core.feedback;

import com.empathycoach.core.shared.Page;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: customer feedback links and the answers given through them. */
public interface FeedbackLinkStore {

    long create(long agentId, byte[] tokenHash, FeedbackLink.Origin origin, Instant now, Instant expiresAt);

    Optional<FeedbackLink> byTokenHash(byte[] tokenHash);

    Optional<FeedbackLink> link(long id);

    /**
     * Marks the link used and stores the answer, if and only if it is still open at {@code now}. Of two
     * concurrent calls for one link exactly one returns true.
     */
    boolean consume(long linkId, long agentId, CustomerAnswer answer, Instant now);

    boolean revoke(long linkId, Instant now);

    List<FeedbackLink> byAgent(long agentId, Page page);

    int countByAgent(long agentId);

    CustomerSummary summary(long agentId, int comments);

    /** The agent's most recent answers, newest first. */
    List<CustomerAnswer> recent(long agentId, int limit);
}
