package com.empathycoach.core.identity;

/** How the teams' headcounts are listed: by team name (the default), by active agents or by active coaches. */
public record HeadcountOrder(By by, boolean descending) {

    public static final HeadcountOrder BY_TEAM = new HeadcountOrder(By.TEAM, false);

    public enum By { TEAM, AGENTS, COACHES }

    public HeadcountOrder {
        if (by == null) {
            throw new IllegalArgumentException("by is required");
        }
    }
}
