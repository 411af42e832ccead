package com.empathycoach.core.interaction;

import com.empathycoach.core.coaching.AssignedItem;
import com.empathycoach.core.coaching.CoachingFacade;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.TeamMember;
import com.empathycoach.core.identity.TeamSummary;
import com.empathycoach.core.interaction.InteractionViews.Interaction;
import com.empathycoach.core.interaction.PracticeStore.KeyMeans;
import com.empathycoach.core.interaction.PracticeStore.PracticeLink;
import com.empathycoach.core.lesson.LessonFacade;
import com.empathycoach.core.lesson.LessonViews.ModuleProgress;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.shared.NotAllowedException;
import com.empathycoach.core.skill.EmpathyKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Practise this" and its impact: from a real interaction the agent's coach assigns, in one click, the module that
 * trains the interaction's weakest key; later the agent's profile shows that key on their real interactions before
 * the practice and after they finished it.
 */
@Service
@Transactional
public class PracticeFacade {

    public static final int DUE_IN_DAYS = 7;
    /** "Before" is the real interactions of this many days before the practice was assigned. */
    public static final int BEFORE_DAYS = 30;

    private final InteractionFacade interactions;
    private final ScorecardStore scorecards;
    private final CoachingFacade coaching;
    private final LessonFacade lessons;
    private final PracticeStore store;
    private final IdentityStore identity;

    public PracticeFacade(InteractionFacade interactions, ScorecardStore scorecards, CoachingFacade coaching,
                          LessonFacade lessons, PracticeStore store, IdentityStore identity) {
        this.identity = identity;
        this.interactions = interactions;
        this.scorecards = scorecards;
        this.coaching = coaching;
        this.lessons = lessons;
        this.store = store;
    }

    /** What "practise this" would assign: the weakest key, its module, and the team the agent is coached in. */
    public record Offer(EmpathyKey key, String moduleId, String moduleTitle, long teamId) {
    }

    /** The practice the actor, as the agent's coach, could assign from this interaction; empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<Offer> offer(Actor coach, long interactionId, Locale locale) {
        Interaction interaction = interactions.get(coach, interactionId);
        if (!coach.has(Role.COACH)) {
            return Optional.empty();
        }
        EmpathyKey weakest = weakest(scorecards.find(interactionId).filter(Scorecard::scored).map(Scorecard::scores)
                .filter(scores -> !scores.isEmpty()).orElse(interaction.keys()));
        Optional<ModuleProgress> module = lessons.catalogue(coach, locale).stream().filter(m -> m.key() == weakest).findFirst();
        Optional<TeamSummary> team = coaching.myTeams(coach).stream()
                .filter(t -> t.agents().stream().map(TeamMember::userId).anyMatch(id -> id == interaction.agentId()))
                .findFirst();
        if (module.isEmpty() || team.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Offer(weakest, module.get().moduleId(), module.get().title(), team.get().id()));
    }

    /** Assigns the offered module to the agent, due in a week, and remembers it for the impact view. */
    public Offer practise(Actor coach, long interactionId, Locale locale) {
        Offer offer = offer(coach, interactionId, locale)
                .orElseThrow(() -> new InvalidInputException("interaction", "practice.none"));
        Interaction interaction = interactions.get(coach, interactionId);
        long assignment;
        try {
            assignment = coaching.assign(coach, offer.teamId(), AssignedItem.module(offer.moduleId()),
                    Set.of(interaction.agentId()), coaching.today().plusDays(DUE_IN_DAYS), null);
        } catch (InvalidInputException e) {
            throw "coaching.assign.alreadyOpen".equals(e.messageKey())
                    ? new InvalidInputException("interaction", "practice.alreadyOpen") : e;
        }
        store.record(new PracticeLink(interactionId, interaction.agentId(), offer.key(), offer.moduleId(), assignment,
                coach.userId(), coaching.now()));
        return offer;
    }

    /**
     * One practice and the key it trains on the agent's real interactions: before (the {@value #BEFORE_DAYS} days
     * before it was assigned) and after (since the agent finished it; nothing while it is open).
     */
    public record Impact(long interactionId, EmpathyKey key, String moduleTitle, Instant assignedAt, Instant completedAt,
                         KeyMeans before, KeyMeans after) {
    }

    /** The agent's practice from real interactions and its impact: for the agent themself or their coach. */
    @Transactional(readOnly = true)
    public List<Impact> impact(Actor actor, long agentId, Locale locale) {
        if (actor.userId() != agentId && !(actor.has(Role.COACH) && identity.agentIdsCoachedBy(actor.userId()).contains(agentId))) {
            throw new NotAllowedException(actor.username() + " may not see the practice of agent " + agentId);
        }
        Map<String, String> titles = new java.util.HashMap<>();
        lessons.catalogue(actor, locale).forEach(m -> titles.put(m.moduleId(), m.title()));
        return store.ofAgent(agentId).stream().map(p -> {
            PracticeLink link = p.link();
            Instant assigned = link.assignedAt();
            KeyMeans before = store.means(agentId, link.key(), assigned.minus(Duration.ofDays(BEFORE_DAYS)), assigned);
            KeyMeans after = p.completedAt() == null ? null : store.means(agentId, link.key(), p.completedAt(), null);
            return new Impact(link.interactionId(), link.key(), titles.getOrDefault(link.moduleId(), link.moduleId()),
                    assigned, p.completedAt(), before, after);
        }).toList();
    }

    /** The lowest-scored key; ties go to the first key in the skill model's order. */
    public static EmpathyKey weakest(Map<EmpathyKey, Integer> scores) {
        return scores.entrySet().stream().min(Comparator.comparingInt((Map.Entry<EmpathyKey, Integer> e) -> e.getValue())
                .thenComparing(Map.Entry::getKey)).map(Map.Entry::getKey).orElse(EmpathyKey.DISCOVER);
    }
}
