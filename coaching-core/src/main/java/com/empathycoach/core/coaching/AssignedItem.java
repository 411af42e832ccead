package com.empathycoach.core.coaching;

import java.util.Objects;

/**
 * The piece of content an assignment asks for. {@link #key()} is how completions find the open
 * assignments they close.
 */
public record AssignedItem(AssignmentKind kind, String contentId, String lessonId) {

    public AssignedItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(contentId, "contentId");
        if ((kind == AssignmentKind.LESSON) != (lessonId != null)) {
            throw new IllegalArgumentException("a lesson id is needed for lessons and only for lessons");
        }
    }

    public static AssignedItem lesson(String moduleId, String lessonId) {
        return new AssignedItem(AssignmentKind.LESSON, moduleId, lessonId);
    }

    public static AssignedItem module(String moduleId) {
        return new AssignedItem(AssignmentKind.MODULE, moduleId, null);
    }

    public static AssignedItem scenario(String scenarioId) {
        return new AssignedItem(AssignmentKind.SCENARIO, scenarioId, null);
    }

    /** The item a {@link #key()} names. */
    public static AssignedItem fromKey(String key) {
        int colon = key.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not an item key: " + key);
        }
        String id = key.substring(colon + 1);
        return switch (key.substring(0, colon)) {
            case "lesson" -> lesson(id.substring(0, id.indexOf('/')), id.substring(id.indexOf('/') + 1));
            case "module" -> module(id);
            case "scenario" -> scenario(id);
            default -> throw new IllegalArgumentException("not an item key: " + key);
        };
    }

    public String key() {
        return switch (kind) {
            case LESSON -> "lesson:" + contentId + "/" + lessonId;
            case MODULE -> "module:" + contentId;
            case SCENARIO -> "scenario:" + contentId;
        };
    }
}
