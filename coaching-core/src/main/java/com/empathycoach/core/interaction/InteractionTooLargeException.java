package com.empathycoach.core.interaction;

/** A transcript over the limits: more than {@link InteractionFacade#MAX_TURNS} turns, or a turn too long. */
public class InteractionTooLargeException extends RuntimeException {

    public InteractionTooLargeException(String message) {
        super(message);
    }
}
