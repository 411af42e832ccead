package com.empathycoach.core.lesson;

/**
 * One option of a question. {@code correct} matters for choice questions; {@code rank} (1 = least
 * empathetic) for ordering questions, where it is 0 otherwise.
 */
public record AnswerOption(String id, String text, boolean correct, int rank, String explanation) {
}
