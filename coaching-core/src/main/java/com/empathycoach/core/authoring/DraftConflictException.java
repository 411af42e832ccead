package com.empathycoach.core.authoring;

/** A save that started from an older copy of the draft: someone else saved in between. Carries their draft. */
public class DraftConflictException extends RuntimeException {

    private final transient ModuleDraft current;

    public DraftConflictException(ModuleDraft current) {
        super("The draft of " + current.moduleId() + " changed (now version " + current.version() + ")");
        this.current = current;
    }

    public ModuleDraft current() {
        return current;
    }
}
