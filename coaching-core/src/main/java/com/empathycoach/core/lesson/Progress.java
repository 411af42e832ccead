package com.empathycoach.core.lesson;

import java.util.Collection;
import java.util.Map;

/**
 * The one definition of learning progress; every view, export, statement and certificate asks it.
 * A lesson is passed when an attempt's quiz score reached the pass mark in force for it (the verdict is
 * recorded when the attempt finishes), attempted when it was finished only below it, not started
 * otherwise. A module is completed when every one of its lessons is passed.
 */
public final class Progress {

    private Progress() {
    }

    public enum LessonStatus { NOT_STARTED, ATTEMPTED, PASSED }

    public enum ModuleStatus { NOT_STARTED, IN_PROGRESS, COMPLETED }

    public static LessonStatus lesson(LessonResult result) {
        if (result == null || result.completedAttempts() == 0) {
            return LessonStatus.NOT_STARTED;
        }
        return result.passed() ? LessonStatus.PASSED : LessonStatus.ATTEMPTED;
    }

    /** The module's status from its lessons' results, keyed by lesson id (lessons without a result: not started). */
    public static ModuleStatus module(ModuleContent module, Map<String, LessonResult> resultsByLesson) {
        return module(module.lessons().stream().map(l -> resultsByLesson.get(l.id())).toList(),
                module.lessons().size());
    }

    static ModuleStatus module(Collection<LessonResult> lessonResults, int lessonCount) {
        long passed = lessonResults.stream().filter(r -> lesson(r) == LessonStatus.PASSED).count();
        if (lessonCount > 0 && passed == lessonCount) {
            return ModuleStatus.COMPLETED;
        }
        boolean touched = lessonResults.stream().anyMatch(r -> r != null
                && (r.completedAttempts() > 0 || r.openAttemptStep() != null));
        return touched ? ModuleStatus.IN_PROGRESS : ModuleStatus.NOT_STARTED;
    }
}
