package com.empathycoach.core.lesson;

public enum AttemptStatus {
    IN_PROGRESS, COMPLETED
}
