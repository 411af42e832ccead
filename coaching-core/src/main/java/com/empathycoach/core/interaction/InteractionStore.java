package com.empathycoach.core.interaction;

import com.empathycoach.core.interaction.InteractionViews.Interaction;
import com.empathycoach.core.interaction.InteractionViews.Summary;
import com.empathycoach.core.shared.Page;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: stored interactions, their turns and analysis. */
public interface InteractionStore {

    /** Stores a new interaction and returns its id, or -1 when one with its external id exists already. */
    long insert(Interaction interaction);

    Optional<Interaction> byId(long id);

    Optional<Interaction> byExternalId(String externalId);

    /** Newest first; of these agents only, or of everyone when {@code agentIds} is null. */
    List<Summary> list(Collection<Long> agentIds, Page page);

    int count(Collection<Long> agentIds);
}
