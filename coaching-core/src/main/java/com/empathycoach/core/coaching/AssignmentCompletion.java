package com.empathycoach.core.coaching;

import com.empathycoach.core.lesson.AttemptStore;
import com.empathycoach.core.lesson.ContentCatalog;
import com.empathycoach.core.lesson.LessonEvents.LessonCompleted;
import com.empathycoach.core.lesson.LessonResult;
import com.empathycoach.core.roleplay.RolePlayEvents.RolePlayCompleted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Closes assignments when the work is done: a lesson when it is finished, a module when every one of
 * its lessons is, a role-play when it reaches an ending. Runs in the transaction that finished the work.
 */
@Component
class AssignmentCompletion {

    private final AssignmentStore assignments;
    private final AttemptStore attempts;
    private final ContentCatalog catalog;

    AssignmentCompletion(AssignmentStore assignments, AttemptStore attempts, ContentCatalog catalog) {
        this.assignments = assignments;
        this.attempts = attempts;
        this.catalog = catalog;
    }

    @EventListener
    void on(LessonCompleted e) {
        assignments.recordAttempt(e.userId(), AssignedItem.lesson(e.moduleId(), e.lessonId()).key(), e.score(), false);
        assignments.recordAttempt(e.userId(), AssignedItem.module(e.moduleId()).key(), e.score(), true);
        assignments.complete(e.userId(), AssignedItem.lesson(e.moduleId(), e.lessonId()).key(), e.at());
        Set<String> finished = attempts.results(e.userId()).stream()
                .filter(r -> r.moduleId().equals(e.moduleId()) && r.completedAttempts() > 0)
                .map(LessonResult::lessonId).collect(Collectors.toSet());
        catalog.current(e.moduleId()).ifPresent(module -> {
            if (module.content().lessons().stream().allMatch(l -> finished.contains(l.id()))) {
                assignments.complete(e.userId(), AssignedItem.module(e.moduleId()).key(), e.at());
            }
        });
    }

    @EventListener
    void on(RolePlayCompleted e) {
        assignments.recordAttempt(e.userId(), AssignedItem.scenario(e.scenarioId()).key(), e.overall(), false);
        assignments.complete(e.userId(), AssignedItem.scenario(e.scenarioId()).key(), e.at());
    }
}
