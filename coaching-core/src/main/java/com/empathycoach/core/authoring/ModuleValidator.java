package com.empathycoach.core.authoring;

import java.util.List;

/** Port: the checks of the built-in content loader, for a module's source and its Spanish translation. */
public interface ModuleValidator {

    /** The place of a problem that is not about content but about the text not being YAML at all. */
    String SYNTAX = "YAML";

    /** One thing to fix, where (a path such as "lessons[1].questions[0].options[2]") and why, in plain words. */
    record Problem(String where, String message) {
    }

    /** What the loader would refuse in this English source of module {@code moduleId}; empty when valid. */
    List<Problem> check(String moduleId, String source);

    /** What is wrong or missing in the Spanish source against the English one; empty when complete. */
    List<Problem> checkTranslation(String moduleId, String source, String sourceEs);

    /** The module as agents would get it, when the source passes every check. */
    java.util.Optional<com.empathycoach.core.lesson.ModuleContent> read(String moduleId, String source);

    /** The Spanish file that ships with a built-in module, or "" when there is none. */
    String bundledTranslation(String moduleId);

    /** The module's title in the source, or null when it cannot be read. */
    String title(String moduleId, String source);
}
