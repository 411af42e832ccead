package com.empathycoach.core.roleplay;

import com.empathycoach.core.identity.AccessFacade;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.lesson.UnknownContentException;
import com.empathycoach.core.roleplay.RolePlayEvents.ReplyAwaitingReview;
import com.empathycoach.core.roleplay.RolePlayEvents.RolePlayCompleted;
import com.empathycoach.core.roleplay.RolePlayEvents.RolePlayStarted;
import com.empathycoach.core.roleplay.RolePlayEvents.DecisionMade;
import com.empathycoach.core.roleplay.RolePlayEvents.ReplyAnalysed;
import com.empathycoach.core.roleplay.RolePlayEvents.TurnTaken;
import com.empathycoach.core.roleplay.RolePlayViews.Debrief;
import com.empathycoach.core.roleplay.RolePlayViews.Exchange;
import com.empathycoach.core.roleplay.RolePlayViews.RolePlay;
import com.empathycoach.core.roleplay.RolePlayViews.ScenarioCard;
import com.empathycoach.core.analysis.Analysis;
import com.empathycoach.core.analysis.EmpathyAnalyzer;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.shared.NotAllowedException;
import com.empathycoach.core.skill.EmpathyKey;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The role-play player: catalogue, start or resume, pick a choice, write a reply, reach an ending,
 * debrief and replay. Every turn is saved as it is taken, so a reload resumes the conversation.
 */
@Service
@Transactional
public class RolePlayFacade {

    /** The longest written reply accepted, in characters. */
    public static final int MAX_REPLY_LENGTH = 2000;
    /** A written reply needs at least this many words: "ok" is no reply a customer could be sent. */
    public static final int MIN_REPLY_WORDS = 3;

    private final ScenarioCatalog catalog;
    private final RolePlayStore plays;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EmpathyAnalyzer analyzer = EmpathyAnalyzer.builtIn();
    private final ReplyReviewStore reviews;
    private final LocalizedScenarios localized;

    public RolePlayFacade(ScenarioCatalog catalog, TranslatedScenarios translations, RolePlayStore plays,
                          ReplyReviewStore reviews, ApplicationEventPublisher events, Clock clock) {
        this.localized = new LocalizedScenarios(translations);
        this.catalog = catalog;
        this.plays = plays;
        this.reviews = reviews;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ScenarioCard> catalogue(Actor actor, Locale locale) {
        Map<String, RolePlayResult> results = plays.results(actor.userId()).stream()
                .collect(Collectors.toMap(RolePlayResult::scenarioId, Function.identity()));
        return catalog.current().stream().map(p -> localized.of(p.scenario(), locale)).map(s -> {
            RolePlayResult r = results.get(s.id());
            return new ScenarioCard(s.id(), s.title(), s.summary(), s.channel(), s.persona().name(),
                    r == null ? 0 : r.completedPlays(), r == null ? null : r.bestOverall(),
                    r != null && r.openPlay(), r == null ? null : r.lastActivity());
        }).toList();
    }

    /** Resumes the open play, shows the last completed one, or starts the first. Opening it marks coach reviews read. */
    public RolePlay open(Actor actor, String scenarioId, Locale locale) {
        requireLearner(actor);
        return plays.latest(actor.userId(), scenarioId).map(attempt -> {
            reviews.markSeen(attempt.id(), clock.instant());
            return view(attempt, locale);
        }).orElseGet(() -> start(actor, scenarioId, 1, locale));
    }

    /** An agent's latest play of a scenario, for their coach. */
    @Transactional(readOnly = true)
    public Optional<RolePlay> latestOf(Actor coach, AccessFacade coaches, long agentId, String scenarioId, Locale locale) {
        coaches.requireCoachOf(coach, agentId);
        return plays.latest(agentId, scenarioId).map(a -> view(a, locale));
    }

    /** Coach reviews of the agent's replies they have not opened yet. */
    @Transactional(readOnly = true)
    public List<RolePlayViews.NewReview> newReviews(Actor actor, Locale locale) {
        return reviews.unseen(actor.userId()).stream().map(r -> {
            String scenarioId = reviews.scenarioOf(r.attemptId()).orElse("");
            String title = catalog.current(scenarioId).map(p -> localized.of(p.scenario(), locale).title()).orElse(scenarioId);
            return new RolePlayViews.NewReview(r.attemptId(), r.turnNo(), scenarioId, title, r.reviewerName(), r.reviewedAt());
        }).toList();
    }

    /** Limit of the reviewed-replies history shown at once. */
    public static final int REVIEW_HISTORY = 200;

    /**
     * Every reply of the agent that a coach reviewed, newest first, each with the customer's line, the reply and the
     * review, whichever play it belongs to (a later replay does not hide it). Opening the history marks them seen.
     */
    public List<RolePlayViews.ReviewedReply> reviewedReplies(Actor actor, Locale locale) {
        requireLearner(actor);
        List<RolePlayViews.ReviewedReply> replies = new ArrayList<>();
        Map<Long, List<RolePlayTurn>> turnsByAttempt = new HashMap<>();
        for (CoachReview review : reviews.reviewsOf(actor.userId(), REVIEW_HISTORY)) {
            RolePlayAttempt attempt = plays.attempt(review.attemptId()).orElseThrow();
            Scenario scenario = localized.of(scenarioOf(attempt), locale);
            RolePlayTurn turn = turnsByAttempt.computeIfAbsent(attempt.id(), plays::turns).stream()
                    .filter(t -> t.turnNo() == review.turnNo()).findFirst().orElseThrow();
            String customer = scenario.node(turn.nodeId()).map(Scenario.Node::customer).orElse("");
            replies.add(new RolePlayViews.ReviewedReply(attempt.id(), attempt.attemptNo(), turn.turnNo(), scenario.id(),
                    scenario.title(), customer, turn.reply(), review));
        }
        Instant now = clock.instant();
        turnsByAttempt.keySet().forEach(id -> reviews.markSeen(id, now));
        return replies;
    }

    /** Starts a new play from the beginning, unless one is still open. */
    public RolePlay replay(Actor actor, String scenarioId, Locale locale) {
        requireLearner(actor);
        Optional<RolePlayAttempt> latest = plays.latest(actor.userId(), scenarioId);
        if (latest.isPresent() && !latest.get().completed()) {
            return view(latest.get(), locale);
        }
        return start(actor, scenarioId, plays.lastAttemptNo(actor.userId(), scenarioId) + 1, locale);
    }

    /** Picks a choice at turn {@code turnNo}; a repeated or stale click changes nothing. */
    public RolePlay choose(Actor actor, long attemptId, int turnNo, String choiceId, Locale locale) {
        RolePlayAttempt attempt = own(actor, attemptId);
        if (attempt.completed() || turnNo != attempt.turnCount()) {
            return view(attempt, locale);
        }
        Scenario scenario = scenarioOf(attempt);
        Scenario.Node node = scenario.node(attempt.nodeId()).orElseThrow(() -> new UnknownContentException("node"));
        Scenario.Choice choice = node.choices().stream().filter(c -> c.id().equals(choiceId)).findFirst()
                .orElseThrow(() -> new UnknownContentException("choice"));
        int mood = RolePlayScoring.clampMood(attempt.mood() + choice.mood());
        Instant now = clock.instant();
        RolePlayTurn turn = new RolePlayTurn(turnNo, node.id(), choice.id(), null, choice.scores(), mood,
                ReviewStatus.NONE, now, null, null);
        return take(actor, attempt, scenario, turn, choice.next(), now, locale);
    }

    /**
     * Submits a written reply at turn {@code turnNo}. A blank reply, one of fewer than {@link #MIN_REPLY_WORDS} words
     * or one over {@link #MAX_REPLY_LENGTH} characters is refused with a message and nothing is saved, so the agent
     * can fix it and send again.
     */
    public RolePlay reply(Actor actor, long attemptId, int turnNo, String reply, Locale locale) {
        String text = reply == null ? "" : reply.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("reply", "roleplay.reply.empty");
        }
        if (text.codePointCount(0, text.length()) > MAX_REPLY_LENGTH) {
            throw new InvalidInputException("reply", "roleplay.reply.tooLong");
        }
        if (words(text) < MIN_REPLY_WORDS) {
            throw new InvalidInputException("reply", "roleplay.reply.tooShort");
        }
        RolePlayAttempt attempt = own(actor, attemptId);
        if (attempt.completed() || turnNo != attempt.turnCount()) {
            return view(attempt, locale);
        }
        Scenario scenario = scenarioOf(attempt);
        Scenario.Node node = scenario.node(attempt.nodeId()).orElseThrow(() -> new UnknownContentException("node"));
        Scenario.FreeText freeText = node.freeText().orElseThrow(() -> new UnknownContentException("free-text node"));
        Analysis analysis = analyzer.analyze(text);
        int mood = RolePlayScoring.clampMood(attempt.mood() + RolePlayScoring.moodChange(analysis));
        Instant now = clock.instant();
        RolePlayTurn turn = new RolePlayTurn(turnNo, node.id(), null, text, analysis.scores(), mood,
                reviewedByACoach(actor, freeText) ? ReviewStatus.AWAITING : ReviewStatus.NONE, now, analysis.overall(), analyzer.version());
        return take(actor, attempt, scenario, turn, freeText.next(), now, locale);
    }

    private RolePlay take(Actor actor, RolePlayAttempt attempt, Scenario scenario, RolePlayTurn turn, String next,
                          Instant now, Locale locale) {
        if (!plays.saveTurn(attempt.id(), turn, next, now)) {
            return view(plays.attempt(attempt.id()).orElseThrow(), locale);
        }
        events.publishEvent(new TurnTaken(actor.userId(), attempt.scenarioId(), attempt.id(), turn.turnNo(),
                turn.written(), now));
        if (turn.written()) {
            events.publishEvent(new ReplyAnalysed(actor.userId(), attempt.scenarioId(), analyzer.analyze(turn.reply()).markers(),
                    now));
        }
        if (turn.choiceId() != null) {
            scenario.node(turn.nodeId()).filter(n -> n.choices().size() > 1).ifPresent(n -> events.publishEvent(
                    new DecisionMade(actor.userId(), attempt.scenarioId(), n.id(), turn.choiceId(), n.trainedKey(),
                            n.strongest(turn.choiceId()), now)));
        }
        if (turn.review() == ReviewStatus.AWAITING) {
            events.publishEvent(new ReplyAwaitingReview(actor.userId(), attempt.scenarioId(), attempt.id(),
                    turn.turnNo(), now));
        }
        Optional<Scenario.Ending> path = scenario.ending(next);
        if (path.isPresent()) {
            List<RolePlayTurn> turns = plays.turns(attempt.id());
            Scenario.Ending ending = RolePlayScoring.endingAfter(scenario, path.get(), turns);
            Map<EmpathyKey, Integer> scores = RolePlayScoring.scores(scenario, turns);
            int overall = RolePlayScoring.overall(scores);
            if (plays.complete(attempt.id(), ending.id(), ending.outcome(), scores, overall, now)) {
                events.publishEvent(new RolePlayCompleted(actor.userId(), attempt.scenarioId(), attempt.id(),
                        attempt.attemptNo(), attempt.revision(), ending.outcome(), scores, overall, now));
            }
        }
        return view(plays.attempt(attempt.id()).orElseThrow(), locale);
    }

    private RolePlay start(Actor actor, String scenarioId, int attemptNo, Locale locale) {
        PublishedScenario published = catalog.current(scenarioId)
                .orElseThrow(() -> new UnknownContentException("scenario"));
        Scenario scenario = published.scenario();
        Instant now = clock.instant();
        RolePlayAttempt attempt = plays.create(actor.userId(), scenarioId, published.revision(), attemptNo,
                scenario.start(), scenario.persona().mood(), now);
        events.publishEvent(new RolePlayStarted(actor.userId(), scenarioId, attempt.id(), attemptNo, now));
        return view(attempt, locale);
    }

    private RolePlay view(RolePlayAttempt attempt, Locale locale) {
        Scenario scenario = localized.of(scenarioOf(attempt), locale);
        List<RolePlayTurn> turns = plays.turns(attempt.id());
        Map<Integer, CoachReview> reviewed = reviews.reviews(attempt.id());
        List<Exchange> transcript = new ArrayList<>();
        int mood = scenario.persona().mood();
        for (RolePlayTurn turn : turns) {
            Scenario.Node node = scenario.node(turn.nodeId()).orElseThrow();
            if (turn.written()) {
                Analysis analysis = analyzer.analyze(turn.reply());
                boolean weak = RolePlayScoring.weakReply(analysis);
                transcript.add(new Exchange(turn.turnNo(), node.id(), node.customer(), turn.reply(), true,
                        node.freeText().map(Scenario.FreeText::prompt).orElse(""), analysis, mood, turn.moodAfter(),
                        turn.review(), weak, null, reviewed.get(turn.turnNo()), turn.analyzerVersion()));
            } else {
                Scenario.Choice choice = node.choices().stream().filter(c -> c.id().equals(turn.choiceId()))
                        .findFirst().orElseThrow();
                boolean weak = RolePlayScoring.weak(node, choice);
                String stronger = !weak ? null : choice.stronger() != null ? choice.stronger()
                        : node.choices().stream().max((a, b) -> Integer.compare(a.total(), b.total()))
                                .map(Scenario.Choice::text).orElse(null);
                transcript.add(new Exchange(turn.turnNo(), node.id(), node.customer(), choice.text(), false,
                        choice.feedback(), null, mood, turn.moodAfter(), turn.review(), weak, stronger, null, null));
            }
            mood = turn.moodAfter();
        }
        Optional<Debrief> debrief = Optional.empty();
        Optional<Scenario.Node> current = Optional.empty();
        if (attempt.completed()) {
            Scenario.Ending ending = scenario.ending(attempt.endingId()).orElseThrow();
            debrief = Optional.of(new Debrief(ending, attempt.scores(), attempt.overall() == null ? 0 : attempt.overall(),
                    transcript.stream().filter(Exchange::weak).toList(),
                    transcript.stream().anyMatch(e -> e.review() == ReviewStatus.AWAITING)));
        } else {
            current = scenario.node(attempt.nodeId()).map(node -> shuffled(node, attempt.id()));
        }
        return new RolePlay(attempt.id(), scenario.id(), scenario.title(), scenario.summary(), scenario.channel(),
                scenario.persona(), attempt.attemptNo(), scenario.persona().mood(), attempt.mood(), transcript,
                current, attempt.turnCount(), debrief);
    }

    /**
     * The node's choices in an order fixed per play and node, so the best reply is not always in the
     * same place, and a reload shows the same order.
     */
    static Scenario.Node shuffled(Scenario.Node node, long attemptId) {
        List<Scenario.Choice> choices = new ArrayList<>(node.choices());
        Collections.shuffle(choices, new Random(attemptId * 1_000_003L + node.id().hashCode()));
        return new Scenario.Node(node.id(), node.customer(), choices, node.freeText());
    }

    private Scenario scenarioOf(RolePlayAttempt attempt) {
        return catalog.revision(attempt.scenarioId(), attempt.revision()).map(PublishedScenario::scenario)
                .orElseThrow(() -> new UnknownContentException("scenario revision"));
    }

    private RolePlayAttempt own(Actor actor, long attemptId) {
        RolePlayAttempt attempt = plays.attempt(attemptId).orElseThrow(() -> new UnknownContentException("play"));
        if (attempt.userId() != actor.userId()) {
            throw new NotAllowedException(actor.username() + " does not own role-play " + attemptId);
        }
        return attempt;
    }

    /**
     * Whether a written reply goes to the writer's coach: only an agent's reply at a node that asks for review. A coach
     * practising a scenario has no coach of their own to review it.
     */
    public static boolean reviewedByACoach(Actor actor, Scenario.FreeText freeText) {
        return freeText.coachReview() && actor.has(Role.AGENT);
    }

    private static void requireLearner(Actor actor) {
        actor.requireAny(Role.AGENT, Role.COACH);
    }

    /** Words with at least one letter or digit in them; punctuation and emoji alone are not words. */
    static int words(String text) {
        int count = 0;
        for (String part : text.split("\\s+")) {
            if (part.codePoints().anyMatch(Character::isLetterOrDigit)) {
                count++;
            }
        }
        return count;
    }
}
