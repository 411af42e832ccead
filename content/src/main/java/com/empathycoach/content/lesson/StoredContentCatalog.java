package com.empathycoach.content.lesson;

import com.empathycoach.core.lesson.ContentCatalog;
import com.empathycoach.core.lesson.ContentStore;
import com.empathycoach.core.lesson.PublishedModule;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Published lesson modules, in catalogue order. */
@Component
class StoredContentCatalog implements ContentCatalog {

    private final RevisionCatalog<PublishedModule> modules;

    StoredContentCatalog(ContentStore store) {
        ModuleParser parser = new ModuleParser();
        this.modules = new RevisionCatalog<>(store,
                stored -> new PublishedModule(stored.revision(), parser.parse(stored.moduleId() + ".yaml", stored.source())),
                Comparator.comparingInt((PublishedModule m) -> m.content().order()).thenComparing(m -> m.content().id()));
    }

    @Override
    public List<PublishedModule> current() {
        return modules.current();
    }

    @Override
    public Optional<PublishedModule> current(String moduleId) {
        return modules.current(moduleId);
    }

    @Override
    public Optional<PublishedModule> revision(String moduleId, int revision) {
        return modules.revision(moduleId, revision);
    }
}
