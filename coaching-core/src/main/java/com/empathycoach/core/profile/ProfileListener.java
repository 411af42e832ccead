package com.empathycoach.core.profile;

import com.empathycoach.core.coaching.ReviewFacade.ReplyReviewed;
import com.empathycoach.core.feedback.FeedbackEvents.CustomerFeedbackGiven;
import com.empathycoach.core.feedback.FeedbackEvents.PeerFeedbackReleased;
import com.empathycoach.core.feedback.Ratings;
import com.empathycoach.core.interaction.InteractionEvents.InteractionAnalysed;
import com.empathycoach.core.interaction.InteractionEvents.InteractionScored;
import com.empathycoach.core.lesson.LessonEvents.QuestionAnswered;
import com.empathycoach.core.roleplay.RolePlayEvents.RolePlayCompleted;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.core.skill.ScoreSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.Map;

/**
 * Feeds the profile from every source as the work happens, inside the transaction that did the work.
 * Quiz questions score 100 or 0 on their key; role-plays and coach reviews bring their key scores;
 * peer and customer ratings of 1 to 5 become 0 to 100. Real interactions bring the analyzer's key scores, and a
 * coach's QA scorecard (1 to 5 as 0 to 100) replaces the previous one of the same interaction when it changes.
 */
@Component
class ProfileListener {

    private final ProfileStore store;
    private final ZoneId zone;

    ProfileListener(ProfileStore store, @Value("${empathy.organisation.time-zone:UTC}") String zone) {
        this.store = store;
        this.zone = ZoneId.of(zone);
    }

    @EventListener
    void on(QuestionAnswered e) {
        if (e.key() != null) {
            record(e.userId(), ScoreSource.QUIZ, e.moduleId() + "/" + e.lessonId() + "/" + e.questionId() + "#" + e.attemptNo(),
                    Map.of(e.key(), e.correct() ? 100 : 0), e.at());
        }
    }

    @EventListener
    void on(RolePlayCompleted e) {
        record(e.userId(), ScoreSource.ROLEPLAY, e.scenarioId() + "#" + e.attemptNo(), e.scores(), e.at());
    }

    @EventListener
    void on(ReplyReviewed e) {
        record(e.agentId(), ScoreSource.COACH_REVIEW, e.attemptId() + "#" + e.turnNo(), e.scores(), e.at());
    }

    /** Peer answers count in the profile when they are released as a group, dated by the release. */
    @EventListener
    void on(PeerFeedbackReleased e) {
        for (var answer : e.answers()) {
            Map<EmpathyKey, Integer> scores = new EnumMap<>(EmpathyKey.class);
            answer.ratings().forEach((key, rating) -> scores.put(key, Ratings.toPercent(rating)));
            record(e.agentId(), ScoreSource.PEER, "request:" + answer.requestId(), scores, e.at());
        }
    }

    @EventListener
    void on(CustomerFeedbackGiven e) {
        record(e.agentId(), ScoreSource.CUSTOMER, "link:" + e.linkId(), e.ratings(), e.at());
    }

    @EventListener
    void on(InteractionAnalysed e) {
        record(e.agentId(), ScoreSource.INTERACTION, "interaction:" + e.interactionId(), e.keys(), e.occurredAt());
    }

    @EventListener
    void on(InteractionScored e) {
        Map<EmpathyKey, Integer> scores = new EnumMap<>(EmpathyKey.class);
        e.scores().forEach((key, rating) -> scores.put(key, Ratings.toPercent(rating)));
        store.replace(e.agentId(), ScoreSource.QA_SCORECARD, "interaction:" + e.interactionId(), scores,
                weekStart(e.occurredAt()), e.occurredAt());
    }

    private LocalDate weekStart(Instant at) {
        return at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private void record(long agentId, ScoreSource source, String ref, Map<EmpathyKey, Integer> scores, Instant at) {
        store.record(agentId, source, ref, scores, weekStart(at), at);
    }
}
