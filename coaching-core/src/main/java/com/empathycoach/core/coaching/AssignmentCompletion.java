package com.empathycoach.core.coaching;

import com.empathycoach.core.lesson.AttemptStore;
import com.empathycoach.core.lesson.ContentCatalog;
import com.empathycoach.core.lesson.LessonEvents.LessonCompleted;
import com.empathycoach.core.lesson.LessonResult;
import com.empathycoach.core.lesson.Progress;
import com.empathycoach.core.roleplay.RolePlayEvents.RolePlayCompleted;
import com.empathycoach.core.shared.OneTimeTasks;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Closes assignments when the work meets {@link Progress}: a lesson when it is passed, a module when every
 * one of its lessons is passed, a role-play when it reaches an ending. A lesson finished below its pass mark
 * leaves the assignment open. Runs in the transaction that finished the work.
 */
@Component
class AssignmentCompletion {

    static final String REPAIR = "reopen-assignments-closed-below-the-pass-mark";

    private final AssignmentStore assignments;
    private final AttemptStore attempts;
    private final ContentCatalog catalog;
    private final OneTimeTasks tasks;
    private final Clock clock;

    AssignmentCompletion(AssignmentStore assignments, AttemptStore attempts, ContentCatalog catalog, OneTimeTasks tasks,
                         Clock clock) {
        this.assignments = assignments;
        this.attempts = attempts;
        this.catalog = catalog;
        this.tasks = tasks;
        this.clock = clock;
    }

    @EventListener
    void on(LessonCompleted e) {
        Map<String, LessonResult> results = results(e.userId());
        assignments.recordAttempt(e.userId(), AssignedItem.lesson(e.moduleId(), e.lessonId()).key(), e.score(), true);
        assignments.recordAttempt(e.userId(), AssignedItem.module(e.moduleId()).key(), moduleScore(e.moduleId(), results),
                false);
        if (!e.passed()) {
            return;
        }
        assignments.complete(e.userId(), AssignedItem.lesson(e.moduleId(), e.lessonId()).key(), e.at());
        if (moduleStatus(e.moduleId(), results) == Progress.ModuleStatus.COMPLETED) {
            assignments.complete(e.userId(), AssignedItem.module(e.moduleId()).key(), e.at());
        }
    }

    @EventListener
    void on(RolePlayCompleted e) {
        assignments.recordAttempt(e.userId(), AssignedItem.scenario(e.scenarioId()).key(), e.overall(), true);
        assignments.complete(e.userId(), AssignedItem.scenario(e.scenarioId()).key(), e.at());
    }

    /**
     * Reopens lesson and module assignments marked done without meeting the rule (an earlier version of the
     * app closed them on any finished lesson, passed or not). Runs once per installation, on whichever node
     * starts first; later calls do nothing. Returns how many were reopened.
     */
    @Transactional
    int reopenWorkNotPassed() {
        if (!tasks.claim(REPAIR, clock.instant())) {
            return 0;
        }
        Map<Long, Map<String, LessonResult>> byUser = new HashMap<>();
        int reopened = 0;
        for (AssignmentStore.DoneLearning done : assignments.doneLearning()) {
            Map<String, LessonResult> results = byUser.computeIfAbsent(done.userId(), this::results);
            if (!met(done.itemKey(), results)) {
                reopened += assignments.reopen(done.userId(), done.itemKey());
            }
        }
        return reopened;
    }

    private boolean met(String itemKey, Map<String, LessonResult> results) {
        if (itemKey.startsWith("module:")) {
            return moduleStatus(itemKey.substring("module:".length()), results) == Progress.ModuleStatus.COMPLETED;
        }
        return Progress.lesson(results.get(itemKey.substring("lesson:".length()))) == Progress.LessonStatus.PASSED;
    }

    /** A module's score: the mean of the best scores of its lessons finished so far. */
    private static int moduleScore(String moduleId, Map<String, LessonResult> results) {
        return (int) Math.round(results.values().stream().filter(r -> r.moduleId().equals(moduleId) && r.bestScore() != null)
                .mapToInt(LessonResult::bestScore).average().orElse(0));
    }

    /** The agent's lesson results keyed by "module/lesson". */
    private Map<String, LessonResult> results(long userId) {
        List<LessonResult> all = attempts.results(userId);
        return all.stream().collect(Collectors.toMap(r -> r.moduleId() + "/" + r.lessonId(), Function.identity()));
    }

    private Progress.ModuleStatus moduleStatus(String moduleId, Map<String, LessonResult> results) {
        return catalog.current(moduleId).map(module -> Progress.module(module.content(), module.content().lessons()
                        .stream().filter(l -> results.containsKey(moduleId + "/" + l.id()))
                        .collect(Collectors.toMap(l -> l.id(), l -> results.get(moduleId + "/" + l.id())))))
                .orElse(Progress.ModuleStatus.NOT_STARTED);
    }
}
