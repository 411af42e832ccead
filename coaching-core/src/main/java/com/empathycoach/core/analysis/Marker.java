package com.empathycoach.core.analysis;

import com.empathycoach.core.skill.EmpathyKey;

/**
 * Something a coach would point at in an agent's free-text reply. Positive markers raise the score of
 * their key, negative markers lower it.
 */
public enum Marker {
    ACKNOWLEDGES_FEELING(EmpathyKey.HELP, true),
    APOLOGY_OR_OWNERSHIP(EmpathyKey.HELP, true),
    CLARIFYING_QUESTION(EmpathyKey.DISCOVER, true),
    CONCRETE_NEXT_STEP(EmpathyKey.KNOWLEDGE, true),
    PERSONALISATION(EmpathyKey.CHANNEL, true),
    BLAME_OR_JUDGEMENT(EmpathyKey.DISCOVER, false),
    JARGON(EmpathyKey.KNOWLEDGE, false),
    MINIMISING(EmpathyKey.HELP, false),
    SHOUTING(EmpathyKey.CHANNEL, false),
    /** "Sorry you feel that way", "any inconvenience": an apology that owns nothing. */
    HOLLOW_APOLOGY(EmpathyKey.HELP, false),
    /** Mock praise or irony: "Sure, I totally understand, genius." */
    SARCASM(EmpathyKey.CHANNEL, false),
    /** A no with no alternative, option or next step anywhere in the reply. */
    REFUSAL_WITHOUT_ALTERNATIVE(EmpathyKey.HELP, false),
    /** A formula that shuts the conversation without helping: "Ticket closed." */
    CLOSING_WITHOUT_HELP(EmpathyKey.CHANNEL, false);

    private final EmpathyKey key;
    private final boolean positive;

    Marker(EmpathyKey key, boolean positive) {
        this.key = key;
        this.positive = positive;
    }

    /** The empathy key this marker trains. */
    public EmpathyKey key() {
        return key;
    }

    /** True for something good to do, false for something to avoid. */
    public boolean positive() {
        return positive;
    }
}
