package com.empathycoach.core.lesson;

import java.util.List;

/** What a learner answered to one question, and whether it was right. */
public record RecordedAnswer(String questionId, List<String> answer, boolean correct) {
    public RecordedAnswer {
        answer = List.copyOf(answer);
    }
}
