package com.empathycoach.core.notification;

/** Why someone is told something. The text of each is the translation key {@code notification.<KIND>}. */
public enum NotificationKind {
    ASSIGNMENT_NEW,
    ASSIGNMENT_DUE_TOMORROW,
    ASSIGNMENT_OVERDUE,
    REVIEW_DONE,
    NOTE_TO_ACKNOWLEDGE,
    PEER_FEEDBACK_ASKED,
    ASSIGN_SUGGESTED,
    DRILL_REMINDER,
    QA_DISPUTED,
    CALIBRATION_INVITED
}
