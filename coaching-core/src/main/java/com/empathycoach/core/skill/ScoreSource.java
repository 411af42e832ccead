package com.empathycoach.core.skill;

/** Where a score on a key comes from. Every source scores 0 to 100, so they can be drawn side by side. */
public enum ScoreSource {
    QUIZ,
    ROLEPLAY,
    COACH_REVIEW,
    PEER,
    CUSTOMER,
    /** The analyzer's key scores of the agent's turns in a real interaction. */
    INTERACTION,
    /** A coach's QA scorecard of a real interaction (1 to 5 as 0 to 100), as last changed. */
    QA_SCORECARD
}
