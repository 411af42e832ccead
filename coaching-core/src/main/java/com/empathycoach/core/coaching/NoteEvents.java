package com.empathycoach.core.coaching;

/** Facts about 1:1 coaching notes. */
public final class NoteEvents {

    private NoteEvents() {
    }

    public record NoteWritten(long noteId, long agentId, String coachName) {
    }
}
