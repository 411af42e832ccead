package com.empathycoach.core.feedback;

import java.time.Instant;

/** A link just made: the only moment its token is known. */
public record NewLink(long id, String token, Instant expiresAt) {
}
