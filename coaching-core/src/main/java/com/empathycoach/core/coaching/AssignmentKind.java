package com.empathycoach.core.coaching;

/** What a coach can assign. */
public enum AssignmentKind { LESSON, MODULE, SCENARIO }
