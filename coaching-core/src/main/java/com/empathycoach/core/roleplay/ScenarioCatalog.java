package com.empathycoach.core.roleplay;

import java.util.List;
import java.util.Optional;

/** Port: the published role-play scenarios. */
public interface ScenarioCatalog {

    /** The newest revision of every scenario, in catalogue order. */
    List<PublishedScenario> current();

    Optional<PublishedScenario> current(String scenarioId);

    /** A given revision, for resuming or reviewing a play made on it. */
    Optional<PublishedScenario> revision(String scenarioId, int revision);
}
