package com.empathycoach.web.roleplay;

import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.roleplay.PublishedScenario;
import com.empathycoach.core.roleplay.RolePlayFacade;
import com.empathycoach.core.roleplay.RolePlayViews.RolePlay;
import com.empathycoach.core.roleplay.Scenario;
import com.empathycoach.core.roleplay.ScenarioCatalog;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.web.feedback.FeedbackTeam;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.util.Locale;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rude, dismissive or blaming written reply never reaches a scenario's best ending: for every free-text node of
 * every shipped scenario, reached by the shortest path of choices, each hostile reply below is sent there, the rest
 * of the play takes the strongest choices and a good reply, and the ending must not be the happy one. The
 * customer's mood must drop after the hostile reply.
 */
@SpringBootTest
@ActiveProfiles("test")
class HostileRepliesTest {

    static final List<String> HOSTILE = List.of(
            "Not my problem. You should have read the terms before you signed up.",
            "Calm down. There is nothing I can do, so stop wasting my time.",
            "Whatever. If you don't like it, take your business somewhere else.",
            "That's your own fault for not checking. Policy is policy, deal with it.",
            "Honestly, this is a ridiculous complaint and I'm not going to argue about it.",
            "You people always complain. Read the manual next time.");

    private static final String GOOD = "I'm really sorry, I can hear how frustrating this has been. Let me look at your "
            + "account right now and I'll make sure it is sorted today. Could you tell me when it started?";

    @Autowired
    RolePlayFacade rolePlays;

    @Autowired
    ScenarioCatalog catalog;

    @Autowired
    IdentityFacade identity;

    @Test
    void aHostileReplyAtAnyFreeTextNodeNeverEndsWithTheHappyResolutionAndCoolsTheCustomer() {
        Actor agent = FeedbackTeam.create(identity, 1).agent(0);
        int checked = 0;
        for (PublishedScenario published : catalog.current()) {
            Scenario scenario = published.scenario();
            for (Scenario.Node node : scenario.nodes()) {
                if (node.freeText().isEmpty()) {
                    continue;
                }
                List<String> path = pathTo(scenario, node.id()).orElseThrow(() -> new AssertionError(
                        scenario.id() + ": free-text node " + node.id() + " cannot be reached"));
                for (String hostile : HOSTILE) {
                    RolePlay play = play(agent, scenario, node.id(), path, hostile);
                    String what = scenario.id() + " / " + node.id() + " / \"" + hostile + "\"";
                    assertThat(play.debrief()).as(what).isPresent();
                    assertThat(play.debrief().orElseThrow().ending().outcome()).as(what)
                            .isNotEqualTo(Scenario.Outcome.RESOLVED_HAPPY);
                    var exchange = play.transcript().stream().filter(e -> e.nodeId().equals(node.id()) && e.written())
                            .findFirst().orElseThrow();
                    assertThat(exchange.moodAfter()).as(what + ": mood after the reply").isLessThan(exchange.moodBefore());
                    assertThat(exchange.weak()).as(what + ": shown as a weak point").isTrue();
                    checked++;
                }
            }
        }
        assertThat(checked).as("hostile replies tried").isGreaterThanOrEqualTo(5);
    }

    private RolePlay play(Actor agent, Scenario scenario, String target, List<String> path, String hostile) {
        RolePlay play = rolePlays.replay(agent, scenario.id(), Locale.ENGLISH);
        int step = 0;
        boolean sent = false;
        for (int guard = 0; guard < 30 && !play.completed(); guard++) {
            Scenario.Node node = play.current().orElseThrow();
            if (node.freeText().isPresent()) {
                boolean here = node.id().equals(target) && !sent;
                sent |= here;
                play = rolePlays.reply(agent, play.attemptId(), play.turnNo(), here ? hostile : GOOD, Locale.ENGLISH);
            } else {
                String choice = !sent && step < path.size() ? path.get(step) : node.choices().stream()
                        .max(Comparator.comparingInt(Scenario.Choice::total)).orElseThrow().id();
                play = rolePlays.choose(agent, play.attemptId(), play.turnNo(), choice, Locale.ENGLISH);
            }
            step++;
        }
        assertThat(sent).as("reached " + target).isTrue();
        return play;
    }

    /** The choice ids (null for a written turn) along a shortest path from the start to the node. */
    private static Optional<List<String>> pathTo(Scenario scenario, String target) {
        Map<String, List<String>> paths = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        paths.put(scenario.start(), List.of());
        queue.add(scenario.start());
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (id.equals(target)) {
                return Optional.of(paths.get(id));
            }
            Optional<Scenario.Node> node = scenario.node(id);
            if (node.isEmpty()) {
                continue;
            }
            List<String[]> edges = new ArrayList<>();
            node.get().choices().forEach(c -> edges.add(new String[]{c.id(), c.next()}));
            node.get().freeText().ifPresent(f -> edges.add(new String[]{null, f.next()}));
            for (String[] edge : edges) {
                if (!paths.containsKey(edge[1])) {
                    List<String> path = new ArrayList<>(paths.get(id));
                    path.add(edge[0]);
                    paths.put(edge[1], path);
                    queue.add(edge[1]);
                }
            }
        }
        return Optional.empty();
    }
}
