package com.empathycoach.core.skill;

/** Where a score on a key comes from. Every source scores 0 to 100, so they can be drawn side by side. */
public enum ScoreSource {
    QUIZ,
    ROLEPLAY,
    COACH_REVIEW,
    PEER,
    CUSTOMER
}
