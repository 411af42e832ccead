package com.empathycoach.core.lesson;

/** A module, lesson or attempt id that does not exist (or not for this person). */
public class UnknownContentException extends RuntimeException {
    public UnknownContentException(String what) {
        super("No such " + what);
    }
}
