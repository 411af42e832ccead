package com.empathycoach.core.feedback;

import com.empathycoach.core.coaching.AssignedItem;
import com.empathycoach.core.coaching.CoachingFacade;
import com.empathycoach.core.feedback.SuggestionStore.Resolution;
import com.empathycoach.core.identity.AccessFacade;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.TeamSummary;
import com.empathycoach.core.lesson.ContentCatalog;
import com.empathycoach.core.lesson.UnknownContentException;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

/** The coach's side of the closed loop: open suggestions, assigned in one click or dismissed. */
@Service
@Transactional
public class SuggestionFacade {

    /** A suggestion with the title of the module it proposes. */
    public record Proposal(Suggestion suggestion, String moduleTitle) {
    }

    private final SuggestionStore store;
    private final IdentityStore identity;
    private final AccessFacade coaches;
    private final CoachingFacade coaching;
    private final ContentCatalog modules;
    private final Period dueIn;

    /** Dates and times come from {@code coaching}: the organisation's calendar and the application's clock. */
    public SuggestionFacade(SuggestionStore store, IdentityStore identity, AccessFacade coaches, CoachingFacade coaching,
                            ContentCatalog modules, @Value("${empathy.feedback.suggestion-due-in:P7D}") Period dueIn) {
        this.store = store;
        this.identity = identity;
        this.coaches = coaches;
        this.coaching = coaching;
        this.modules = modules;
        this.dueIn = dueIn;
    }

    @Transactional(readOnly = true)
    public List<Proposal> open(Actor coach) {
        coach.require(Role.COACH);
        Set<Long> agents = identity.agentIdsCoachedBy(coach.userId());
        if (agents.isEmpty()) {
            return List.of();
        }
        return store.openFor(agents).stream().map(s -> new Proposal(s, modules.current(s.moduleId())
                .map(m -> m.content().title()).orElse(s.moduleId()))).toList();
    }

    /** The due date a one-click assignment gets. */
    public LocalDate defaultDue() {
        return coaching.today().plus(dueIn);
    }

    /**
     * Assigns the suggested module to the agent, due after the default period, and closes the suggestion. Answers
     * false when the agent already had the module open: nothing new is assigned, and the suggestion closes all the same.
     */
    public boolean accept(Actor coach, long suggestionId) {
        Suggestion suggestion = own(coach, suggestionId);
        TeamSummary team = identity.teamsCoachedBy(coach.userId()).stream()
                .filter(t -> t.agents().stream().anyMatch(a -> a.userId() == suggestion.agentId())).findFirst()
                .orElseThrow(() -> new UnknownContentException("team"));
        boolean assigned = true;
        try {
            coaching.assign(coach, team.id(), AssignedItem.module(suggestion.moduleId()), Set.of(suggestion.agentId()),
                    defaultDue(), null);
        } catch (InvalidInputException e) {
            if (!"coaching.assign.alreadyOpen".equals(e.messageKey())) {
                throw e;
            }
            assigned = false;
        }
        if (!store.resolve(suggestionId, Resolution.ASSIGNED, coach.userId(), coaching.now())) {
            throw new InvalidInputException("suggestion", "feedback.suggestion.gone");
        }
        return assigned;
    }

    public void dismiss(Actor coach, long suggestionId) {
        own(coach, suggestionId);
        if (!store.resolve(suggestionId, Resolution.DISMISSED, coach.userId(), coaching.now())) {
            throw new InvalidInputException("suggestion", "feedback.suggestion.gone");
        }
    }

    private Suggestion own(Actor coach, long suggestionId) {
        Suggestion suggestion = store.suggestion(suggestionId)
                .orElseThrow(() -> new InvalidInputException("suggestion", "feedback.suggestion.gone"));
        coaches.requireCoachOf(coach, suggestion.agentId());
        return suggestion;
    }
}
