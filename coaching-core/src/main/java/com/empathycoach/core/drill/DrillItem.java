package com.empathycoach.core.drill;

import com.empathycoach.core.skill.EmpathyKey;

import java.util.List;

/**
 * One thing to answer in a drill, in the agent's language: a one-tap quiz question, or a decision from a
 * role-play (the customer's message and the replies to choose from).
 *
 * @param context the situation or the customer's message; may be empty
 * @param why     why the drill picked it today
 */
public record DrillItem(String id, Kind kind, EmpathyKey key, String source, String context, String prompt,
                        List<Option> options, Why why) {

    public DrillItem {
        options = List.copyOf(options);
    }

    public enum Kind {
        QUESTION, DECISION
    }

    /** Due for review, on the agent's weakest key, or never met. */
    public enum Why {
        DUE, WEAKEST_KEY, NEW
    }

    /** A reply or answer to tap; {@code correct} marks the right answer or the strongest reply. */
    public record Option(String id, String text, boolean correct, String explanation) {
    }

    public DrillItem because(Why reason) {
        return new DrillItem(id, kind, key, source, context, prompt, options, reason);
    }

    public boolean isCorrect(String optionId) {
        return options.stream().anyMatch(o -> o.id().equals(optionId) && o.correct());
    }
}
