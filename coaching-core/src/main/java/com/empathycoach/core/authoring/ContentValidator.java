package com.empathycoach.core.authoring;

import com.empathycoach.core.lesson.ModuleContent;
import com.empathycoach.core.roleplay.Scenario;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Port: the checks of the built-in content loader, for a module's or role-play's source and its Spanish translation. */
public interface ContentValidator {

    /** The place of a problem that is not about content but about the text not being YAML at all. */
    String SYNTAX = "YAML";

    /** One thing to fix, where (such as "lesson 1 › question 3 › option 2") and why, in plain words. */
    record Problem(String where, String message) {
    }

    /** What the loader would refuse in this English source, said in English; empty when valid. */
    default List<Problem> check(ContentKind kind, String id, String source) {
        return check(kind, id, source, Locale.ENGLISH);
    }

    /** What the loader would refuse in this English source, said in {@code locale}; empty when valid. */
    List<Problem> check(ContentKind kind, String id, String source, Locale locale);

    /** What is wrong or missing in the Spanish source against the English one, said in English; empty when complete. */
    default List<Problem> checkTranslation(ContentKind kind, String id, String source, String sourceEs) {
        return checkTranslation(kind, id, source, sourceEs, Locale.ENGLISH);
    }

    /** What is wrong or missing in the Spanish source against the English one, said in {@code locale}. */
    List<Problem> checkTranslation(ContentKind kind, String id, String source, String sourceEs, Locale locale);

    /** The module as agents would get it, when the source passes every check. */
    Optional<ModuleContent> module(String id, String source);

    /** The role-play as agents would get it, when the source passes every check. */
    Optional<Scenario> scenario(String id, String source);

    /** The Spanish file that ships with a built-in module or role-play, or "" when there is none. */
    String bundledTranslation(ContentKind kind, String id);

    /** The title in the source, or null when it cannot be read. */
    String title(String source);
}
