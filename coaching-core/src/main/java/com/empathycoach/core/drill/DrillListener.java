package com.empathycoach.core.drill;

import com.empathycoach.core.lesson.LessonEvents.QuestionAnswered;
import com.empathycoach.core.roleplay.RolePlayEvents.DecisionMade;
import com.empathycoach.core.roleplay.RolePlayEvents.ReplyAnalysed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every quiz answer and role-play decision, wherever it happens, updates the agent's memory of that item; every written
 * role-play reply updates their per-marker profile.
 */
@Component
class DrillListener {

    private final DrillFacade drill;

    DrillListener(DrillFacade drill) {
        this.drill = drill;
    }

    @EventListener
    void on(QuestionAnswered e) {
        drill.record(e.userId(), DrillCatalog.questionId(e.moduleId(), e.lessonId(), e.questionId()), e.key(),
                DrillCatalog.drillable(e.type()), e.correct(), e.responseTime(), e.at());
    }

    @EventListener
    void on(ReplyAnalysed e) {
        drill.recordReply(e.userId(), e.markers(), e.at());
    }

    @EventListener
    void on(DecisionMade e) {
        drill.record(e.userId(), DrillCatalog.decisionId(e.scenarioId(), e.nodeId()), e.key(), true, e.strongest(), null,
                e.at());
    }
}
