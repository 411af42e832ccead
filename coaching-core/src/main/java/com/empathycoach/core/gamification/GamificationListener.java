package com.empathycoach.core.gamification;

import com.empathycoach.core.drill.DrillEvents.DrillAnswered;
import com.empathycoach.core.drill.DrillEvents.DrillCompleted;
import com.empathycoach.core.feedback.FeedbackEvents.CustomerFeedbackGiven;
import com.empathycoach.core.feedback.FeedbackEvents.PeerFeedbackGiven;
import com.empathycoach.core.lesson.LessonEvents.LessonCompleted;
import com.empathycoach.core.lesson.LessonEvents.QuestionAnswered;
import com.empathycoach.core.lesson.LessonEvents.StepCompleted;
import com.empathycoach.core.roleplay.RolePlayEvents.RolePlayCompleted;
import com.empathycoach.core.roleplay.RolePlayEvents.TurnTaken;
import com.empathycoach.core.roleplay.Scenario;
import com.empathycoach.core.skill.EmpathyKey;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns lesson and role-play events into XP, streak days and badge progress. It runs inside the
 * transaction that published the event, so the award commits with the step that earned it; every write
 * is keyed so a repeated event pays nothing twice.
 */
@Component
class GamificationListener {

    private final AwardFacade gamification;

    GamificationListener(AwardFacade gamification) {
        this.gamification = gamification;
    }

    @EventListener
    void on(StepCompleted e) {
        gamification.activeDay(e.userId(), e.at());
    }

    @EventListener
    void on(QuestionAnswered e) {
        if (e.correct()) {
            gamification.count(e.userId(), Metric.QUESTIONS_CORRECT,
                    e.moduleId() + "/" + e.lessonId() + "/" + e.questionId() + "#" + e.attemptNo());
        }
    }

    @EventListener
    void on(DrillAnswered e) {
        gamification.activeDay(e.userId(), e.at());
    }

    @EventListener
    void on(DrillCompleted e) {
        gamification.award(XpRules.forDrill(e));
        gamification.checkBadges(e.userId(), e.at());
    }

    @EventListener
    void on(LessonCompleted e) {
        XpRules.forLesson(e).forEach(gamification::award);
        String lesson = e.moduleId() + "/" + e.lessonId();
        gamification.count(e.userId(), Metric.LESSONS_COMPLETED, lesson);
        if (e.passed()) {
            gamification.count(e.userId(), Metric.LESSONS_PASSED, lesson);
        }
        if (e.score() == 100) {
            gamification.count(e.userId(), Metric.PERFECT_LESSONS, lesson);
        }
        gamification.checkBadges(e.userId(), e.at());
    }

    @EventListener
    void on(TurnTaken e) {
        gamification.activeDay(e.userId(), e.at());
        if (e.written()) {
            gamification.count(e.userId(), Metric.WRITTEN_REPLIES, e.attemptId() + "#" + e.turnNo());
        }
    }

    @EventListener
    void on(RolePlayCompleted e) {
        gamification.award(XpRules.forRolePlay(e));
        gamification.count(e.userId(), Metric.SCENARIOS_COMPLETED, e.scenarioId());
        if (e.outcome() == Scenario.Outcome.RESOLVED_HAPPY) {
            gamification.count(e.userId(), Metric.HAPPY_ENDINGS, e.scenarioId());
        }
        e.scores().forEach((key, score) -> {
            if (score >= Badges.KEY_MASTERY_SCORE) {
                gamification.count(e.userId(), keyMetric(key), e.scenarioId());
            }
        });
        gamification.checkBadges(e.userId(), e.at());
    }

    @EventListener
    void on(PeerFeedbackGiven e) {
        gamification.award(XpRules.forPeerFeedbackGiven(e.peerId(), String.valueOf(e.requestId()), e.at()));
        gamification.activeDay(e.peerId(), e.at());
    }

    @EventListener
    void on(CustomerFeedbackGiven e) {
        if (e.overall() >= 4) {
            gamification.award(XpRules.forCustomerFeedback(e.agentId(), String.valueOf(e.linkId()), e.overall(), e.at()));
        }
    }

    private static Metric keyMetric(EmpathyKey key) {
        return switch (key) {
            case DISCOVER -> Metric.DISCOVER_ROLEPLAYS;
            case KNOWLEDGE -> Metric.KNOWLEDGE_ROLEPLAYS;
            case HELP -> Metric.HELP_ROLEPLAYS;
            case CHANNEL -> Metric.CHANNEL_ROLEPLAYS;
        };
    }
}
