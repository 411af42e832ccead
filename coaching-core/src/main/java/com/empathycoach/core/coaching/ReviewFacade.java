package com.empathycoach.core.coaching;

import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.lesson.UnknownContentException;
import com.empathycoach.core.roleplay.ReplyReviewStore;
import com.empathycoach.core.roleplay.ReplyReviewStore.Pending;
import com.empathycoach.core.roleplay.Scenario;
import com.empathycoach.core.roleplay.ScenarioCatalog;
import com.empathycoach.core.roleplay.TranslatedScenarios;
import com.empathycoach.core.analysis.Analysis;
import com.empathycoach.core.analysis.EmpathyAnalyzer;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.shared.NotAllowedException;
import com.empathycoach.core.shared.Page;
import com.empathycoach.core.skill.EmpathyKey;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The review queue: written role-play replies from a coach's agents, shown with the analyzer's marker
 * breakdown. The coach may override the score per key and must write feedback; the agent then sees it.
 */
@Service
@Transactional
public class ReviewFacade {

    public static final int MAX_FEEDBACK_LENGTH = 2000;
    static final int QUEUE_SIZE = 50;

    private final ReplyReviewStore reviews;
    private final IdentityStore identity;
    private final ScenarioCatalog scenarios;
    private final TranslatedScenarios translations;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EmpathyAnalyzer analyzer = EmpathyAnalyzer.builtIn();

    public ReviewFacade(ReplyReviewStore reviews, IdentityStore identity, ScenarioCatalog scenarios,
                        TranslatedScenarios translations, ApplicationEventPublisher events, Clock clock) {
        this.reviews = reviews;
        this.identity = identity;
        this.scenarios = scenarios;
        this.translations = translations;
        this.events = events;
        this.clock = clock;
    }

    /** One reply in the queue with its context and the analyzer's findings. */
    /**
     * A reply to review. {@code analysis} is today's analyzer reading it (its findings are what the card highlights);
     * {@code analyzerScores} and {@code scoredBy} are what the agent was given when they replied, and which analyzer
     * version gave it (null for replies saved before versions were kept). The coach corrects those scores, and the
     * labelled examples record them, so when the analyzer has changed since, the card says so.
     */
    public record ReviewItem(long attemptId, int turnNo, String agentName, String scenarioTitle, String customer,
                             String prompt, String reply, Analysis analysis, Instant takenAt,
                             Map<EmpathyKey, Integer> analyzerScores, String scoredBy) {

        /** True when the agent was scored by another analyzer version than the one whose findings are shown. */
        public boolean scoredByAnotherVersion() {
            return scoredBy != null && !scoredBy.equals(analysis.version());
        }
    }

    /** Announced when a coach has reviewed a reply. */
    public record ReplyReviewed(long agentId, long coachId, long attemptId, int turnNo, Map<EmpathyKey, Integer> scores,
                                Instant at) {
    }

    @Transactional(readOnly = true)
    public List<ReviewItem> queue(Actor actor) {
        return queue(actor, new Page(0, QUEUE_SIZE), Locale.ENGLISH);
    }

    /**
     * One page of the queue, oldest reply first, from the coach's own agents only; the scenario's title, the
     * customer's words and the task in the coach's language (the reply as the agent wrote it).
     */
    @Transactional(readOnly = true)
    public List<ReviewItem> queue(Actor actor, Page page, Locale locale) {
        actor.require(Role.COACH);
        Set<Long> agents = identity.agentIdsCoachedBy(actor.userId());
        if (agents.isEmpty()) {
            return List.of();
        }
        return reviews.pending(agents, page.offset(), page.limit()).stream().map(p -> item(p, locale)).toList();
    }

    @Transactional(readOnly = true)
    public int countQueue(Actor actor) {
        actor.require(Role.COACH);
        Set<Long> agents = identity.agentIdsCoachedBy(actor.userId());
        return agents.isEmpty() ? 0 : reviews.countPending(agents);
    }

    /**
     * Coaches' corrections of the analyzer as labelled examples to grow its test set: a coach gets the reviews they
     * wrote, an admin everyone's.
     */
    @Transactional(readOnly = true)
    public List<ReplyReviewStore.ReviewedExample> labelledExamples(Actor actor) {
        actor.requireAny(Role.COACH, Role.ADMIN);
        return reviews.examples(actor.has(Role.ADMIN) ? null : actor.userId());
    }

    public void review(Actor actor, long attemptId, int turnNo, Map<EmpathyKey, Integer> scores, String feedback) {
        actor.require(Role.COACH);
        Pending pending = reviews.pendingTurn(attemptId, turnNo)
                .orElseThrow(() -> new InvalidInputException("review", "coaching.review.gone"));
        if (!identity.agentIdsCoachedBy(actor.userId()).contains(pending.userId())) {
            throw new NotAllowedException(actor.username() + " does not coach the author of play " + attemptId);
        }
        for (EmpathyKey key : EmpathyKey.values()) {
            Integer score = scores.get(key);
            if (score == null || score < 0 || score > 100) {
                throw new InvalidInputException("scores", "coaching.review.scoreRange");
            }
        }
        String text = feedback == null ? "" : feedback.strip();
        if (text.isEmpty()) {
            throw new InvalidInputException("feedback", "coaching.review.feedbackMissing");
        }
        if (text.length() > MAX_FEEDBACK_LENGTH) {
            throw new InvalidInputException("feedback", "coaching.review.feedbackTooLong");
        }
        Instant now = clock.instant();
        if (!reviews.review(attemptId, turnNo, actor.userId(), scores, text, now)) {
            throw new InvalidInputException("review", "coaching.review.gone");
        }
        events.publishEvent(new ReplyReviewed(pending.userId(), actor.userId(), attemptId, turnNo, scores, now));
    }

    private ReviewItem item(Pending p, Locale locale) {
        Scenario scenario = scenarios.revision(p.scenarioId(), p.revision()).map(s -> translations.localize(s.scenario(),
                locale)).orElseThrow(() -> new UnknownContentException("scenario revision"));
        Scenario.Node node = scenario.node(p.nodeId()).orElseThrow(() -> new UnknownContentException("node"));
        return new ReviewItem(p.attemptId(), p.turnNo(), p.agentName(), scenario.title(), node.customer(),
                node.freeText().map(Scenario.FreeText::prompt).orElse(""), p.reply(), analyzer.analyze(p.reply()),
                p.takenAt(), p.analyzerScores(), p.analyzerVersion());
    }
}
