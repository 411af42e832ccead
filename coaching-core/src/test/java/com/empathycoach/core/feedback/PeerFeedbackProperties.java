package com.empathycoach.core.feedback;

import com.empathycoach.core.identity.AccessFacade;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.TeamMember;
import com.empathycoach.core.identity.TeamSummary;
import com.empathycoach.core.identity.UserAccount;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.skill.EmpathyKey;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

/**
 * The anonymity of peer feedback (docs/FEEDBACK.md, "Anonymity: answers are released in groups"), played as random
 * sequences of asking, answering, declining and withdrawing. The facade runs over {@link MemoryStore}, which keeps
 * the port's documented contract in memory; the data module's PeerFeedbackStoreProperties plays the same against
 * the real store.
 */
class PeerFeedbackProperties {

    private static final long AGENT = 1;
    private static final long COACH = 99;
    private static final Actor AGENT_ACTOR = new Actor(AGENT, "agent", Set.of(Role.AGENT));
    private static final Actor COACH_ACTOR = new Actor(COACH, "coach", Set.of(Role.COACH));

    /** One thing someone does; peers are numbered from 0. */
    sealed interface Step {
    }

    record Ask(Set<Integer> peers) implements Step {
    }

    /** The peer answers their oldest waiting request with answer number {@code answer} of the scenario. */
    record Answer(int peer, int answer) implements Step {
    }

    record Decline(int peer) implements Step {
    }

    /** The agent withdraws the request to this peer that reads as waiting. */
    record Withdraw(int peer) implements Step {
    }

    record Scenario(int peers, int configuredThreshold, List<Step> steps, List<PeerAnswer> answers) {
    }

    /** What the agent and their coach can see. */
    record View(PeerSummary summary, PeerSummary coachSummary, List<PeerRequest> requests) {
    }

    /** Everything seen after each step, and which answer steps each release made visible together. */
    record Run(List<View> views, List<Boolean> released, List<List<Integer>> groups) {
    }

    private static Gen<PeerAnswer> answers() {
        Gen<Integer> rating = integers().between(Ratings.MIN, Ratings.MAX);
        Gen<String> example = Generate.pick(List.of("Listened first", "listened first", "Asked what was tried",
                "Explained the steps", "Called back", "Kept it short"));
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

    private static Gen<List<PeerAnswer>> eightAnswers() {
        return lists().of(answers()).ofSize(8);
    }

    private static Gen<Scenario> scenarios() {
        return integers().between(1, 7).flatMap(PeerFeedbackProperties::scenarios);
    }

    private static Gen<Scenario> scenarios(int peers) {
        Gen<Integer> peer = integers().between(0, peers - 1);
        Gen<Step> ask = lists().of(peer).ofSizeBetween(1, peers).map(chosen -> new Ask(new TreeSet<>(chosen)));
        Gen<Step> answer = peer.zip(integers().between(0, 29), Answer::new);
        Gen<Step> decline = peer.map(Decline::new);
        Gen<Step> withdraw = peer.map(Withdraw::new);
        Gen<Step> step = Generate.frequency(List.of(Pair.of(2, ask), Pair.of(5, answer), Pair.of(1, decline),
                Pair.of(1, withdraw)));
        return integers().between(0, 5).zip(lists().of(step).ofSizeBetween(1, 30), lists().of(answers()).ofSize(30),
                (threshold, steps, answers) -> {
                    // Everyone is asked first, so that most scenarios get as far as a release.
                    List<Step> all = new ArrayList<>();
                    all.add(new Ask(LongStream.range(0, peers).mapToObj(i -> (int) i).collect(Collectors.toSet())));
                    all.addAll(steps);
                    return new Scenario(peers, threshold, all, answers);
                });
    }

    @Test
    void belowTheThresholdNothingIsShownAndAtOrAboveItTheReleasedAnswersAre() {
        AtomicInteger played = new AtomicInteger();
        AtomicInteger visibleAtTheEnd = new AtomicInteger();
        qt().withExamples(300).forAll(scenarios()).checkAssert(scenario -> {
            boolean visible = belowTheThresholdNothingIsShownAndAtOrAboveItTheReleasedAnswersAre(scenario);
            played.incrementAndGet();
            if (visible) {
                visibleAtTheEnd.incrementAndGet();
            }
        });
        // Enough scenarios must get as far as a release for the visible half of the rule to be tried.
        assertThat(visibleAtTheEnd.get() * 100).as("scenarios visible at the end, out of %d", played.get())
                .isGreaterThanOrEqualTo(15 * played.get());
    }

    /** Checks every step of the scenario; tells whether the summary is visible at the end. */
    private static boolean belowTheThresholdNothingIsShownAndAtOrAboveItTheReleasedAnswersAre(Scenario scenario) {
        World world = new World(scenario);
        int threshold = Math.max(2, scenario.configuredThreshold());
        assertThat(world.facade.threshold()).isEqualTo(threshold);
        for (Step step : scenario.steps()) {
            world.play(step, scenario.answers());
            PeerSummary summary = world.facade.mySummary(AGENT_ACTOR);
            assertThat(world.facade.summaryFor(COACH_ACTOR, AGENT)).isEqualTo(summary);
            assertThat(summary.threshold()).isEqualTo(threshold);
            Set<Long> releasedPeers = world.releasedRatings.keySet().stream().map(world.store::peerOf)
                    .collect(Collectors.toSet());
            assertThat(summary.peers()).isEqualTo(releasedPeers.size());
            assertThat(summary.visible()).isEqualTo(summary.peers() >= threshold);
            if (!summary.visible()) {
                assertThat(summary.averages()).as("averages below the threshold").isEmpty();
                assertThat(summary.examples()).as("examples below the threshold").isEmpty();
            } else {
                for (EmpathyKey key : EmpathyKey.values()) {
                    double mean = world.releasedRatings.values().stream().mapToInt(r -> r.get(key)).average().orElseThrow();
                    assertThat(summary.averages().get(key)).as("average of %s", key).isEqualTo(mean);
                }
                assertThat(summary.examples()).hasSize(4 * world.releasedRatings.size());
            }
        }
        return world.facade.mySummary(AGENT_ACTOR).visible();
    }

    @Test
    void whatTheAgentSeesChangesOnlyWhenAtLeastThresholdTeammatesAreReleasedTogether() {
        qt().withExamples(300).forAll(scenarios()).checkAssert(
                PeerFeedbackProperties::whatTheAgentSeesChangesOnlyWhenAtLeastThresholdTeammatesAreReleasedTogether);
    }

    private static void whatTheAgentSeesChangesOnlyWhenAtLeastThresholdTeammatesAreReleasedTogether(Scenario scenario) {
        World world = new World(scenario);
        int threshold = world.facade.threshold();
        View before = world.view();
        for (Step step : scenario.steps()) {
            int releases = world.releases.size();
            world.play(step, scenario.answers());
            View after = world.view();
            if (world.releases.size() > releases) {
                FeedbackEvents.PeerFeedbackReleased release = world.releases.getLast();
                Set<Long> peers = release.answers().stream().map(a -> world.store.peerOf(a.requestId()))
                        .collect(Collectors.toSet());
                assertThat(peers).as("teammates released together").hasSizeGreaterThanOrEqualTo(threshold);
            } else if (step instanceof Answer || step instanceof Decline) {
                assertThat(after).as("after %s with no release", step).isEqualTo(before);
            } else {
                // The agent's own asking and withdrawing change their request list, never the summary.
                assertThat(after.summary()).as("after %s", step).isEqualTo(before.summary());
            }
            before = after;
        }
    }

    @Test
    void teammatesReleasedTogetherCanSwapTheirAnswersWithoutAnythingVisibleChanging() {
        qt().withExamples(300).forAll(scenarios()).checkAssert(
                PeerFeedbackProperties::teammatesReleasedTogetherCanSwapTheirAnswersWithoutAnythingVisibleChanging);
    }

    private static void teammatesReleasedTogetherCanSwapTheirAnswersWithoutAnythingVisibleChanging(Scenario scenario) {
        Run original = new World(scenario).run();
        // Give every answer of a release group to another member of the group: who said what is all that changes.
        List<PeerAnswer> swapped = new ArrayList<>(scenario.answers());
        List<Step> steps = new ArrayList<>(scenario.steps());
        for (List<Integer> group : original.groups()) {
            for (int i = 0; i < group.size(); i++) {
                Answer from = (Answer) scenario.steps().get(group.get((i + 1) % group.size()));
                Answer to = (Answer) scenario.steps().get(group.get(i));
                steps.set(group.get(i), new Answer(to.peer(), swapped.size()));
                swapped.add(scenario.answers().get(from.answer()));
            }
        }
        Run other = new World(new Scenario(scenario.peers(), scenario.configuredThreshold(), steps, swapped)).run();
        assertThat(other.released()).isEqualTo(original.released());
        assertThat(other.views()).isEqualTo(original.views());
    }

    /** A threshold, one or two thresholds' worth of teammates, and two orders in which they answer. */
    record Rounds(int threshold, int groups, List<List<Integer>> orders) {
    }

    private static Gen<Rounds> rounds() {
        Gen<Integer> thresholds = integers().between(2, 4);
        Gen<Integer> groupCounts = integers().between(1, 2);
        return in -> {
            int threshold = thresholds.generate(in);
            int groups = groupCounts.generate(in);
            Gen<List<Integer>> order = shuffled(threshold * groups);
            return new Rounds(threshold, groups, List.of(order.generate(in), order.generate(in)));
        };
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

    @Test
    void theOrderInWhichTeammatesAnswerDoesNotChangeTheSummary() {
        qt().withExamples(200).forAll(rounds(), eightAnswers())
                .checkAssert(PeerFeedbackProperties::theOrderInWhichTeammatesAnswerDoesNotChangeTheSummary);
    }

    private static void theOrderInWhichTeammatesAnswerDoesNotChangeTheSummary(Rounds rounds, List<PeerAnswer> answers) {
        int threshold = rounds.threshold();
        int peers = threshold * rounds.groups();
        List<PeerSummary> summaries = new ArrayList<>();
        for (List<Integer> order : rounds.orders()) {
            List<Step> steps = new ArrayList<>();
            steps.add(new Ask(new HashSet<>(order)));
            // Each teammate gives their own answer, whatever the order they give it in.
            order.forEach(peer -> steps.add(new Answer(peer, peer)));
            World world = new World(new Scenario(peers, threshold, steps, answers));
            world.run();
            summaries.add(world.facade.mySummary(AGENT_ACTOR));
        }
        assertThat(summaries.getFirst().visible()).isTrue();
        assertThat(summaries.getLast()).isEqualTo(summaries.getFirst());
    }

    /** One agent, their teammates and coach, the facade over a memory store, a clock that moves a minute a step. */
    private static final class World {
        final MemoryStore store = new MemoryStore();
        final List<FeedbackEvents.PeerFeedbackReleased> releases = new ArrayList<>();
        final Map<Long, Map<EmpathyKey, Integer>> releasedRatings = new HashMap<>();
        final PeerFeedbackFacade facade;
        final Scenario scenario;
        Instant now = Instant.parse("2026-11-23T09:00:00Z");

        World(Scenario scenario) {
            this.scenario = scenario;
            List<TeamMember> agents = new ArrayList<>();
            agents.add(new TeamMember(AGENT, "agent", "Agent", true));
            for (int i = 0; i < scenario.peers(); i++) {
                agents.add(new TeamMember(peerId(i), "peer" + i, "Peer " + i, true));
            }
            IdentityStore identity = (IdentityStore) Proxy.newProxyInstance(IdentityStore.class.getClassLoader(),
                    new Class<?>[] {IdentityStore.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "teamsOfAgent" -> List.of(new TeamSummary(1, "Team", List.of(), agents));
                        case "user" -> Optional.of(new UserAccount((Long) args[0], "u" + args[0], "User " + args[0],
                                "u" + args[0] + "@example.org", Set.of(Role.AGENT), true, "UTC"));
                        case "agentIdsCoachedBy" -> Set.of(AGENT);
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
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
            facade = new PeerFeedbackFacade(store, identity, new AccessFacade(identity), event -> {
                if (event instanceof FeedbackEvents.PeerFeedbackReleased released) {
                    releases.add(released);
                    released.answers().forEach(a -> releasedRatings.put(a.requestId(), a.ratings()));
                }
            }, clock, scenario.configuredThreshold());
        }

        static long peerId(int peer) {
            return 10 + peer;
        }

        View view() {
            return new View(facade.mySummary(AGENT_ACTOR), facade.summaryFor(COACH_ACTOR, AGENT),
                    facade.myRequests(AGENT_ACTOR));
        }

        /** Plays one step; a step nobody could take (nothing waiting, nothing to withdraw) does nothing. */
        void play(Step step, List<PeerAnswer> answers) {
            now = now.plus(Duration.ofMinutes(1));
            switch (step) {
                case Ask ask -> facade.ask(AGENT_ACTOR, ask.peers().stream().map(World::peerId).collect(Collectors.toSet()));
                case Answer answer -> waiting(answer.peer()).ifPresent(request ->
                        facade.give(peer(answer.peer()), request, answers.get(answer.answer())));
                case Decline decline -> waiting(decline.peer()).ifPresent(request ->
                        facade.decline(peer(decline.peer()), request));
                case Withdraw withdraw -> facade.myRequests(AGENT_ACTOR).stream()
                        .filter(r -> r.peerId() == peerId(withdraw.peer()) && r.status() == PeerRequest.Status.OPEN)
                        .findFirst().ifPresent(r -> facade.withdraw(AGENT_ACTOR, r.id()));
            }
        }

        Run run() {
            List<View> views = new ArrayList<>();
            List<Boolean> released = new ArrayList<>();
            Map<Long, Integer> stepOfRequest = new HashMap<>();
            List<List<Integer>> groups = new ArrayList<>();
            for (int i = 0; i < scenario.steps().size(); i++) {
                Step step = scenario.steps().get(i);
                int releasesBefore = releases.size();
                if (step instanceof Answer answer) {
                    int index = i;
                    waiting(answer.peer()).ifPresent(request -> stepOfRequest.put(request, index));
                }
                play(step, scenario.answers());
                views.add(view());
                released.add(releases.size() > releasesBefore);
                if (releases.size() > releasesBefore) {
                    groups.add(releases.getLast().answers().stream().map(a -> stepOfRequest.get(a.requestId())).toList());
                }
            }
            return new Run(views, released, groups);
        }

        private Optional<Long> waiting(int peer) {
            return facade.waitingForMe(peer(peer)).stream().map(PeerRequest::id).findFirst();
        }

        private static Actor peer(int peer) {
            return new Actor(peerId(peer), "peer" + peer, Set.of(Role.AGENT));
        }
    }

    /** The port's contract kept in memory: requests, answers and their release. */
    static final class MemoryStore implements PeerFeedbackStore {

        private final Map<Long, PeerRequest> requests = new HashMap<>();
        private final Map<Long, PeerAnswer> answers = new HashMap<>();
        private final Map<Long, Instant> releasedAt = new HashMap<>();
        private long nextId = 1;

        long peerOf(long requestId) {
            return requests.get(requestId).peerId();
        }

        @Override
        public Optional<Long> open(long agentId, long peerId, long requestedBy, Instant now) {
            boolean open = requests.values().stream().anyMatch(r -> r.agentId() == agentId && r.peerId() == peerId
                    && r.status() == PeerRequest.Status.OPEN);
            if (open) {
                return Optional.empty();
            }
            long id = nextId++;
            requests.put(id, new PeerRequest(id, agentId, "Agent", peerId, "Peer " + peerId, requestedBy,
                    PeerRequest.Status.OPEN, now, null));
            return Optional.of(id);
        }

        @Override
        public Optional<PeerRequest> request(long id) {
            return Optional.ofNullable(requests.get(id));
        }

        @Override
        public List<PeerRequest> waitingFor(long peerId) {
            return requests.values().stream().filter(r -> r.peerId() == peerId && r.status() == PeerRequest.Status.OPEN)
                    .sorted(Comparator.comparing(PeerRequest::createdAt).thenComparing(PeerRequest::id)).toList();
        }

        @Override
        public List<PeerRequest> about(long agentId, int limit) {
            return requests.values().stream().filter(r -> r.agentId() == agentId)
                    .sorted(Comparator.comparing(PeerRequest::createdAt).thenComparing(PeerRequest::id).reversed())
                    .limit(limit).toList();
        }

        @Override
        public List<PeerRequest> about(long agentId, int offset, int limit) {
            return about(agentId, Integer.MAX_VALUE).stream().skip(offset).limit(limit).toList();
        }

        @Override
        public int countAbout(long agentId) {
            return about(agentId, Integer.MAX_VALUE).size();
        }

        @Override
        public boolean answer(PeerRequest request, PeerAnswer answer, Instant now) {
            if (!close(request.id(), PeerRequest.Status.ANSWERED, now)) {
                return false;
            }
            answers.put(request.id(), answer);
            return true;
        }

        @Override
        public boolean close(long requestId, PeerRequest.Status status, Instant now) {
            PeerRequest r = requests.get(requestId);
            if (r == null || r.status() != PeerRequest.Status.OPEN) {
                return false;
            }
            requests.put(requestId, withStatus(r, status, now));
            return true;
        }

        private static PeerRequest withStatus(PeerRequest r, PeerRequest.Status status, Instant now) {
            return new PeerRequest(r.id(), r.agentId(), r.agentName(), r.peerId(), r.peerName(), r.requestedBy(), status,
                    r.createdAt(), now);
        }

        private Set<Long> peersOf(long agentId, boolean released) {
            return answers.keySet().stream().filter(id -> requests.get(id).agentId() == agentId)
                    .filter(id -> releasedAt.containsKey(id) == released).map(this::peerOf).collect(Collectors.toSet());
        }

        @Override
        public int answeringPeers(long agentId) {
            return peersOf(agentId, true).size();
        }

        @Override
        public int unreleasedPeers(long agentId) {
            return peersOf(agentId, false).size();
        }

        @Override
        public boolean withdraw(long requestId, Instant now) {
            PeerRequest r = requests.get(requestId);
            if (releasedAt.containsKey(requestId) || r.status() == PeerRequest.Status.WITHDRAWN) {
                return false;
            }
            answers.remove(requestId);
            requests.put(requestId, withStatus(r, PeerRequest.Status.WITHDRAWN, now));
            return true;
        }

        @Override
        public List<Released> release(long agentId, Instant now) {
            List<Released> released = answers.keySet().stream().sorted()
                    .filter(id -> requests.get(id).agentId() == agentId && !releasedAt.containsKey(id))
                    .map(id -> new Released(id, answers.get(id).ratings())).toList();
            released.forEach(r -> releasedAt.put(r.requestId(), now));
            return released;
        }

        @Override
        public Optional<Instant> lastRelease(long agentId) {
            return releasedAt.entrySet().stream().filter(e -> requests.get(e.getKey()).agentId() == agentId)
                    .map(Map.Entry::getValue).max(Comparator.naturalOrder());
        }

        private List<PeerAnswer> released(long agentId) {
            return releasedAt.keySet().stream().filter(id -> requests.get(id).agentId() == agentId).map(answers::get)
                    .toList();
        }

        @Override
        public Map<EmpathyKey, Double> averageRatings(long agentId) {
            Map<EmpathyKey, Double> averages = new EnumMap<>(EmpathyKey.class);
            List<PeerAnswer> released = released(agentId);
            for (EmpathyKey key : EmpathyKey.values()) {
                released.stream().mapToInt(a -> a.ratings().get(key)).average()
                        .ifPresent(average -> averages.put(key, average));
            }
            return averages;
        }

        @Override
        public List<PeerSummary.Example> examples(long agentId) {
            return released(agentId).stream().flatMap(a -> a.examples().entrySet().stream())
                    .map(e -> new PeerSummary.Example(e.getKey(), e.getValue()))
                    .sorted(Comparator.comparing((PeerSummary.Example e) -> e.key().name()).thenComparing(PeerSummary.Example::text))
                    .toList();
        }

        @Override
        public List<Integer> recentRatings(long agentId, EmpathyKey key, int limit) {
            return List.of();
        }
    }
}
