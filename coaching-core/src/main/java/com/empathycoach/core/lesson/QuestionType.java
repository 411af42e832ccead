package com.empathycoach.core.lesson;

/** The kinds of question a lesson can ask. */
public enum QuestionType {
    /** One correct option. */
    SINGLE,
    /** Select all that apply: the answer is right when exactly the correct options are chosen. */
    MULTIPLE,
    /** A customer message with candidate replies; one is the most empathetic. */
    BEST_REPLY,
    /** Rank replies from least to most empathetic. */
    ORDERING
}
