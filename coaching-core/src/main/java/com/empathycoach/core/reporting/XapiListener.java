package com.empathycoach.core.reporting;

import com.empathycoach.core.lesson.ContentCatalog;
import com.empathycoach.core.lesson.LessonEvents.LessonCompleted;
import com.empathycoach.core.lesson.LessonEvents.LessonStarted;
import com.empathycoach.core.lesson.LessonEvents.QuestionAnswered;
import com.empathycoach.core.reporting.XapiStatement.ActivityType;
import com.empathycoach.core.reporting.XapiStatement.Verb;
import com.empathycoach.core.roleplay.RolePlayEvents.RolePlayCompleted;
import com.empathycoach.core.roleplay.ScenarioCatalog;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records xAPI statements as learning happens, in the transaction of the work itself, so no statement is
 * lost and none is made for work that was rolled back.
 */
@Component
class XapiListener {

    private final StatementStore statements;
    private final ContentCatalog lessons;
    private final ScenarioCatalog scenarios;

    XapiListener(StatementStore statements, ContentCatalog lessons, ScenarioCatalog scenarios) {
        this.statements = statements;
        this.lessons = lessons;
        this.scenarios = scenarios;
    }

    @EventListener
    void on(LessonStarted e) {
        String activity = lessonActivity(e.moduleId(), e.lessonId());
        statements.save(new XapiStatement(XapiStatement.idFor(e.userId(), Verb.ATTEMPTED, activity, "#" + e.attemptNo()),
                e.userId(), Verb.ATTEMPTED, ActivityType.LESSON, activity, lessonName(e.moduleId(), e.lessonId()),
                null, null, null, null, e.at()));
    }

    @EventListener
    void on(QuestionAnswered e) {
        String activity = lessonActivity(e.moduleId(), e.lessonId()) + "/questions/" + e.questionId();
        statements.save(new XapiStatement(XapiStatement.idFor(e.userId(), Verb.ANSWERED, activity, "#" + e.attemptNo()),
                e.userId(), Verb.ANSWERED, ActivityType.QUESTION, activity,
                lessonName(e.moduleId(), e.lessonId()) + ": " + e.questionId(), null, e.correct(), null, null, e.at()));
    }

    @EventListener
    void on(LessonCompleted e) {
        String activity = lessonActivity(e.moduleId(), e.lessonId());
        String name = lessonName(e.moduleId(), e.lessonId());
        String occasion = "#" + e.attemptNo();
        // One statement per finished attempt, its verdict by the progress rule: passed or failed, never "completed"
        // for an attempt below the pass mark.
        Verb verdict = e.passed() ? Verb.PASSED : Verb.FAILED;
        statements.save(new XapiStatement(XapiStatement.idFor(e.userId(), verdict, activity, occasion), e.userId(),
                verdict, ActivityType.LESSON, activity, name, e.score(), e.passed(), true, null, e.at()));
    }

    @EventListener
    void on(RolePlayCompleted e) {
        String activity = "roleplays/" + e.scenarioId();
        String name = scenarios.current(e.scenarioId()).map(s -> s.scenario().title()).orElse(e.scenarioId());
        statements.save(new XapiStatement(XapiStatement.idFor(e.userId(), Verb.COMPLETED, activity, "#" + e.attemptNo()),
                e.userId(), Verb.COMPLETED, ActivityType.SIMULATION, activity, name, e.overall(), null, true,
                e.outcome().name(), e.at()));
    }

    private static String lessonActivity(String moduleId, String lessonId) {
        return "lessons/" + moduleId + "/" + lessonId;
    }

    private String lessonName(String moduleId, String lessonId) {
        return lessons.current(moduleId).flatMap(m -> m.content().lesson(lessonId)
                .map(l -> m.content().title() + " \u203A " + l.title())).orElse(moduleId + "/" + lessonId);
    }
}
