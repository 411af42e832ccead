package com.empathycoach.core.interaction;

import com.empathycoach.core.audit.AuditStore;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.interaction.InteractionViews.Interaction;
import com.empathycoach.core.interaction.ScorecardExtrasStore.Item;
import com.empathycoach.core.interaction.ScorecardExtrasStore.ItemScore;
import com.empathycoach.core.interaction.ScorecardExtrasStore.TurnComment;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.shared.NotAllowedException;
import com.empathycoach.core.skill.EmpathyKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What an organisation adds to the four keys of a scorecard: its own items (kept by admins, scored 1 to 5 or N/A
 * with a comment), and coaches' comments anchored on one turn. An agent sees both only after their self-review, like
 * the coach's scores.
 */
@Service
@Transactional
public class ScorecardExtrasFacade {

    public static final int MAX_LABEL = 120;
    public static final int MAX_DESCRIPTION = 500;

    private final ScorecardExtrasStore store;
    private final ScorecardFacade scorecards;
    private final InteractionFacade interactions;
    private final AuditStore audit;
    private final Clock clock;

    public ScorecardExtrasFacade(ScorecardExtrasStore store, ScorecardFacade scorecards, InteractionFacade interactions,
                                 AuditStore audit, Clock clock) {
        this.store = store;
        this.scorecards = scorecards;
        this.interactions = interactions;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every item, active first, for the admins who keep them. */
    @Transactional(readOnly = true)
    public List<Item> allItems(Actor admin) {
        admin.require(Role.ADMIN);
        return store.items();
    }

    /** The items a new scorecard asks for. */
    @Transactional(readOnly = true)
    public List<Item> activeItems() {
        return store.items().stream().filter(Item::active).toList();
    }

    public long addItem(Actor admin, String label, String description) {
        admin.require(Role.ADMIN);
        long id = store.addItem(label(label), description(description), clock.instant());
        if (id < 0) {
            throw new InvalidInputException("label", "scorecardItem.duplicate");
        }
        audit.record(admin.userId(), "QA_ITEM_ADDED", "item " + id + " " + label.strip(), null, clock.instant());
        return id;
    }

    /** Renames an item or switches it off (off: new scorecards leave it out; scores already given stay). */
    public void updateItem(Actor admin, long id, String label, String description, boolean active) {
        admin.require(Role.ADMIN);
        store.item(id).orElseThrow(() -> new InvalidInputException("item", "scorecardItem.unknown"));
        if (!store.updateItem(id, label(label), description(description), active)) {
            throw new InvalidInputException("label", "scorecardItem.duplicate");
        }
        audit.record(admin.userId(), "QA_ITEM_CHANGED", "item " + id + " " + label.strip() + (active ? "" : " (off)"),
                null, clock.instant());
    }

    /** The coach scores the keys and the organisation's items together; items left out or null are N/A. */
    public void score(Actor coach, long interactionId, Map<EmpathyKey, Integer> scores, Map<EmpathyKey, String> comments,
                      Map<Long, Integer> items, Map<Long, String> itemComments) {
        scorecards.score(coach, interactionId, scores, comments);
        Map<Long, Item> known = new HashMap<>();
        store.items().forEach(i -> known.put(i.id(), i));
        for (Map.Entry<Long, Integer> e : items.entrySet()) {
            if (!known.containsKey(e.getKey()) || (e.getValue() != null && (e.getValue() < 1 || e.getValue() > 5))) {
                throw new InvalidInputException("items", "scorecard.scoreRange");
            }
        }
        itemComments.values().forEach(ScorecardExtrasFacade::checkComment);
        store.saveItemScores(interactionId, items, itemComments);
    }

    /** The item scores of an interaction, or none for its agent before their self-review. */
    @Transactional(readOnly = true)
    public List<ItemScore> itemScores(Actor actor, long interactionId) {
        return hiddenFrom(actor, interactionId) ? List.of() : store.itemScores(interactionId);
    }

    /** Whether the actor may comment on the turns: the agent's coach. */
    @Transactional(readOnly = true)
    public boolean mayComment(Actor actor, long interactionId) {
        return scorecards.mayScore(actor, interactionId);
    }

    public void comment(Actor coach, long interactionId, int turnIndex, String text) {
        if (!mayComment(coach, interactionId)) {
            throw new NotAllowedException(coach.username() + " does not coach the agent of interaction " + interactionId);
        }
        Interaction interaction = interactions.get(coach, interactionId);
        if (turnIndex < 0 || turnIndex >= interaction.turns().size()) {
            throw new InvalidInputException("turn", "turnComment.unknownTurn");
        }
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw new InvalidInputException("text", "turnComment.empty");
        }
        checkComment(body);
        store.addComment(interactionId, turnIndex, coach.userId(), body, clock.instant());
        audit.record(coach.userId(), "QA_TURN_COMMENT", "interaction " + interactionId + " turn " + turnIndex, null,
                clock.instant());
    }

    /** The comments on the turns, oldest first; none for the agent before their self-review. */
    @Transactional(readOnly = true)
    public List<TurnComment> comments(Actor actor, long interactionId) {
        return hiddenFrom(actor, interactionId) ? List.of() : store.comments(interactionId);
    }

    /** True for the interaction's agent until they have reviewed themself. */
    private boolean hiddenFrom(Actor actor, long interactionId) {
        Interaction interaction = interactions.get(actor, interactionId);
        if (actor.userId() != interaction.agentId()) {
            return false;
        }
        return scorecards.view(actor, interactionId).map(card -> card.selfAt() == null).orElse(true);
    }

    private static String label(String label) {
        String text = label == null ? "" : label.strip();
        if (text.isEmpty() || text.length() > MAX_LABEL) {
            throw new InvalidInputException("label", "scorecardItem.label");
        }
        return text;
    }

    private static String description(String description) {
        String text = description == null ? "" : description.strip();
        if (text.length() > MAX_DESCRIPTION) {
            throw new InvalidInputException("description", "scorecardItem.description");
        }
        return text.isEmpty() ? null : text;
    }

    private static void checkComment(String text) {
        if (text != null && text.length() > ScorecardFacade.MAX_TEXT) {
            throw new InvalidInputException("comment", "scorecard.tooLong");
        }
    }
}
