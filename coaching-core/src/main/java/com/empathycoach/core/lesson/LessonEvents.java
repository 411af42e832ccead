package com.empathycoach.core.lesson;

import com.empathycoach.core.skill.EmpathyKey;

import java.time.Instant;

/** Facts the lesson player announces. It knows nothing of who listens (XP, reports, assignments). */
public final class LessonEvents {

    private LessonEvents() {
    }

    public record LessonStarted(long userId, String moduleId, String lessonId, int attemptNo, Instant at) {
    }

    public record StepCompleted(long userId, String moduleId, String lessonId, int attemptNo, int stepIndex, Instant at) {
    }

    /** {@code responseTime} is how long the question was on screen before the answer, or null when unknown. */
    public record QuestionAnswered(long userId, String moduleId, String lessonId, String questionId, EmpathyKey key,
                                   QuestionType type, boolean correct, java.time.Duration responseTime, int attemptNo,
                                   Instant at) {
    }

    public record LessonCompleted(long userId, String moduleId, String lessonId, int attemptNo, int revision,
                                  int score, boolean passed, Instant at) {
    }
}
