package com.empathycoach.core.interaction;

import com.empathycoach.core.analysis.Marker;
import com.empathycoach.core.lesson.Channel;
import com.empathycoach.core.skill.EmpathyKey;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What is sent in, stored and shown for a real interaction (a chat, e-mail, ticket or call transcript). */
public final class InteractionViews {

    private InteractionViews() {
    }

    public enum Speaker { CUSTOMER, AGENT }

    /** A transcript as a source system sends it; validated and redacted by {@link InteractionFacade}. */
    public record NewInteraction(String agent, String channel, String occurredAt, String externalId,
                                 List<NewTurn> turns) {
    }

    public record NewTurn(String speaker, String text) {
    }

    /** One finding on an agent turn: which marker, and where in the stored (redacted) text. */
    public record TurnFinding(Marker marker, int start, int end) {
    }

    /** One turn as stored: redacted text; for agent turns the analyzer's overall verdict and its findings. */
    public record Turn(int index, Speaker speaker, String text, Integer overall, List<TurnFinding> findings) {
        public Turn {
            findings = List.copyOf(findings);
        }
    }

    /**
     * A stored interaction and its analysis: the mean of the agent turns' key scores and overall verdicts, and the
     * version of the analyzer that made them.
     */
    public record Interaction(long id, long agentId, String agentName, Channel channel, Instant occurredAt,
                              String externalId, int overall, Map<EmpathyKey, Integer> keys, String analyzerVersion,
                              List<Turn> turns) {
        public Interaction {
            keys = Map.copyOf(keys);
            turns = List.copyOf(turns);
        }
    }

    /** The answer to a submission: the interaction, and whether this call stored it or it existed already. */
    public record Ingested(Interaction interaction, boolean created) {
    }

    /** A row of the interactions list. */
    public record Summary(long id, String agentName, Channel channel, Instant occurredAt, int overall, int agentTurns) {
    }
}
