package com.empathycoach.core.authoring;

/** A save that started from an older copy of the draft: someone else saved in between. Carries their draft. */
public class DraftConflictException extends RuntimeException {

    private final transient Draft current;

    public DraftConflictException(Draft current) {
        super("The draft of " + current.id() + " changed (now version " + current.version() + ")");
        this.current = current;
    }

    public Draft current() {
        return current;
    }
}
