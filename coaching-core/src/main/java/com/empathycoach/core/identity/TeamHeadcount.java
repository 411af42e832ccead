package com.empathycoach.core.identity;

/** How many active agents and coaches a team has. */
public record TeamHeadcount(long teamId, String teamName, long agents, long coaches) {
}
