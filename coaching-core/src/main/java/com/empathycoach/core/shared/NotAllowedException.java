package com.empathycoach.core.shared;

/** Thrown when an actor asks for data or an action their roles or relationships do not allow. */
public class NotAllowedException extends RuntimeException {
    public NotAllowedException(String message) {
        super(message);
    }
}
