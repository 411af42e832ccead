package com.empathycoach.core.gamification;

/**
 * What earns XP. Amounts, repeat factors and daily caps are all set in {@link XpRules}; this enum only
 * names the rules so every ledger row says which one paid out.
 */
public enum XpRule {
    LESSON_COMPLETED,
    QUIZ_SCORE,
    ROLEPLAY_SCORE,
    PEER_FEEDBACK_GIVEN,
    CUSTOMER_FEEDBACK_GOOD,
    DRILL_COMPLETED
}
