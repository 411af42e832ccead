package com.empathycoach.web.layout;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Gives an unexpected error a short id that a person can quote and support can find in the log. */
public final class ErrorIds {

    private static final Logger log = LoggerFactory.getLogger(ErrorIds.class);
    private static final SecureRandom random = new SecureRandom();

    private ErrorIds() {
    }

    public static String logWithId(Throwable error) {
        byte[] bytes = new byte[5];
        random.nextBytes(bytes);
        String id = HexFormat.of().formatHex(bytes).toUpperCase();
        log.error("Unexpected error [error id {}]", id, error);
        return id;
    }
}
