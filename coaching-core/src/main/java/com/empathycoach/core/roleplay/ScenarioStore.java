package com.empathycoach.core.roleplay;

import com.empathycoach.core.lesson.RevisionStore;

/** Port: where scenario sources are kept, one row per scenario revision (like lesson modules). */
public interface ScenarioStore extends RevisionStore {
}
