package com.empathycoach.core.reporting;

import java.time.Instant;

/** An earned badge as an Open Badges hosted assertion: an opaque id, and a salt for hashing the recipient. */
public record BadgeAssertion(String assertionId, long userId, String email, String badgeId, String salt,
                             Instant issuedOn) {
}
