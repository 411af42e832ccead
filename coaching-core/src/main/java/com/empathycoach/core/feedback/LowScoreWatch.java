package com.empathycoach.core.feedback;

import com.empathycoach.core.drill.DrillEvents.DrillCompleted;
import com.empathycoach.core.drill.DrillStore;
import com.empathycoach.core.feedback.FeedbackEvents.CustomerFeedbackGiven;
import com.empathycoach.core.feedback.FeedbackEvents.PeerFeedbackReleased;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.lesson.ContentCatalog;
import com.empathycoach.core.lesson.PublishedModule;
import com.empathycoach.core.skill.ScoreSource;
import com.empathycoach.core.skill.EmpathyKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Closes the loop: when the latest peer or customer ratings on a key average below the threshold (or, after a drill,
 * the agent's recency-weighted score on a key does), the
 * agent's coaches get a suggestion (announced as {@link FeedbackEvents.AssignmentSuggested}) to assign the module that trains that key. One suggestion per agent
 * and key stays open at a time, and after one is made the key rests for the cool-down period.
 */
@Component
class LowScoreWatch {

    private final PeerFeedbackStore peers;
    private final FeedbackLinkStore customers;
    private final DrillStore drills;
    private final SuggestionStore suggestions;
    private final ContentCatalog modules;
    private final IdentityStore identity;
    private final ApplicationEventPublisher events;
    private final double threshold;
    private final int window;
    private final Duration coolDown;

    /** Where the ratings come from: released peer answers and customers' answers. */
    @Component
    record RatingSources(PeerFeedbackStore peers, FeedbackLinkStore customers, DrillStore drills) {
    }

    /**
     * When ratings are low enough to suggest training: the average below {@code threshold} over the latest
     * {@code window} ratings, at most once per key in {@code coolDown}.
     */
    @Component
    record Rule(@Value("${empathy.feedback.low-score.threshold:3.0}") double threshold,
                @Value("${empathy.feedback.low-score.window:3}") int window,
                @Value("${empathy.feedback.low-score.cool-down:P14D}") Duration coolDown) {
    }

    LowScoreWatch(RatingSources ratings, SuggestionStore suggestions, ContentCatalog modules, IdentityStore identity,
                  ApplicationEventPublisher events, Rule rule) {
        this.peers = ratings.peers();
        this.customers = ratings.customers();
        this.drills = ratings.drills();
        this.suggestions = suggestions;
        this.modules = modules;
        this.identity = identity;
        this.events = events;
        this.threshold = rule.threshold();
        this.window = Math.max(1, rule.window());
        this.coolDown = rule.coolDown();
    }

    @EventListener
    void on(PeerFeedbackReleased e) {
        for (EmpathyKey key : EmpathyKey.values()) {
            List<Integer> recent = peers.recentRatings(e.agentId(), key, window);
            check(e.agentId(), key, ScoreSource.PEER, recent.stream().mapToDouble(Integer::doubleValue).boxed().toList(), e.at());
        }
    }

    @EventListener
    void on(CustomerFeedbackGiven e) {
        List<CustomerAnswer> recent = customers.recent(e.agentId(), window);
        for (EmpathyKey key : e.ratings().keySet()) {
            List<Double> ratings = recent.stream().map(a -> Ratings.toRating(a.keyScores().get(key))).toList();
            check(e.agentId(), key, ScoreSource.CUSTOMER, ratings, e.at());
        }
    }

    /**
     * After a drill: a key whose recency-weighted drill, quiz and role-play decision score (0 to 100, read as a 1 to 5
     * rating) is below the threshold, resting on at least {@code window} answers' worth of recent weight.
     */
    @EventListener
    void on(DrillCompleted e) {
        drills.profile(e.userId()).forEach((key, sum) -> {
            if (sum.weightSum() >= window) {
                check(e.userId(), key, ScoreSource.QUIZ, Ratings.toRating(sum.scoreSum() / sum.weightSum()),
                        (int) Math.round(sum.weightSum()), e.at());
            }
        });
    }

    private void check(long agentId, EmpathyKey key, ScoreSource source, List<Double> ratings, Instant now) {
        if (ratings.size() < window) {
            return;
        }
        check(agentId, key, source, ratings.stream().mapToDouble(Double::doubleValue).average().orElseThrow(), ratings.size(),
                now);
    }

    private void check(long agentId, EmpathyKey key, ScoreSource source, double average, int count, Instant now) {
        if (average >= threshold) {
            return;
        }
        Optional<Instant> last = suggestions.lastCreated(agentId, key);
        if (last.isPresent() && last.get().plus(coolDown).isAfter(now)) {
            return;
        }
        Optional<PublishedModule> module = modules.current().stream().filter(m -> m.content().key() == key)
                .min(Comparator.comparingInt(m -> m.content().order()));
        if (module.isEmpty()) {
            return;
        }
        Optional<Long> id = suggestions.open(agentId, key, source, module.get().content().id(), average, count, now);
        if (id.isEmpty()) {
            return;
        }
        String agentName = identity.user(agentId).map(u -> u.displayName()).orElse("");
        events.publishEvent(new FeedbackEvents.AssignmentSuggested(id.get(), agentId, agentName,
                module.get().content().id(), module.get().content().title(), key, now));
    }
}
