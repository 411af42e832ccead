package com.empathycoach.core.roleplay;

import com.empathycoach.core.identity.Role;
import com.empathycoach.core.lesson.Channel;
import com.empathycoach.core.lesson.UnknownContentException;
import com.empathycoach.core.roleplay.RolePlayEvents.ReplyAwaitingReview;
import com.empathycoach.core.roleplay.RolePlayEvents.RolePlayCompleted;
import com.empathycoach.core.roleplay.RolePlayEvents.TurnTaken;
import com.empathycoach.core.roleplay.RolePlayViews.RolePlay;
import com.empathycoach.core.roleplay.Scenario.Outcome;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.shared.NotAllowedException;
import com.empathycoach.core.skill.EmpathyKey;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RolePlayFacadeTest {

    private static final String STRONG_REPLY = "I'm so sorry, Dana, I can hear how worrying this is. "
            + "I'll check the courier right now and call you back by 3 pm today. Would a store pickup help?";

    private final Actor agent = new Actor(1, "amara", Set.of(Role.AGENT));
    private final Actor other = new Actor(2, "ben", Set.of(Role.AGENT));
    private final MemoryPlays plays = new MemoryPlays();
    private final List<Object> events = new ArrayList<>();
    private final Scenario scenario = scenario();
    private final ScenarioCatalog catalog = new ScenarioCatalog() {
        final PublishedScenario published = new PublishedScenario(1, scenario);
        public List<PublishedScenario> current() { return List.of(published); }
        public Optional<PublishedScenario> current(String id) { return Optional.of(published).filter(p -> p.scenario().id().equals(id)); }
        public Optional<PublishedScenario> revision(String id, int revision) { return current(id); }
    };
    private final RolePlayFacade facade = new RolePlayFacade(catalog, TranslatedScenarios.NONE, plays, new NoReviews(), events::add,
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void theBestPathEndsHappyAndAnnouncesTheScorePerKeyOnce() {
        RolePlay play = facade.open(agent, "late-order", Locale.ENGLISH);
        assertThat(play.mood()).isEqualTo(30);
        play = facade.choose(agent, play.attemptId(), 0, "a", Locale.ENGLISH);
        assertThat(play.mood()).isEqualTo(40);
        play = facade.choose(agent, play.attemptId(), 1, "a", Locale.ENGLISH);
        assertThat(play.completed()).isTrue();
        assertThat(play.debrief().orElseThrow().ending().outcome()).isEqualTo(Outcome.RESOLVED_HAPPY);
        assertThat(play.debrief().orElseThrow().weakPoints()).isEmpty();
        List<RolePlayCompleted> completed = events.stream().filter(RolePlayCompleted.class::isInstance)
                .map(RolePlayCompleted.class::cast).toList();
        assertThat(completed).singleElement().satisfies(e -> {
            assertThat(e.scores()).containsEntry(EmpathyKey.DISCOVER, 100).containsEntry(EmpathyKey.HELP, 100);
            // Knowledge: 1 of the 2 on offer at the opening, 3 of 3 at the close, so 4 of 5.
            assertThat(e.scores()).containsEntry(EmpathyKey.KNOWLEDGE, 80);
            assertThat(e.overall()).isEqualTo(95);
            assertThat(e.outcome()).isEqualTo(Outcome.RESOLVED_HAPPY);
        });
    }

    @Test
    void inSpanishTheWordsAreTranslatedFieldByFieldAndTheScoresStayTheEnglishOnes() {
        Locale spanish = Locale.forLanguageTag("es");
        RolePlayFacade inSpanish = new RolePlayFacade(catalog, (id, locale) -> locale.getLanguage().equals("es")
                ? Optional.of(spanishScenario()) : Optional.empty(), plays, new NoReviews(), events::add,
                Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));
        RolePlay play = inSpanish.open(agent, "late-order", spanish);
        assertThat(play.title()).isEqualTo("Pedido con retraso");
        assertThat(play.summary()).as("not translated: English").isEqualTo("A late gift.");
        Scenario.Node opening = play.current().orElseThrow();
        assertThat(opening.customer()).isEqualTo("¿Dónde está mi pedido?");
        assertThat(opening.choices()).extracting(Scenario.Choice::text).contains("Siento el retraso. ¿Es para algo especial?",
                "Orders take up to ten days.");
        assertThat(inSpanish.catalogue(agent, spanish)).extracting(RolePlayViews.ScenarioCard::title)
                .containsExactly("Pedido con retraso");
        play = inSpanish.choose(agent, play.attemptId(), 0, "a", spanish);
        play = inSpanish.choose(agent, play.attemptId(), 1, "a", spanish);
        assertThat(play.debrief().orElseThrow().ending().customer()).isEqualTo("Thank you!");
        assertThat(events.stream().filter(RolePlayCompleted.class::isInstance).map(RolePlayCompleted.class::cast))
                .singleElement().satisfies(e -> assertThat(e.overall()).as("the English scores").isEqualTo(95));
        assertThat(facade.open(agent, "late-order", Locale.ENGLISH).title()).isEqualTo("Late order");
    }

    /** A partial translation whose scores are deliberately wrong: only its words may be used. */
    private static Scenario spanishScenario() {
        var none = scores(0, 0, 0, 0);
        return new Scenario("late-order", 1, 1, "Pedido con retraso", "", Channel.CHAT,
                new Scenario.Persona("Dana", "", 30, "", ""), "opening",
                List.of(new Scenario.Node("opening", "¿Dónde está mi pedido?", List.of(
                        new Scenario.Choice("a", "Siento el retraso. ¿Es para algo especial?", none, -50, "", null,
                                "lost")), Optional.empty())),
                List.of(new Scenario.Ending("happy", Outcome.ESCALATED_OR_LOST, "", "")));
    }

    @Test
    void aWeakChoiceLowersTheScoreAndTheDebriefShowsTheStrongerReply() {
        RolePlay play = facade.open(agent, "late-order", Locale.ENGLISH);
        play = facade.choose(agent, play.attemptId(), 0, "b", Locale.ENGLISH);
        assertThat(play.completed()).isTrue();
        assertThat(play.mood()).isEqualTo(15);
        var debrief = play.debrief().orElseThrow();
        assertThat(debrief.ending().outcome()).isEqualTo(Outcome.RESOLVED_COOL);
        assertThat(debrief.scores()).containsEntry(EmpathyKey.DISCOVER, 0).containsEntry(EmpathyKey.KNOWLEDGE, 100);
        assertThat(debrief.weakPoints()).singleElement()
                .satisfies(w -> assertThat(w.stronger()).startsWith("Sorry it is late"));
    }

    @Test
    void aRepeatedClickOnTheSameTurnChangesNothing() {
        RolePlay play = facade.open(agent, "late-order", Locale.ENGLISH);
        facade.choose(agent, play.attemptId(), 0, "a", Locale.ENGLISH);
        RolePlay again = facade.choose(agent, play.attemptId(), 0, "b", Locale.ENGLISH);
        assertThat(again.transcript()).singleElement().satisfies(e -> assertThat(e.agentText()).startsWith("I'm sorry"));
        assertThat(events.stream().filter(TurnTaken.class::isInstance)).hasSize(1);
    }

    @Test
    void writtenRepliesShowInInsightsOnlyOnceThreePeopleHaveWrittenAtTheStep() {
        ScenarioInsightsFacade insights = new ScenarioInsightsFacade(catalog, plays, TranslatedScenarios.NONE);
        Actor coach = new Actor(9, "samira", Set.of(Role.COACH));
        Actor third = new Actor(3, "chen", Set.of(Role.AGENT));
        writeOnce(agent, STRONG_REPLY);
        writeOnce(agent, "Sorry about that, I will look into it today.");
        writeOnce(other, "I understand, let me check the courier for you.");
        RolePlayViews.NodeInsight node = insights.nodes(coach, "late-order", Locale.ENGLISH).stream()
                .filter(RolePlayViews.NodeInsight::written).findFirst().orElseThrow();
        assertThat(node.writtenReplies()).isEqualTo(3);
        assertThat(node.writers()).isEqualTo(2);
        assertThat(node.repliesShown()).isFalse();
        assertThat(insights.replies(coach, "late-order", null, node.nodeId(), new com.empathycoach.core.shared.Page(0, 10)))
                .as("two writers: a reply could be traced to its writer").isEmpty();

        writeOnce(third, "I'm sorry the order is late; I'll call the courier and update you by 3 pm.");
        node = insights.nodes(coach, "late-order", Locale.ENGLISH).stream()
                .filter(RolePlayViews.NodeInsight::written).findFirst().orElseThrow();
        assertThat(node.repliesShown()).isTrue();
        assertThat(insights.replies(coach, "late-order", null, node.nodeId(), new com.empathycoach.core.shared.Page(0, 10)))
                .hasSize(4);
    }

    private void writeOnce(Actor who, String reply) {
        RolePlay play = facade.replay(who, "late-order", Locale.ENGLISH);
        play = facade.choose(who, play.attemptId(), 0, "c", Locale.ENGLISH);
        facade.reply(who, play.attemptId(), 1, reply, Locale.ENGLISH);
    }

    @Test
    void aWrittenReplyIsAnalysedStoredForReviewAndMovesTheMood() {
        RolePlay play = facade.open(agent, "late-order", Locale.ENGLISH);
        play = facade.choose(agent, play.attemptId(), 0, "c", Locale.ENGLISH);
        assertThat(play.current().orElseThrow().freeText()).isPresent();
        play = facade.reply(agent, play.attemptId(), 1, "  " + STRONG_REPLY + "  ", Locale.ENGLISH);
        assertThat(play.completed()).isTrue();
        var written = play.transcript().get(1);
        assertThat(written.written()).isTrue();
        assertThat(written.agentText()).isEqualTo(STRONG_REPLY);
        assertThat(written.review()).isEqualTo(ReviewStatus.AWAITING);
        assertThat(written.analysis().markers()).isNotEmpty();
        assertThat(written.moodAfter()).isGreaterThan(written.moodBefore());
        assertThat(play.debrief().orElseThrow().awaitingReview()).isTrue();
        assertThat(events).anySatisfy(e -> assertThat(e).isInstanceOf(ReplyAwaitingReview.class));
        assertThat(plays.turns(play.attemptId()).get(1).reply()).isEqualTo(STRONG_REPLY);
    }

    @Test
    void anEmptyTooShortOrOverlongReplyIsRefusedAndNothingIsSaved() {
        RolePlay play = facade.open(agent, "late-order", Locale.ENGLISH);
        long id = facade.choose(agent, play.attemptId(), 0, "c", Locale.ENGLISH).attemptId();
        assertThatThrownBy(() -> facade.reply(agent, id, 1, "   \n ", Locale.ENGLISH))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("roleplay.reply.empty"));
        assertThatThrownBy(() -> facade.reply(agent, id, 1, "a".repeat(RolePlayFacade.MAX_REPLY_LENGTH + 1), Locale.ENGLISH))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("roleplay.reply.tooLong"));
        assertThat(plays.turns(id)).hasSize(1);
        for (String tooShort : new String[] {"ok", "Sure thing", "ok 👍 !!", "¡Vale, hecho!"}) {
            assertThatThrownBy(() -> facade.reply(agent, id, 1, tooShort, Locale.ENGLISH))
                    .as(tooShort).isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("roleplay.reply.tooShort"));
        }
        assertThat(plays.turns(id)).hasSize(1);
        RolePlay ok = facade.reply(agent, id, 1, "word ".repeat(RolePlayFacade.MAX_REPLY_LENGTH / 5), Locale.ENGLISH);
        assertThat(ok.completed()).isTrue();
    }

    @Test
    void replayStartsAFreshPlayAndKeepsTheOldOne() {
        RolePlay first = facade.open(agent, "late-order", Locale.ENGLISH);
        facade.choose(agent, first.attemptId(), 0, "b", Locale.ENGLISH);
        RolePlay second = facade.replay(agent, "late-order", Locale.ENGLISH);
        assertThat(second.attemptId()).isNotEqualTo(first.attemptId());
        assertThat(second.attemptNo()).isEqualTo(2);
        assertThat(second.transcript()).isEmpty();
        assertThat(facade.replay(agent, "late-order", Locale.ENGLISH).attemptId()).isEqualTo(second.attemptId());
        assertThat(facade.catalogue(agent, Locale.ENGLISH)).singleElement().satisfies(card -> {
            assertThat(card.completedPlays()).isEqualTo(1);
            assertThat(card.openPlay()).isTrue();
        });
    }

    @Test
    void nobodyPlaysSomeoneElsesConversationAndUnknownScenariosAreReported() {
        RolePlay play = facade.open(agent, "late-order", Locale.ENGLISH);
        assertThatThrownBy(() -> facade.choose(other, play.attemptId(), 0, "a", Locale.ENGLISH)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> facade.open(agent, "nope", Locale.ENGLISH)).isInstanceOf(UnknownContentException.class);
        assertThatThrownBy(() -> facade.open(new Actor(3, "priya", Set.of(Role.HR)), "late-order", Locale.ENGLISH))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void choicesAreShuffledPerPlayButStayPutOnReload() {
        Scenario.Node opening = scenario.node("opening").orElseThrow();
        assertThat(RolePlayFacade.shuffled(opening, 7).choices()).isEqualTo(RolePlayFacade.shuffled(opening, 7).choices());
        java.util.Set<String> firstChoices = new java.util.HashSet<>();
        for (long play = 1; play <= 30; play++) {
            var shuffled = RolePlayFacade.shuffled(opening, play).choices();
            assertThat(shuffled).containsExactlyInAnyOrderElementsOf(opening.choices());
            firstChoices.add(shuffled.getFirst().id());
        }
        assertThat(firstChoices).as("the best reply is not always first").hasSize(3);
    }

    private static Scenario scenario() {
        var strong = scores(3, 1, 3, 2);
        var weak = scores(0, 2, 0, 0);
        var best = scores(2, 3, 3, 2);
        return new Scenario("late-order", 1, 1, "Late order", "A late gift.", Channel.CHAT,
                new Scenario.Persona("Dana", "Her order is late.", 30, "A gift for Friday.", "Store pickup."), "opening",
                List.of(new Scenario.Node("opening", "Where is my order?", List.of(
                                new Scenario.Choice("a", "I'm sorry it's late. Is it for something special?", strong, 10,
                                        "Asks about the need.", null, "closing"),
                                new Scenario.Choice("b", "Orders take up to ten days.", weak, -15, "Cold.",
                                        "Sorry it is late. What do you need it for?", "cool"),
                                new Scenario.Choice("c", "Let me write to you properly.", strong, 0, "Fine.", null, "write")),
                                Optional.empty()),
                        new Scenario.Node("write", "It's a gift for Friday.", List.of(),
                                Optional.of(new Scenario.FreeText("Write your reply.", "happy", true))),
                        new Scenario.Node("closing", "Can I still get it?", List.of(
                                new Scenario.Choice("a", "Yes: pick it up in store tomorrow.", best, 20, "Concrete.", null, "happy"),
                                new Scenario.Choice("b", "I can't promise anything.", scores(0, 0, 1, 1), -20, "No way.",
                                        "You can pick it up in store tomorrow.", "lost")), Optional.empty())),
                List.of(new Scenario.Ending("happy", Outcome.RESOLVED_HAPPY, "Thank you!", "Well done."),
                        new Scenario.Ending("cool", Outcome.RESOLVED_COOL, "Fine.", "Cold."),
                        new Scenario.Ending("lost", Outcome.ESCALATED_OR_LOST, "I'll cancel.", "No way forward.")));
    }

    private static Map<EmpathyKey, Integer> scores(int discover, int knowledge, int help, int channel) {
        Map<EmpathyKey, Integer> scores = new EnumMap<>(EmpathyKey.class);
        scores.put(EmpathyKey.DISCOVER, discover);
        scores.put(EmpathyKey.KNOWLEDGE, knowledge);
        scores.put(EmpathyKey.HELP, help);
        scores.put(EmpathyKey.CHANNEL, channel);
        return scores;
    }

    /** No coach has reviewed anything yet. */
    private static final class NoReviews implements ReplyReviewStore {
        public List<Pending> pending(java.util.Collection<Long> agentIds, int offset, int limit) { return List.of(); }
        public int countPending(java.util.Collection<Long> agentIds) { return 0; }
        public Optional<Pending> pendingTurn(long attemptId, int turnNo) { return Optional.empty(); }
        public boolean review(long a, int t, long r, Map<EmpathyKey, Integer> s, String f, Instant n) { return false; }
        public Map<Integer, CoachReview> reviews(long attemptId) { return Map.of(); }
        public List<CoachReview> unseen(long userId) { return List.of(); }
        @Override
        public List<CoachReview> reviewsOf(long userId, int limit) { return List.of(); }
        public void markSeen(long attemptId, Instant now) { }
        public Optional<String> scenarioOf(long attemptId) { return Optional.empty(); }
        public List<ReviewedExample> examples(Long reviewerId) { return List.of(); }
    }

    /** Keeps plays in memory with the same once-only rules as the database store. */
    private static final class MemoryPlays implements RolePlayStore {
        private final List<RolePlayAttempt> attempts = new ArrayList<>();
        private final Map<Long, List<RolePlayTurn>> turns = new java.util.HashMap<>();

        public Optional<RolePlayAttempt> attempt(long id) {
            return attempts.stream().filter(a -> a.id() == id).findFirst();
        }

        public Optional<RolePlayAttempt> latest(long userId, String scenarioId) {
            return attempts.stream().filter(a -> a.userId() == userId && a.scenarioId().equals(scenarioId))
                    .reduce((a, b) -> b);
        }

        public int lastAttemptNo(long userId, String scenarioId) {
            return latest(userId, scenarioId).map(RolePlayAttempt::attemptNo).orElse(0);
        }

        public RolePlayAttempt create(long userId, String scenarioId, int revision, int attemptNo, String startNode,
                                      int mood, Instant now) {
            var attempt = new RolePlayAttempt(attempts.size() + 1, userId, scenarioId, revision, attemptNo, false,
                    startNode, mood, 0, null, Map.of(), null, now, now, null);
            attempts.add(attempt);
            return attempt;
        }

        public boolean saveTurn(long id, RolePlayTurn turn, String nextNode, Instant now) {
            var a = attempt(id).orElseThrow();
            if (a.completed() || a.turnCount() != turn.turnNo()) {
                return false;
            }
            replace(new RolePlayAttempt(a.id(), a.userId(), a.scenarioId(), a.revision(), a.attemptNo(), false, nextNode,
                    turn.moodAfter(), a.turnCount() + 1, null, Map.of(), null, a.startedAt(), now, null));
            turns.computeIfAbsent(id, k -> new ArrayList<>()).add(turn);
            return true;
        }

        public boolean complete(long id, String endingId, Outcome outcome, Map<EmpathyKey, Integer> scores, int overall,
                                Instant now) {
            var a = attempt(id).orElseThrow();
            if (a.completed()) {
                return false;
            }
            replace(new RolePlayAttempt(a.id(), a.userId(), a.scenarioId(), a.revision(), a.attemptNo(), true, null,
                    a.mood(), a.turnCount(), endingId, scores, overall, a.startedAt(), now, now));
            return true;
        }

        public List<RolePlayTurn> turns(long id) {
            return List.copyOf(turns.getOrDefault(id, List.of()));
        }

        public List<ChoiceTally> choiceTallies(String scenarioId, Integer revision) {
            return List.of();
        }

        @Override
        public Map<String, WrittenCount> writtenReplyCounts(String scenarioId, Integer revision) {
            Map<String, List<Long>> writers = new java.util.HashMap<>();
            attempts.stream().filter(a -> a.scenarioId().equals(scenarioId)).forEach(a -> turns(a.id()).stream()
                    .filter(t -> t.reply() != null)
                    .forEach(t -> writers.computeIfAbsent(t.nodeId(), k -> new ArrayList<>()).add(a.userId())));
            Map<String, WrittenCount> counts = new java.util.HashMap<>();
            writers.forEach((node, who) -> counts.put(node,
                    new WrittenCount(who.size(), who.stream().distinct().count())));
            return counts;
        }

        @Override
        public List<WrittenReply> writtenReplies(String scenarioId, Integer revision, String nodeId,
                                                 com.empathycoach.core.shared.Page page) {
            return attempts.stream().filter(a -> a.scenarioId().equals(scenarioId))
                    .flatMap(a -> turns(a.id()).stream())
                    .filter(t -> t.reply() != null && t.nodeId().equals(nodeId))
                    .map(t -> new WrittenReply(t.reply(), t.scores(), t.review(), t.at())).toList();
        }

        @Override
        public List<RolePlayResult> results(long userId) {
            return attempts.stream().filter(a -> a.userId() == userId).map(RolePlayAttempt::scenarioId).distinct()
                    .map(s -> {
                        var mine = attempts.stream().filter(a -> a.userId() == userId && a.scenarioId().equals(s)).toList();
                        return new RolePlayResult(s, (int) mine.stream().filter(RolePlayAttempt::completed).count(),
                                mine.stream().map(RolePlayAttempt::overall).filter(java.util.Objects::nonNull)
                                        .max(Integer::compare).orElse(null),
                                mine.stream().anyMatch(a -> !a.completed()), mine.getLast().updatedAt());
                    }).toList();
        }

        private void replace(RolePlayAttempt updated) {
            attempts.replaceAll(a -> a.id() == updated.id() ? updated : a);
        }
    }
}
