package com.empathycoach.core.identity;

/** A person as listed within a team. */
public record TeamMember(long userId, String username, String displayName, boolean active) {
}
