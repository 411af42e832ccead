package com.empathycoach.core.identity;

import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.NotAllowedException;
import org.springframework.stereotype.Component;

/** The one rule for reading an agent's work as a coach: the agent must be in a team the coach coaches. */
@Component
public class AccessFacade {

    private final IdentityStore identity;

    public AccessFacade(IdentityStore identity) {
        this.identity = identity;
    }

    public void requireCoachOf(Actor actor, long agentId) {
        actor.require(Role.COACH);
        if (!identity.agentIdsCoachedBy(actor.userId()).contains(agentId)) {
            throw new NotAllowedException(actor.username() + " does not coach agent " + agentId);
        }
    }
}
