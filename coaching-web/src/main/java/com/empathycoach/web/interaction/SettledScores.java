package com.empathycoach.web.interaction;

import com.empathycoach.core.analysis.ReplyLanguage;
import com.empathycoach.core.interaction.InteractionViews.Speaker;
import com.empathycoach.core.interaction.ScorecardFacade.SettledExample;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.web.shared.JsonLines;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/**
 * Settled QA scores as JSON Lines, one labelled example per interaction: the agent's turns (redacted), what the
 * analyzer scored and which version, the final 1-5 score per key after the dispute, the coach's comments, the
 * agent's reason and the settling note.
 */
public final class SettledScores {

    private SettledScores() {
    }

    public static int write(OutputStream out, List<SettledExample> examples) throws IOException {
        return JsonLines.write(out, examples, SettledScores::line);
    }

    static ObjectNode line(SettledExample example) {
        ObjectNode line = JsonLines.object();
        var interaction = example.interaction();
        var card = example.scorecard();
        line.put("interaction", interaction.id());
        line.put("channel", interaction.channel().name());
        ArrayNode turns = line.putArray("agentTurns");
        interaction.turns().stream().filter(t -> t.speaker() == Speaker.AGENT).forEach(t -> {
            ObjectNode turn = turns.addObject();
            turn.put("lang", ReplyLanguage.detect(t.text()).code());
            turn.put("text", t.text());
            turn.put("analyzerOverall", t.overall() == null ? 0 : t.overall());
        });
        ObjectNode analyzer = line.putObject("analyzer");
        analyzer.put("version", interaction.analyzerVersion());
        ObjectNode analyzerKeys = analyzer.putObject("keys");
        ObjectNode finalScores = line.putObject("finalScores");
        ObjectNode comments = line.putObject("comments");
        for (EmpathyKey key : EmpathyKey.values()) {
            String name = key.name().toLowerCase(Locale.ROOT);
            analyzerKeys.put(name, interaction.keys().getOrDefault(key, 0));
            Integer score = card.scores().get(key);
            if (score == null) {
                finalScores.putNull(name);
            } else {
                finalScores.put(name, score);
            }
            if (card.comments().containsKey(key)) {
                comments.put(name, card.comments().get(key));
            }
        }
        line.put("disputeReason", card.disputeReason());
        line.put("resolutionNote", card.resolutionNote());
        line.put("resolvedAt", card.resolvedAt() == null ? null : card.resolvedAt().toString());
        return line;
    }
}
