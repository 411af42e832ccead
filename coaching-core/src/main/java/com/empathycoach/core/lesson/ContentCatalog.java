package com.empathycoach.core.lesson;

import java.util.List;
import java.util.Optional;

/** Port: the published lesson content. */
public interface ContentCatalog {

    /** The newest revision of every module, in catalogue order. */
    List<PublishedModule> current();

    Optional<PublishedModule> current(String moduleId);

    /** A given revision, for resuming or reviewing an attempt made on it. */
    Optional<PublishedModule> revision(String moduleId, int revision);
}
