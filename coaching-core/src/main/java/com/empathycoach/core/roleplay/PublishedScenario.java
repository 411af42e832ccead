package com.empathycoach.core.roleplay;

/** A stored revision of a scenario; plays remember the revision they were made on. */
public record PublishedScenario(int revision, Scenario scenario) {
}
