package com.empathycoach.core.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * Proof that an agent passed every lesson of a module (the module is completed), listing those lessons with the
 * day each was first passed; {@code completedOn} is the day the last of them was.
 */
public record Certificate(String number, long agentId, String agentName, String moduleId, String moduleTitle,
                          LocalDate completedOn, List<PassedLesson> lessons) {

    public Certificate {
        lessons = List.copyOf(lessons);
    }

    public record PassedLesson(String title, LocalDate passedOn) {
    }
}
