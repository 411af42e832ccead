package com.empathycoach.core.drill;

import com.empathycoach.core.skill.EmpathyKey;

/**
 * One agent's memory of one item, with how often it was reviewed and forgotten. {@code drillable} items can be
 * served in the drill; the others (select-all and ordering questions) are only tracked.
 */
public record Memory(String itemId, EmpathyKey key, boolean drillable, MemoryState state, int reviews, int lapses) {
}
