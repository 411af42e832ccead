package com.empathycoach.core.lesson;

/** How many times learners picked one option of one question (for ordering questions: ranked it most empathetic). */
public record OptionPicks(String lessonId, String questionId, String optionId, long picks) {
}
