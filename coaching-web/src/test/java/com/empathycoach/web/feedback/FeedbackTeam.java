package com.empathycoach.web.feedback;

import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.Actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A team made for one test: a coach and agents nobody else has touched, so counts start at zero. */
public record FeedbackTeam(long teamId, Actor coach, List<Actor> agents) {

    public static final String PASSWORD = "a-long-test-passphrase";

    public static FeedbackTeam create(IdentityFacade identity, int agents) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long team = identity.ensureTeam("Feedback " + run);
        Actor coach = person(identity, team, "fc" + run, "Coach " + run, Role.COACH);
        List<Actor> members = new ArrayList<>();
        for (int i = 0; i < agents; i++) {
            members.add(person(identity, team, "fa" + i + run, "Agent" + i + " Tester" + run, Role.AGENT));
        }
        return new FeedbackTeam(team, coach, List.copyOf(members));
    }

    private static Actor person(IdentityFacade identity, long team, String username, String name, Role role) {
        long id = identity.register(new NewUser(username, name, username + "@test.empathycoach.test", PASSWORD, Set.of(role),
                "Europe/London"));
        identity.addToTeam(team, id, role);
        return new Actor(id, username, Set.of(role));
    }

    public Actor agent(int i) {
        return agents.get(i);
    }
}
