package com.empathycoach.core.lesson;

import com.empathycoach.core.skill.EmpathyKey;

import java.util.List;
import java.util.Optional;

/** A module as authored: lessons on one empathy key. */
public record ModuleContent(String id, int version, int order, EmpathyKey key, String title, String summary,
                            List<LessonContent> lessons) {

    public ModuleContent {
        lessons = List.copyOf(lessons);
    }

    public Optional<LessonContent> lesson(String lessonId) {
        return lessons.stream().filter(l -> l.id().equals(lessonId)).findFirst();
    }
}
