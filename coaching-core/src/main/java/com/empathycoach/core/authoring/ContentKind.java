package com.empathycoach.core.authoring;

/** What an author writes: a lesson module (cards and quizzes) or a role-play scenario. Each has its own drafts and revisions. */
public enum ContentKind {
    MODULE("module"),
    SCENARIO("scenario");

    private final String noun;

    ContentKind(String noun) {
        this.noun = noun;
    }

    /** The word used in audit entries and messages: "module" or "scenario". */
    public String noun() {
        return noun;
    }

    /** A role-play's YAML has a top-level {@code nodes:} list; a module's has {@code lessons:}. */
    public static ContentKind of(String source) {
        return source != null && java.util.regex.Pattern.compile("(?m)^nodes:").matcher(source).find() ? SCENARIO : MODULE;
    }
}
