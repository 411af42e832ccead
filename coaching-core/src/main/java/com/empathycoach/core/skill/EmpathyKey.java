package com.empathycoach.core.skill;

/**
 * The four empathy keys every score in the product maps onto (see shared/CONTENT.md).
 */
public enum EmpathyKey {
    /** Discover the real need. */
    DISCOVER,
    /** Mind the knowledge gap. */
    KNOWLEDGE,
    /** Show you want to help. */
    HELP,
    /** Empathy in every channel. */
    CHANNEL
}
