package com.empathycoach.core.authoring;

import com.empathycoach.core.lesson.ContentCatalog;
import com.empathycoach.core.roleplay.ScenarioCatalog;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/** What agents get today, seen from authoring: the published modules and role-plays by id, title and revision. */
@Component
class PublishedContent {

    record Entry(String title, int revision) {
    }

    private final ContentCatalog modules;
    private final ScenarioCatalog scenarios;

    PublishedContent(ContentCatalog modules, ScenarioCatalog scenarios) {
        this.modules = modules;
        this.scenarios = scenarios;
    }

    /** Every published one, in catalogue order. */
    Map<String, Entry> current(ContentKind kind) {
        Map<String, Entry> rows = new LinkedHashMap<>();
        if (kind == ContentKind.MODULE) {
            modules.current().forEach(m -> rows.put(m.content().id(), new Entry(m.content().title(), m.revision())));
        } else {
            scenarios.current().forEach(s -> rows.put(s.scenario().id(), new Entry(s.scenario().title(), s.revision())));
        }
        return rows;
    }

    boolean exists(ContentKind kind, String id) {
        return kind == ContentKind.MODULE ? modules.current(id).isPresent() : scenarios.current(id).isPresent();
    }
}
