package com.empathycoach.core.identity;

/** What a person may do. A person may hold several roles. */
public enum Role {
    AGENT, COACH, HR, ADMIN
}
