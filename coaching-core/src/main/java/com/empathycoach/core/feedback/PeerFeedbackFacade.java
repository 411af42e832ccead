package com.empathycoach.core.feedback;

import com.empathycoach.core.feedback.FeedbackEvents.PeerFeedbackGiven;
import com.empathycoach.core.feedback.FeedbackEvents.PeerFeedbackRequested;
import com.empathycoach.core.identity.AccessFacade;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.TeamMember;
import com.empathycoach.core.lesson.UnknownContentException;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.shared.NotAllowedException;
import com.empathycoach.core.shared.Page;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Peer feedback: an agent, or their coach on their behalf, asks teammates to rate the four keys. The
 * agent and the coach see the answers only taken together, and only once enough peers have answered.
 */
@Service
@Transactional
public class PeerFeedbackFacade {

    public static final int MAX_PEERS_PER_ASK = 10;
    private static final int HISTORY = 50;

    private final PeerFeedbackStore store;
    private final IdentityStore identity;
    private final AccessFacade coaches;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int threshold;

    public PeerFeedbackFacade(PeerFeedbackStore store, IdentityStore identity, AccessFacade coaches,
                              ApplicationEventPublisher events, Clock clock,
                              @Value("${empathy.feedback.peer-anonymity-threshold:3}") int threshold) {
        this.store = store;
        this.identity = identity;
        this.coaches = coaches;
        this.events = events;
        this.clock = clock;
        this.threshold = Math.max(2, threshold);
    }

    /** The active agents who share a team with this agent, by name. */
    @Transactional(readOnly = true)
    public List<TeamMember> teammates(long agentId) {
        Map<Long, TeamMember> mates = new TreeMap<>();
        identity.teamsOfAgent(agentId).forEach(team -> team.agents().stream()
                .filter(m -> m.userId() != agentId && m.active()).forEach(m -> mates.put(m.userId(), m)));
        return mates.values().stream().sorted(Comparator.comparing(TeamMember::displayName)).toList();
    }

    @Transactional(readOnly = true)
    public List<TeamMember> myTeammates(Actor agent) {
        agent.require(Role.AGENT);
        return teammates(agent.userId());
    }

    /** The agent asks teammates; returns how many new requests were opened (open ones are not repeated). */
    public int ask(Actor agent, Set<Long> peerIds) {
        agent.require(Role.AGENT);
        return open(agent, agent.userId(), peerIds);
    }

    /** A coach asks teammates on behalf of an agent they coach. */
    public int askFor(Actor coach, long agentId, Set<Long> peerIds) {
        coaches.requireCoachOf(coach, agentId);
        return open(coach, agentId, peerIds);
    }

    private int open(Actor actor, long agentId, Set<Long> peerIds) {
        if (peerIds == null || peerIds.isEmpty()) {
            throw new InvalidInputException("peers", "feedback.peer.nobodyChosen");
        }
        if (peerIds.size() > MAX_PEERS_PER_ASK) {
            throw new InvalidInputException("peers", "feedback.peer.tooMany");
        }
        Set<Long> allowed = teammates(agentId).stream().map(TeamMember::userId).collect(Collectors.toSet());
        if (!allowed.containsAll(peerIds)) {
            throw new NotAllowedException(actor.username() + " asked people outside the teams of agent " + agentId);
        }
        String agentName = identity.user(agentId).map(u -> u.displayName()).orElseThrow();
        Instant now = clock.instant();
        // A teammate whose request still reads as waiting is not asked again, whether or not they have in fact
        // answered: asking must not reveal an answer the agent cannot see yet.
        Set<Long> waiting = asTheAgentSeesThem(agentId).stream().filter(r -> r.status() == PeerRequest.Status.OPEN)
                .map(PeerRequest::peerId).collect(Collectors.toSet());
        int opened = 0;
        for (long peer : peerIds) {
            if (waiting.contains(peer)) {
                continue;
            }
            var id = store.open(agentId, peer, actor.userId(), now);
            if (id.isPresent()) {
                opened++;
                events.publishEvent(new PeerFeedbackRequested(id.get(), agentId, agentName, peer));
            }
        }
        return opened;
    }

    /** Requests waiting for this person's answer. */
    @Transactional(readOnly = true)
    public List<PeerRequest> waitingForMe(Actor peer) {
        return store.waitingFor(peer.userId());
    }

    /**
     * The agent's own requests, newest first: who was asked and when. A request answered or declined since the last
     * release still reads as open, so its closing cannot be matched with an answer.
     */
    @Transactional(readOnly = true)
    public List<PeerRequest> myRequests(Actor agent) {
        return asTheAgentSeesThem(agent.userId());
    }

    /** One page of the agent's own requests, newest first, read as {@link #myRequests(Actor)} reads them. */
    @Transactional(readOnly = true)
    public List<PeerRequest> myRequests(Actor agent, Page page) {
        return asTheAgentSeesThem(agent.userId(), store.about(agent.userId(), page.offset(), page.limit()));
    }

    @Transactional(readOnly = true)
    public int countMyRequests(Actor agent) {
        return store.countAbout(agent.userId());
    }

    private List<PeerRequest> asTheAgentSeesThem(long agentId) {
        return asTheAgentSeesThem(agentId, store.about(agentId, HISTORY));
    }

    private List<PeerRequest> asTheAgentSeesThem(long agentId, List<PeerRequest> requests) {
        Instant released = store.lastRelease(agentId).orElse(Instant.MIN);
        return requests.stream().map(r -> hidden(r, released)
                ? new PeerRequest(r.id(), r.agentId(), r.agentName(), r.peerId(), r.peerName(), r.requestedBy(),
                        PeerRequest.Status.OPEN, r.createdAt(), null) : r).toList();
    }

    private static boolean hidden(PeerRequest r, Instant lastRelease) {
        return (r.status() == PeerRequest.Status.ANSWERED || r.status() == PeerRequest.Status.DECLINED)
                && r.closedAt() != null && r.closedAt().isAfter(lastRelease);
    }

    public void give(Actor peer, long requestId, PeerAnswer answer) {
        PeerRequest request = ownRequest(peer, requestId);
        Instant now = clock.instant();
        if (!store.answer(request, answer, now)) {
            throw new InvalidInputException("request", "feedback.peer.closed");
        }
        events.publishEvent(new PeerFeedbackGiven(request.id(), request.agentId(), peer.userId(), answer.ratings(), now));
        releaseIfEnough(request.agentId(), now);
    }

    /**
     * Answers become visible only in groups: once at least {@code threshold} different teammates have unreleased
     * answers, all of them are released together. Nothing the agent or coach sees changes before that.
     */
    private void releaseIfEnough(long agentId, Instant now) {
        if (store.unreleasedPeers(agentId) < threshold) {
            return;
        }
        List<PeerFeedbackStore.Released> released = store.release(agentId, now);
        if (!released.isEmpty()) {
            events.publishEvent(new FeedbackEvents.PeerFeedbackReleased(agentId, released, now));
        }
    }

    public void decline(Actor peer, long requestId) {
        ownRequest(peer, requestId);
        if (!store.close(requestId, PeerRequest.Status.DECLINED, clock.instant())) {
            throw new InvalidInputException("request", "feedback.peer.closed");
        }
    }

    /**
     * The agent takes back a request that reads as open. It works the same whether the teammate has not answered,
     * has declined or has answered (the answer is then dropped before anyone sees it), so withdrawing reveals nothing.
     */
    public void withdraw(Actor agent, long requestId) {
        PeerRequest request = store.request(requestId).orElseThrow(() -> new UnknownContentException("request"));
        if (request.agentId() != agent.userId()) {
            throw new NotAllowedException(agent.username() + " cannot withdraw request " + requestId);
        }
        boolean seenOpen = asTheAgentSeesThem(agent.userId()).stream()
                .anyMatch(r -> r.id() == requestId && r.status() == PeerRequest.Status.OPEN);
        if (!seenOpen || !store.withdraw(requestId, clock.instant())) {
            throw new InvalidInputException("request", "feedback.peer.closed");
        }
    }

    @Transactional(readOnly = true)
    public PeerSummary mySummary(Actor agent) {
        return summary(agent.userId());
    }

    @Transactional(readOnly = true)
    public PeerSummary summaryFor(Actor coach, long agentId) {
        coaches.requireCoachOf(coach, agentId);
        return summary(agentId);
    }

    @Transactional(readOnly = true)
    public List<PeerRequest> requestsAbout(Actor coach, long agentId) {
        coaches.requireCoachOf(coach, agentId);
        return asTheAgentSeesThem(agentId);
    }

    public int threshold() {
        return threshold;
    }

    PeerSummary summary(long agentId) {
        int peers = store.answeringPeers(agentId);
        if (peers < threshold) {
            return PeerSummary.hidden(peers, threshold);
        }
        return new PeerSummary(peers, threshold, store.averageRatings(agentId), store.examples(agentId));
    }

    private PeerRequest ownRequest(Actor peer, long requestId) {
        PeerRequest request = store.request(requestId).orElseThrow(() -> new UnknownContentException("request"));
        if (request.peerId() != peer.userId()) {
            throw new NotAllowedException(peer.username() + " was not asked in request " + requestId);
        }
        if (request.status() != PeerRequest.Status.OPEN) {
            throw new InvalidInputException("request", "feedback.peer.closed");
        }
        return request;
    }
}
