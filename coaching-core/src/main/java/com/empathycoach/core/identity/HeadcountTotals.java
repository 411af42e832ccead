package com.empathycoach.core.identity;

/** How many teams there are, and their active agents added up team by team. */
public record HeadcountTotals(long teams, long agents) {
}
