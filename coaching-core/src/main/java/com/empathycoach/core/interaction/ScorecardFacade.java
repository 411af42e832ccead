package com.empathycoach.core.interaction;

import com.empathycoach.core.audit.AuditStore;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.interaction.InteractionViews.Interaction;
import com.empathycoach.core.interaction.Scorecard.Status;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.shared.NotAllowedException;
import com.empathycoach.core.skill.EmpathyKey;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * QA of a real interaction: the agent's coach scores it on the four keys (1 to 5 or N/A, a comment per key), starting
 * from the analyzer's suggestion; the agent reviews themself before seeing the coach's score, then acknowledges or
 * disputes it; HR or another coach upholds or changes a disputed score. Every step is in the audit log.
 */
@Service
@Transactional
public class ScorecardFacade {

    public static final int MAX_TEXT = 1000;

    private final InteractionFacade interactions;
    private final ScorecardStore scorecards;
    private final IdentityStore identity;
    private final AuditStore audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public ScorecardFacade(InteractionFacade interactions, ScorecardStore scorecards, IdentityStore identity,
                           AuditStore audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.interactions = interactions;
        this.scorecards = scorecards;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /** The analyzer's key scores (0 to 100) as a first suggestion on the 1 to 5 scale. */
    public static Map<EmpathyKey, Integer> suggestion(Interaction interaction) {
        Map<EmpathyKey, Integer> suggested = new EnumMap<>(EmpathyKey.class);
        interaction.keys().forEach((key, score) -> suggested.put(key, 1 + Math.round(score / 25f)));
        return suggested;
    }

    /** What the actor may see of the scorecard; an agent sees the coach's scores only after their self-review. */
    @Transactional(readOnly = true)
    public Optional<Scorecard> view(Actor actor, long interactionId) {
        Interaction interaction = interactions.get(actor, interactionId);
        return scorecards.find(interactionId).map(card -> actor.userId() == interaction.agentId() && card.selfAt() == null
                ? new Scorecard(card.interactionId(), card.status(), card.coachName(), card.scoredAt(), Map.of(), Map.of(),
                        true, null, Map.of(), card.disputeReason(), card.disputedAt(), card.resolverName(),
                        card.resolutionNote(), card.resolvedAt())
                : card);
    }

    /** A settled score with its interaction: a labelled example for the analyzer. */
    public record SettledExample(Interaction interaction, Scorecard scorecard) {
    }

    /** Settled disputes as labelled examples: a coach gets their agents', HR and admins everyone's. */
    @Transactional(readOnly = true)
    public java.util.List<SettledExample> settledExamples(Actor actor) {
        actor.requireAny(Role.COACH, Role.HR, Role.ADMIN);
        java.util.Collection<Long> agents = actor.has(Role.HR) || actor.has(Role.ADMIN) ? null
                : identity.agentIdsCoachedBy(actor.userId());
        return scorecards.settled(agents).stream().map(id -> new SettledExample(interactions.get(actor, id),
                scorecards.find(id).orElseThrow())).toList();
    }

    /** Whether the actor is the coach of the interaction's agent, who may score it. */
    @Transactional(readOnly = true)
    public boolean mayScore(Actor actor, long interactionId) {
        Interaction interaction = interactions.get(actor, interactionId);
        return actor.has(Role.COACH) && identity.agentIdsCoachedBy(actor.userId()).contains(interaction.agentId());
    }

    /** Whether the actor may settle a dispute: HR, or a coach who did not give the disputed score. */
    @Transactional(readOnly = true)
    public boolean mayResolve(Actor actor, long interactionId) {
        interactions.get(actor, interactionId);
        return actor.has(Role.HR) || (actor.has(Role.COACH)
                && scorecards.coachOf(interactionId).map(coach -> coach != actor.userId()).orElse(false));
    }

    public void score(Actor coach, long interactionId, Map<EmpathyKey, Integer> scores, Map<EmpathyKey, String> comments) {
        if (!mayScore(coach, interactionId)) {
            throw new NotAllowedException(coach.username() + " does not coach the agent of interaction " + interactionId);
        }
        Optional<Scorecard> existing = scorecards.find(interactionId);
        if (existing.map(c -> c.status() == Status.DISPUTED || c.status() == Status.RESOLVED).orElse(false)) {
            throw new InvalidInputException("scores", "scorecard.closed");
        }
        checkScores(scores, true);
        comments.values().forEach(ScorecardFacade::checkText);
        scorecards.saveScores(interactionId, coach.userId(), scores, comments, clock.instant());
        announce(interactionId, scores);
        audit.record(coach.userId(), "QA_SCORED", "interaction " + interactionId + " " + scores, null, clock.instant());
    }

    public void selfReview(Actor agent, long interactionId, Map<EmpathyKey, Integer> self) {
        Interaction interaction = interactions.get(agent, interactionId);
        if (interaction.agentId() != agent.userId()) {
            throw new NotAllowedException(agent.username() + " is not the agent of interaction " + interactionId);
        }
        if (scorecards.find(interactionId).map(c -> c.selfAt() != null).orElse(false)) {
            throw new InvalidInputException("self", "scorecard.selfDone");
        }
        checkScores(self, true);
        scorecards.saveSelf(interactionId, self, clock.instant());
        audit.record(agent.userId(), "QA_SELF_REVIEWED", "interaction " + interactionId + " " + self, null, clock.instant());
    }

    public void acknowledge(Actor agent, long interactionId) {
        Scorecard card = ownScored(agent, interactionId);
        if (card.status() != Status.SCORED) {
            throw new InvalidInputException("status", "scorecard.notOpen");
        }
        scorecards.setStatus(interactionId, Status.ACKNOWLEDGED);
        audit.record(agent.userId(), "QA_ACKNOWLEDGED", "interaction " + interactionId, null, clock.instant());
    }

    public void dispute(Actor agent, long interactionId, String reason) {
        Scorecard card = ownScored(agent, interactionId);
        if (card.status() != Status.SCORED && card.status() != Status.ACKNOWLEDGED) {
            throw new InvalidInputException("status", "scorecard.notOpen");
        }
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("reason", "scorecard.reasonRequired");
        }
        checkText(text);
        scorecards.dispute(interactionId, text, clock.instant());
        audit.record(agent.userId(), "QA_DISPUTED", "interaction " + interactionId + ": " + text, null, clock.instant());
        events.publishEvent(new InteractionEvents.ScoreDisputed(interactionId, agent.userId(),
                scorecards.coachOf(interactionId).orElse(0L),
                identity.user(agent.userId()).map(u -> u.displayName()).orElse(agent.username())));
    }

    /** Upholds the score ({@code scores} null) or changes it; a note for the agent is required either way. */
    public void resolve(Actor actor, long interactionId, Map<EmpathyKey, Integer> scores, String note) {
        if (!mayResolve(actor, interactionId)) {
            throw new NotAllowedException(actor.username() + " may not settle the dispute on " + interactionId);
        }
        Scorecard card = scorecards.find(interactionId).orElseThrow(() -> new InvalidInputException("status", "scorecard.notOpen"));
        if (card.status() != Status.DISPUTED) {
            throw new InvalidInputException("status", "scorecard.notDisputed");
        }
        String text = note == null ? "" : note.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("note", "scorecard.noteRequired");
        }
        checkText(text);
        Map<EmpathyKey, Integer> finalScores = scores == null ? card.scores() : scores;
        checkScores(finalScores, true);
        scorecards.resolve(interactionId, actor.userId(), finalScores, text, clock.instant());
        if (scores != null) {
            announce(interactionId, finalScores);
        }
        audit.record(actor.userId(), scores == null ? "QA_DISPUTE_UPHELD" : "QA_DISPUTE_CHANGED", "interaction "
                + interactionId + " from " + card.scores() + " to " + finalScores + ": " + text, null, clock.instant());
    }

    private void announce(long interactionId, Map<EmpathyKey, Integer> scores) {
        Interaction interaction = interactions.byId(interactionId).orElseThrow();
        events.publishEvent(new InteractionEvents.InteractionScored(interactionId, interaction.agentId(),
                interaction.occurredAt(), scores));
    }

    private Scorecard ownScored(Actor agent, long interactionId) {
        Interaction interaction = interactions.get(agent, interactionId);
        if (interaction.agentId() != agent.userId()) {
            throw new NotAllowedException(agent.username() + " is not the agent of interaction " + interactionId);
        }
        return scorecards.find(interactionId).filter(Scorecard::scored)
                .orElseThrow(() -> new InvalidInputException("status", "scorecard.notOpen"));
    }

    private static void checkScores(Map<EmpathyKey, Integer> scores, boolean oneRequired) {
        if (scores.values().stream().anyMatch(s -> s == null || s < 1 || s > 5)) {
            throw new InvalidInputException("scores", "scorecard.scoreRange");
        }
        if (oneRequired && scores.isEmpty()) {
            throw new InvalidInputException("scores", "scorecard.oneKey");
        }
    }

    private static void checkText(String text) {
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidInputException("comment", "scorecard.tooLong");
        }
    }
}
