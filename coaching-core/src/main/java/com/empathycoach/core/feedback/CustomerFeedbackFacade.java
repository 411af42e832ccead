package com.empathycoach.core.feedback;

import com.empathycoach.core.feedback.FeedbackEvents.CustomerFeedbackGiven;
import com.empathycoach.core.identity.AccessFacade;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.UserAccount;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Customer feedback: one-time links an agent (or an integration) makes, the public form behind them,
 * and what customers said. The form learns nothing about the agent beyond a first name.
 */
@Service
@Transactional
public class CustomerFeedbackFacade {

    private static final int COMMENTS_SHOWN = 20;

    /** What the public form may know about a link. */
    public record LinkCheck(Status status, String agentFirstName) {
        public enum Status { OPEN, USED, EXPIRED, REVOKED, INVALID }

        static LinkCheck of(Status status) {
            return new LinkCheck(status, null);
        }
    }

    private final FeedbackLinkStore links;
    private final IdentityStore identity;
    private final AccessFacade coaches;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration validFor;

    public CustomerFeedbackFacade(FeedbackLinkStore links, IdentityStore identity, AccessFacade coaches,
                                  ApplicationEventPublisher events, Clock clock,
                                  @Value("${empathy.feedback.link-valid-for:P14D}") Duration validFor) {
        this.links = links;
        this.identity = identity;
        this.coaches = coaches;
        this.events = events;
        this.clock = clock;
        this.validFor = validFor;
    }

    public NewLink createLink(Actor agent) {
        agent.require(Role.AGENT);
        return create(agent.userId(), FeedbackLink.Origin.AGENT);
    }

    /** For an integration that has proven its API key: a link for the active agent with this username. */
    public NewLink createLinkFor(String agentUsername) {
        UserAccount agent = Optional.ofNullable(agentUsername).flatMap(identity::userByUsername)
                .filter(u -> u.active() && u.roles().contains(Role.AGENT))
                .orElseThrow(() -> new InvalidInputException("agent", "feedback.link.unknownAgent"));
        return create(agent.id(), FeedbackLink.Origin.API);
    }

    private NewLink create(long agentId, FeedbackLink.Origin origin) {
        String token = LinkTokens.newToken();
        Instant now = clock.instant();
        Instant expires = now.plus(validFor);
        long id = links.create(agentId, LinkTokens.hash(token), origin, now, expires);
        return new NewLink(id, token, expires);
    }

    @Transactional(readOnly = true)
    public LinkCheck check(String token) {
        Optional<FeedbackLink> link = find(token);
        if (link.isEmpty()) {
            return LinkCheck.of(LinkCheck.Status.INVALID);
        }
        LinkCheck.Status status = statusOf(link.get());
        if (status != LinkCheck.Status.OPEN) {
            return LinkCheck.of(status);
        }
        String firstName = identity.user(link.get().agentId()).map(UserAccount::firstName).orElse("");
        return new LinkCheck(status, firstName);
    }

    /** Stores the answer if the link is still open; the returned status says what happened otherwise. */
    public LinkCheck.Status submit(String token, CustomerAnswer answer) {
        Optional<FeedbackLink> link = find(token);
        if (link.isEmpty()) {
            return LinkCheck.Status.INVALID;
        }
        Instant now = clock.instant();
        if (!links.consume(link.get().id(), link.get().agentId(), answer, now)) {
            LinkCheck.Status after = links.link(link.get().id()).map(this::statusOf).orElse(LinkCheck.Status.INVALID);
            return after == LinkCheck.Status.OPEN ? LinkCheck.Status.USED : after;
        }
        events.publishEvent(new CustomerFeedbackGiven(link.get().id(), link.get().agentId(), answer.overall(),
                answer.keyScores(), now));
        return LinkCheck.Status.OPEN;
    }

    @Transactional(readOnly = true)
    public List<FeedbackLink> myLinks(Actor agent, Page page) {
        return links.byAgent(agent.userId(), page);
    }

    @Transactional(readOnly = true)
    public int countMyLinks(Actor agent) {
        return links.countByAgent(agent.userId());
    }

    public void revoke(Actor agent, long linkId) {
        FeedbackLink link = links.link(linkId).orElseThrow(() -> new UnknownContentException("link"));
        if (link.agentId() != agent.userId()) {
            throw new NotAllowedException(agent.username() + " cannot revoke link " + linkId);
        }
        if (!links.revoke(linkId, clock.instant())) {
            throw new InvalidInputException("link", "feedback.link.notOpen");
        }
    }

    @Transactional(readOnly = true)
    public CustomerSummary mySummary(Actor agent) {
        return links.summary(agent.userId(), COMMENTS_SHOWN);
    }

    @Transactional(readOnly = true)
    public CustomerSummary summaryFor(Actor coach, long agentId) {
        coaches.requireCoachOf(coach, agentId);
        return links.summary(agentId, COMMENTS_SHOWN);
    }

    public Duration validFor() {
        return validFor;
    }

    public Instant now() {
        return clock.instant();
    }

    private Optional<FeedbackLink> find(String token) {
        if (!LinkTokens.wellFormed(token)) {
            return Optional.empty();
        }
        return links.byTokenHash(LinkTokens.hash(token));
    }

    private LinkCheck.Status statusOf(FeedbackLink link) {
        return switch (link.state(clock.instant())) {
            case OPEN -> LinkCheck.Status.OPEN;
            case USED -> LinkCheck.Status.USED;
            case EXPIRED -> LinkCheck.Status.EXPIRED;
            case REVOKED -> LinkCheck.Status.REVOKED;
        };
    }
}
