package com.empathycoach.data.feedback;

import com.empathycoach.core.feedback.PeerAnswer;
import com.empathycoach.core.feedback.PeerFeedbackFacade;
import com.empathycoach.core.feedback.PeerFeedbackStore;
import com.empathycoach.core.feedback.PeerRequest;
import com.empathycoach.core.feedback.PeerSummary;
import com.empathycoach.core.feedback.Ratings;
import com.empathycoach.core.identity.AccessFacade;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.skill.EmpathyKey;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * Peer feedback summaries from the real store (docs/FEEDBACK.md, "Anonymity"): nothing before the threshold,
 * and after it a summary that depends only on which answers were given, never on who gave which nor in what
 * order. Two agents in one team ask the same teammates; the teammates give the two agents the same answers,
 * in different orders or swapped among themselves, and the two summaries must be the same.
 */
@SpringBootTest
class PeerFeedbackStoreProperties {

    private static final int THRESHOLD = 3;

    /** Examples that read differently; the same example twice is common. */
    private static final List<String> EXAMPLES = List.of("Listened first", "Asked what was tried",
            "Explained the next steps", "Cafe chat", "Called back");

    /** Examples people write alike: some differ only in capitals or accents. */
    private static final List<String> WRITTEN_ALIKE = List.of("Listened first", "listened first", "Asked what was tried",
            "asked what was tried", "Cafe chat", "Café chat");

    @Autowired
    IdentityStore identity;

    @Autowired
    PeerFeedbackStore store;

    private static Gen<PeerAnswer> answers(List<String> texts) {
        Gen<Integer> rating = integers().between(Ratings.MIN, Ratings.MAX);
        Gen<String> example = Generate.pick(texts);
        return lists().of(rating).ofSize(4).zip(lists().of(example).ofSize(4), (r, e) -> {
            Map<EmpathyKey, Integer> ratings = new EnumMap<>(EmpathyKey.class);
            Map<EmpathyKey, String> examples = new EnumMap<>(EmpathyKey.class);
            for (EmpathyKey key : EmpathyKey.values()) {
                ratings.put(key, r.get(key.ordinal()));
                examples.put(key, e.get(key.ordinal()));
            }
            return new PeerAnswer(ratings, examples);
        });
    }

    /**
     * The answers of the teammates, one each, and two orders of giving them (indices into the answers). There are
     * one or two thresholds' worth of teammates, so that once all have answered, all answers are released.
     */
    record Group(List<PeerAnswer> answers, List<Integer> firstOrder, List<Integer> secondOrder) {
    }

    private static Gen<Group> groups(List<String> examples) {
        return Generate.pick(List.of(THRESHOLD, 2 * THRESHOLD)).flatMap(size ->
                lists().of(answers(examples)).ofSize(size).zip(shuffled(size), shuffled(size), Group::new));
    }

    /** The numbers from 0 to {@code size - 1} in any order; shrinks towards counting up. */
    private static Gen<List<Integer>> shuffled(int size) {
        return in -> {
            List<Integer> order = new ArrayList<>(IntStream.range(0, size).boxed().toList());
            for (int i = size - 1; i > 0; i--) {
                Collections.swap(order, i, i - integers().between(0, i).generate(in));
            }
            return order;
        };
    }

    private static Gen<Group> groups() {
        return groups(EXAMPLES);
    }

    private static Gen<Group> groupsWritingAlike() {
        return groups(WRITTEN_ALIKE);
    }

    /** A new active agent with a unique name. */
    private long newUser(String prefix) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return identity.createUser(new NewUser(prefix + tag, "Person " + tag, tag + "@example.org", "long-enough-password",
                Set.of(Role.AGENT), "UTC"), "h");
    }

    /** One team: two agents, the teammates they both ask, and a facade over the real store. */
    private final class Team {
        final PeerFeedbackFacade facade;
        final long[] agents = new long[2];
        final List<Long> peers = new ArrayList<>();
        Instant now = Instant.parse("2026-11-23T09:00:00Z");

        Team(int peerCount) {
            long team = identity.createTeam("Peers " + UUID.randomUUID());
            for (int i = 0; i < 2; i++) {
                agents[i] = newUser("pa");
                identity.addToTeam(team, agents[i], Role.AGENT);
            }
            for (int i = 0; i < peerCount; i++) {
                long peer = newUser("pp");
                identity.addToTeam(team, peer, Role.AGENT);
                peers.add(peer);
            }
            Clock clock = new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now;
                }
            };
            facade = new PeerFeedbackFacade(store, identity,
                    new AccessFacade(identity), event -> { }, clock, THRESHOLD);
            for (long agent : agents) {
                now = now.plus(Duration.ofMinutes(1));
                facade.ask(actor(agent), new HashSet<>(peers));
            }
        }

        /** Teammate {@code peer} answers {@code agent}'s request. */
        void give(int agent, int peer, PeerAnswer answer) {
            now = now.plus(Duration.ofMinutes(1));
            Actor teammate = actor(peers.get(peer));
            PeerRequest request = facade.waitingForMe(teammate).stream().filter(r -> r.agentId() == agents[agent])
                    .findFirst().orElseThrow();
            facade.give(teammate, request.id(), answer);
        }

        PeerSummary summary(int agent) {
            return facade.mySummary(actor(agents[agent]));
        }

        private static Actor actor(long id) {
            return new Actor(id, "user" + id, Set.of(Role.AGENT));
        }
    }

    @Test
    void theOrderOfAnsweringDoesNotChangeTheSummaryAndNothingShowsBeforeTheThreshold() {
        qt().withExamples(15).withShrinkCycles(100).forAll(groups())
                .checkAssert(this::theOrderOfAnsweringDoesNotChangeTheSummaryAndNothingShowsBeforeTheThreshold);
    }

    private void theOrderOfAnsweringDoesNotChangeTheSummaryAndNothingShowsBeforeTheThreshold(Group group) {
        Team team = new Team(group.answers().size());
        for (int agent = 0; agent < 2; agent++) {
            List<Integer> order = agent == 0 ? group.firstOrder() : group.secondOrder();
            for (int i = 0; i < order.size(); i++) {
                // Each teammate gives their own answer; only the order differs between the two agents.
                team.give(agent, order.get(i), group.answers().get(order.get(i)));
                PeerSummary summary = team.summary(agent);
                assertThat(summary.visible()).as("after %d answers", i + 1).isEqualTo(i + 1 >= THRESHOLD);
                if (!summary.visible()) {
                    assertThat(summary.averages()).isEmpty();
                    assertThat(summary.examples()).isEmpty();
                }
            }
        }
        assertThat(team.summary(0).peers()).isEqualTo(group.answers().size());
        assertThat(team.summary(1)).isEqualTo(team.summary(0));
    }

    @Test
    void teammatesReleasedTogetherSwappingTheirAnswersChangesNothingTheAgentSees() {
        qt().withExamples(15).withShrinkCycles(100).forAll(groups()).checkAssert(this::swapWithinReleaseGroups);
    }

    /**
     * In the column's collation "Listened first" equals "listened first" and "Cafe" equals "Café"; were such ties
     * left in row order, which follows the requests the agent sees with names, a variant's position would tell
     * who wrote it.
     */
    @Test
    void examplesWrittenAlikeDoNotTellWhoWroteThem() {
        qt().withExamples(15).withShrinkCycles(100).forAll(groupsWritingAlike()).checkAssert(this::swapWithinReleaseGroups);
    }

    private void swapWithinReleaseGroups(Group group) {
        int size = group.answers().size();
        Team team = new Team(size);
        for (int i = 0; i < size; i++) {
            // The same teammates answer in the same order. For the second agent each gives the answer of the next
            // teammate of the same release group (every threshold's worth of answers is released together).
            int peer = group.firstOrder().get(i);
            int groupStart = i / THRESHOLD * THRESHOLD;
            int other = group.firstOrder().get(groupStart + (i - groupStart + 1) % THRESHOLD);
            team.give(0, peer, group.answers().get(peer));
            team.give(1, peer, group.answers().get(other));
            assertThat(team.summary(1)).as("after %d answers", i + 1).isEqualTo(team.summary(0));
        }
    }
}
