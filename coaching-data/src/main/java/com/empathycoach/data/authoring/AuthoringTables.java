package com.empathycoach.data.authoring;

import com.empathycoach.core.authoring.ContentKind;

/** The tables of one kind of authored content; fixed constants, never user input. */
record AuthoringTables(String drafts, String idColumn, String revisions, String pins, String publications,
                       String translations) {

    static AuthoringTables of(ContentKind kind) {
        return kind == ContentKind.MODULE
                ? new AuthoringTables("module_draft", "module_id", "content_module_revision", "content_module_pin",
                        "content_module_publication", "content_module_translation")
                : new AuthoringTables("scenario_draft", "scenario_id", "content_scenario_revision", "content_scenario_pin",
                        "content_scenario_publication", "content_scenario_translation");
    }
}
