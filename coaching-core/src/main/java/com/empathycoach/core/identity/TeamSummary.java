package com.empathycoach.core.identity;

import java.util.List;

/** A team with its coaches and agents, for views that list teams. */
public record TeamSummary(long id, String name, List<TeamMember> coaches, List<TeamMember> agents) {
    public TeamSummary {
        coaches = List.copyOf(coaches);
        agents = List.copyOf(agents);
    }
}
