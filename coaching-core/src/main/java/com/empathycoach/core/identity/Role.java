package com.empathycoach.core.identity;

/** What a person may do. A person may hold several roles. */
public enum Role {
    AGENT, COACH, HR, ADMIN,
    /** Writes and publishes lesson modules in the browser; given by an admin, usually to a coach. */
    AUTHOR
}
