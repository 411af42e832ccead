package com.empathycoach.core.lesson;

import java.time.Instant;

/**
 * A learner's standing on one lesson across attempts: best score, whether any attempt passed, and the
 * step of an attempt still open.
 */
public record LessonResult(String moduleId, String lessonId, int completedAttempts, Integer bestScore,
                           boolean passed, Integer openAttemptStep, Instant lastActivity) {
}
