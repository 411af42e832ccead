package com.empathycoach.core.interaction;

import com.empathycoach.core.audit.AuditStore;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.TeamMember;
import com.empathycoach.core.interaction.CalibrationResults.Result;
import com.empathycoach.core.interaction.CalibrationStore.Rating;
import com.empathycoach.core.interaction.CalibrationStore.Session;
import com.empathycoach.core.interaction.InteractionViews.Interaction;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.shared.NotAllowedException;
import com.empathycoach.core.skill.EmpathyKey;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Calibration: a coach opens a session on one real interaction and invites other coaches; each scores it blind (no
 * one sees another's scores, the analyzer's suggestion or the agent's scorecard until they have scored themselves or
 * the session is closed); the result shows how far apart they are. Every step is audited.
 */
@Service
@Transactional
public class CalibrationFacade {

    private final CalibrationStore store;
    private final InteractionFacade interactions;
    private final IdentityStore identity;
    private final AuditStore audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public CalibrationFacade(CalibrationStore store, InteractionFacade interactions, IdentityStore identity,
                             AuditStore audit, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.store = store;
        this.interactions = interactions;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /** The session as the coach may see it, and whether they may still score or close it. */
    public record SessionView(Session session, boolean mayScore, boolean mayClose, boolean resultVisible) {
    }

    /** Active coaches of any team other than the actor, by name: whom a session can invite. */
    @Transactional(readOnly = true)
    public List<TeamMember> invitable(Actor coach) {
        coach.require(Role.COACH);
        Map<Long, TeamMember> coaches = new java.util.LinkedHashMap<>();
        identity.allTeams().forEach(t -> t.coaches().stream().filter(TeamMember::active)
                .filter(c -> c.userId() != coach.userId()).forEach(c -> coaches.putIfAbsent(c.userId(), c)));
        return coaches.values().stream().sorted(Comparator.comparing(TeamMember::displayName,
                String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /** Opens a session on an interaction of one of the coach's agents and invites these coaches to score it blind. */
    public long open(Actor coach, long interactionId, Set<Long> invitees) {
        coach.require(Role.COACH);
        Interaction interaction = interactions.get(coach, interactionId);
        if (invitees == null || invitees.isEmpty()) {
            throw new InvalidInputException("invitees", "calibration.inviteOne");
        }
        Set<Long> allowed = new java.util.HashSet<>(invitable(coach).stream().map(TeamMember::userId).toList());
        if (!allowed.containsAll(invitees)) {
            throw new InvalidInputException("invitees", "calibration.notACoach");
        }
        Set<Long> raters = new LinkedHashSet<>();
        raters.add(coach.userId());
        raters.addAll(invitees);
        long id = store.open(interactionId, coach.userId(), ScorecardFacade.suggestion(interaction), raters, clock.instant());
        audit.record(coach.userId(), "QA_CALIBRATION_OPENED", "session " + id + " on interaction " + interactionId
                + " with " + invitees.size() + " invited", null, clock.instant());
        events.publishEvent(new InteractionEvents.CalibrationInvited(id, coach.userId(),
                identity.user(coach.userId()).map(u -> u.displayName()).orElse(coach.username()), invitees));
        return id;
    }

    /** The sessions the coach is part of, newest first, as they may see them. */
    @Transactional(readOnly = true)
    public List<SessionView> mine(Actor coach) {
        coach.require(Role.COACH);
        return store.ofCoach(coach.userId()).stream().map(s -> seen(coach, s)).toList();
    }

    @Transactional(readOnly = true)
    public SessionView view(Actor coach, long id) {
        return seen(coach, invited(coach, id));
    }

    /** The transcript, for an invited coach, whoever's agent it is. */
    @Transactional(readOnly = true)
    public Interaction interaction(Actor coach, long id) {
        return interactions.byId(invited(coach, id).interactionId()).orElseThrow();
    }

    /** The result, once the coach has scored or the session is closed. */
    @Transactional(readOnly = true)
    public Result result(Actor coach, long id) {
        SessionView view = view(coach, id);
        if (!view.resultVisible()) {
            throw new NotAllowedException(coach.username() + " has not scored calibration session " + id + " yet");
        }
        return CalibrationResults.of(view.session(), store.all());
    }

    /** A coach's blind score, given once, on at least one key (1 to 5; a key left out is N/A). */
    public void score(Actor coach, long id, Map<EmpathyKey, Integer> scores) {
        Session session = invited(coach, id);
        if (session.closed()) {
            throw new InvalidInputException("session", "calibration.closed");
        }
        if (session.ratingOf(coach.userId()).map(Rating::scored).orElse(false)) {
            throw new InvalidInputException("session", "calibration.alreadyScored");
        }
        if (scores.isEmpty()) {
            throw new InvalidInputException("scores", "scorecard.oneKey");
        }
        if (scores.values().stream().anyMatch(s -> s == null || s < 1 || s > 5)) {
            throw new InvalidInputException("scores", "scorecard.scoreRange");
        }
        store.score(id, coach.userId(), scores, clock.instant());
        audit.record(coach.userId(), "QA_CALIBRATION_SCORED", "session " + id + " " + scores, null, clock.instant());
    }

    /** The owner closes the session: no more scores, and everyone invited sees the result. */
    public void close(Actor coach, long id) {
        Session session = invited(coach, id);
        if (session.ownerId() != coach.userId()) {
            throw new NotAllowedException(coach.username() + " does not own calibration session " + id);
        }
        if (!session.closed()) {
            store.close(id, clock.instant());
            audit.record(coach.userId(), "QA_CALIBRATION_CLOSED", "session " + id, null, clock.instant());
        }
    }

    private Session invited(Actor coach, long id) {
        coach.require(Role.COACH);
        Session session = store.find(id).orElseThrow(() -> new InvalidInputException("session", "calibration.unknown"));
        if (session.ratingOf(coach.userId()).isEmpty()) {
            throw new NotAllowedException(coach.username() + " is not invited to calibration session " + id);
        }
        return session;
    }

    /** Blind: until the coach scored or the session closed, others' scores and the analyzer's are left out. */
    private static SessionView seen(Actor coach, Session s) {
        boolean scored = s.ratingOf(coach.userId()).map(Rating::scored).orElse(false);
        boolean visible = scored || s.closed();
        Session shown = visible ? s : new Session(s.id(), s.interactionId(), s.agentName(), s.ownerId(), s.ownerName(),
                s.createdAt(), s.closedAt(), Map.of(), s.ratings().stream().map(r -> new Rating(r.coachId(), r.coachName(),
                        r.scoredAt(), Map.of())).toList());
        return new SessionView(shown, !scored && !s.closed(), s.ownerId() == coach.userId() && !s.closed(), visible);
    }
}
