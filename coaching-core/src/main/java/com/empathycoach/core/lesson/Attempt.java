package com.empathycoach.core.lesson;

import java.time.Instant;
import java.util.Map;

/** One go at a lesson, saved after every step so it can be resumed exactly where it was left. */
public record Attempt(long id, long userId, String moduleId, String lessonId, int revision, int attemptNo,
                      AttemptStatus status, int stepIndex, long shuffleSeed, Map<String, RecordedAnswer> answers,
                      Integer score, Instant startedAt, Instant completedAt) {

    public Attempt {
        answers = Map.copyOf(answers);
    }

    public boolean completed() {
        return status == AttemptStatus.COMPLETED;
    }
}
