package com.empathycoach.data.feedback;

import com.empathycoach.core.feedback.PeerAnswer;
import com.empathycoach.core.feedback.PeerFeedbackFacade;
import com.empathycoach.core.feedback.PeerFeedbackStore;
import com.empathycoach.core.feedback.PeerRequest;
import com.empathycoach.core.feedback.PeerSummary;
import com.empathycoach.core.feedback.Ratings;
import com.empathycoach.core.identity.Coaches;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.shared.Actor;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.data.PropertyTestContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Disabled;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Peer feedback summaries from the real store (docs/FEEDBACK.md, "Anonymity"): nothing before the threshold,
 * and after it a summary that depends only on which answers were given, never on who gave which nor in what
 * order. Two agents in one team ask the same teammates; the teammates give the two agents the same answers,
 * in different orders or swapped among themselves, and the two summaries must be the same.
 */
class PeerFeedbackStoreProperties {

    private static final int THRESHOLD = 3;

    /** Examples that read differently; the same example twice is common. */
    private static final List<String> EXAMPLES = List.of("Listened first", "Asked what was tried",
            "Explained the next steps", "Cafe chat", "Called back");

    /** Examples people write alike: some differ only in capitals or accents. */
    private static final List<String> WRITTEN_ALIKE = List.of("Listened first", "listened first", "Asked what was tried",
            "asked what was tried", "Cafe chat", "Café chat");

    private static Arbitrary<PeerAnswer> answers(List<String> texts) {
        Arbitrary<Integer> rating = Arbitraries.integers().between(Ratings.MIN, Ratings.MAX);
        Arbitrary<String> example = Arbitraries.of(texts);
        return Combinators.combine(rating.list().ofSize(4), example.list().ofSize(4)).as((r, e) -> {
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

    private static Arbitrary<Group> groups(List<String> examples) {
        return Arbitraries.of(THRESHOLD, 2 * THRESHOLD).flatMap(size -> {
            List<Integer> indices = IntStream.range(0, size).boxed().toList();
            return Combinators.combine(answers(examples).list().ofSize(size), Arbitraries.shuffle(indices),
                    Arbitraries.shuffle(indices)).as(Group::new);
        });
    }

    @Provide
    Arbitrary<Group> groups() {
        return groups(EXAMPLES);
    }

    @Provide
    Arbitrary<Group> groupsWritingAlike() {
        return groups(WRITTEN_ALIKE);
    }

    /** One team: two agents, the teammates they both ask, and a facade over the real store. */
    private static final class Team {
        final IdentityStore identity = PropertyTestContext.bean(IdentityStore.class);
        final PeerFeedbackFacade facade;
        final long[] agents = new long[2];
        final List<Long> peers = new ArrayList<>();
        Instant now = Instant.parse("2026-11-23T09:00:00Z");

        Team(int peerCount) {
            long team = identity.createTeam("Peers " + UUID.randomUUID());
            for (int i = 0; i < 2; i++) {
                agents[i] = PropertyTestContext.newUser("pa", "UTC", Role.AGENT);
                identity.addToTeam(team, agents[i], Role.AGENT);
            }
            for (int i = 0; i < peerCount; i++) {
                long peer = PropertyTestContext.newUser("pp", "UTC", Role.AGENT);
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
            facade = new PeerFeedbackFacade(PropertyTestContext.bean(PeerFeedbackStore.class), identity,
                    new Coaches(identity), event -> { }, clock, THRESHOLD);
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

    @Property(tries = 15)
    void theOrderOfAnsweringDoesNotChangeTheSummaryAndNothingShowsBeforeTheThreshold(@ForAll("groups") Group group) {
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

    @Property(tries = 15)
    void teammatesReleasedTogetherSwappingTheirAnswersChangesNothingTheAgentSees(@ForAll("groups") Group group) {
        swapWithinReleaseGroups(group);
    }

    /**
     * Fails today. Examples are sorted by key and text in the column's collation (utf8mb4_unicode_ci), where
     * "Listened first" equals "listened first" and "Cafe" equals "Café"; such ties come back in the order of the
     * requests, which the agent's request list shows with names. So the position of a variant tells who wrote it.
     */
    @Disabled("Examples differing only in capitals or accents are listed in request order: see the comment")
    @Property(tries = 15)
    void examplesWrittenAlikeDoNotTellWhoWroteThem(@ForAll("groupsWritingAlike") Group group) {
        swapWithinReleaseGroups(group);
    }

    private static void swapWithinReleaseGroups(Group group) {
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
