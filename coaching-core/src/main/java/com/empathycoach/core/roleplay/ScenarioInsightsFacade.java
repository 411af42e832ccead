package com.empathycoach.core.roleplay;

import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.lesson.UnknownContentException;
import com.empathycoach.core.roleplay.RolePlayStore.ChoiceTally;
import com.empathycoach.core.roleplay.RolePlayStore.WrittenCount;
import com.empathycoach.core.roleplay.RolePlayStore.WrittenReply;
import com.empathycoach.core.roleplay.RolePlayViews.ChoiceShare;
import com.empathycoach.core.roleplay.RolePlayViews.NodeInsight;
import com.empathycoach.core.shared.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Item analysis of role-plays for coaches, HR and authors: which choices learners pick at each node, and what they
 * write at each free-text node. Replies are shown without their writers, and only once several people wrote at a
 * node: this is about the scenario, not the people.
 */
@Service
@Transactional(readOnly = true)
public class ScenarioInsightsFacade {

    private static final WrittenCount NONE = new WrittenCount(0, 0);

    private final ScenarioCatalog catalog;
    private final RolePlayStore plays;
    private final LocalizedScenarios localized;

    public ScenarioInsightsFacade(ScenarioCatalog catalog, RolePlayStore plays, TranslatedScenarios translations) {
        this.catalog = catalog;
        this.plays = plays;
        this.localized = new LocalizedScenarios(translations);
    }

    /** Every node of the scenario's current version, in the reader's language, with plays of every revision. */
    public List<NodeInsight> nodes(Actor actor, String scenarioId, Locale locale) {
        return nodes(actor, scenarioId, null, locale);
    }

    /** The revisions the scenario has had, oldest first. */
    public List<Integer> revisions(Actor actor, String scenarioId) {
        actor.requireAny(Role.COACH, Role.ADMIN, Role.HR, Role.AUTHOR);
        List<Integer> revisions = new java.util.ArrayList<>();
        for (int n = 1; catalog.revision(scenarioId, n).isPresent(); n++) {
            revisions.add(n);
        }
        return revisions;
    }

    /**
     * Every node of one revision of the scenario (null: the current one, with plays of any revision), in the reader's
     * language, in the order the file gives them.
     */
    public List<NodeInsight> nodes(Actor actor, String scenarioId, Integer revision, Locale locale) {
        actor.requireAny(Role.COACH, Role.ADMIN, Role.HR, Role.AUTHOR);
        Scenario scenario = localized.of(revision == null ? scenario(scenarioId) : catalog.revision(scenarioId, revision)
                .orElseThrow(() -> new UnknownContentException("scenario")).scenario(), locale);
        Map<String, Long> picks = new HashMap<>();
        Map<String, Long> perNode = new HashMap<>();
        for (ChoiceTally tally : plays.choiceTallies(scenarioId, revision)) {
            picks.put(tally.nodeId() + "/" + tally.choiceId(), tally.picks());
            perNode.merge(tally.nodeId(), tally.picks(), Long::sum);
        }
        Map<String, WrittenCount> written = plays.writtenReplyCounts(scenarioId, revision);
        return scenario.nodes().stream().map(node -> {
            long total = perNode.getOrDefault(node.id(), 0L);
            List<ChoiceShare> choices = node.choices().stream().map(c -> {
                long count = picks.getOrDefault(node.id() + "/" + c.id(), 0L);
                return new ChoiceShare(c.id(), c.text(), c.stronger() != null, count,
                        total == 0 ? 0 : (int) Math.round(count * 100.0 / total));
            }).toList();
            return new NodeInsight(node.id(), node.customer(), choices,
                    node.freeText().map(Scenario.FreeText::prompt).orElse(null),
                    written.getOrDefault(node.id(), NONE).replies(), written.getOrDefault(node.id(), NONE).writers());
        }).toList();
    }

    /**
     * The replies written at a free-text node, newest first, without their writers; none until at least
     * {@link NodeInsight#MIN_WRITERS} people have written there, so that no reply points at its writer.
     */
    public List<WrittenReply> replies(Actor actor, String scenarioId, Integer revision, String nodeId, Page page) {
        actor.requireAny(Role.COACH, Role.ADMIN, Role.HR, Role.AUTHOR);
        scenario(scenarioId);
        if (plays.writtenReplyCounts(scenarioId, revision).getOrDefault(nodeId, NONE).writers() < NodeInsight.MIN_WRITERS) {
            return List.of();
        }
        return plays.writtenReplies(scenarioId, revision, nodeId, page);
    }

    private Scenario scenario(String scenarioId) {
        return catalog.current(scenarioId).orElseThrow(() -> new UnknownContentException("scenario")).scenario();
    }
}
