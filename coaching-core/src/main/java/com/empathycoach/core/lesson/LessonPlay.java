package com.empathycoach.core.lesson;

import com.empathycoach.core.skill.EmpathyKey;

import java.util.List;

/** Everything the player needs to show an attempt at the step where it stands. */
public record LessonPlay(long attemptId, String moduleId, String moduleTitle, EmpathyKey key, String lessonId,
                         String title, String objective, int passMark, int attemptNo, int stepIndex,
                         List<LessonStep> steps, boolean completed, Integer score) {

    public LessonPlay {
        steps = List.copyOf(steps);
    }

    public boolean passed() {
        return score != null && score >= passMark;
    }
}
