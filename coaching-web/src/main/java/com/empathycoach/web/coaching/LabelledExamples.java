package com.empathycoach.web.coaching;

import com.empathycoach.core.analysis.ReplyLanguage;
import com.empathycoach.core.roleplay.ReplyReviewStore.ReviewedExample;
import com.empathycoach.core.skill.EmpathyKey;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Coaches' reviews of written replies as JSON Lines, one labelled example per line, to grow the analyzer's labelled
 * set: the reply and its language, what the analyzer scored (and which version), and what the coach scored.
 */
public final class LabelledExamples {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private LabelledExamples() {
    }

    public static int write(OutputStream out, List<ReviewedExample> examples) throws IOException {
        for (ReviewedExample example : examples) {
            out.write(JSON.writeValueAsString(line(example)).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        return examples.size();
    }

    static ObjectNode line(ReviewedExample example) {
        ObjectNode line = JSON.createObjectNode();
        line.put("lang", ReplyLanguage.detect(example.reply()).code());
        line.put("text", example.reply());
        line.put("scenario", example.scenarioId());
        line.put("node", example.nodeId());
        ObjectNode analyzer = line.putObject("analyzer");
        analyzer.put("version", example.analyzerVersion());
        if (example.analyzerOverall() != null) {
            analyzer.put("overall", example.analyzerOverall());
        }
        scores(analyzer.putObject("scores"), example.analyzerScores());
        ObjectNode coach = line.putObject("coach");
        scores(coach.putObject("scores"), example.coachScores());
        coach.put("feedback", example.coachFeedback());
        line.put("reviewedAt", example.reviewedAt().toString());
        return line;
    }

    private static void scores(ObjectNode node, Map<EmpathyKey, Integer> scores) {
        for (EmpathyKey key : EmpathyKey.values()) {
            node.put(key.name().toLowerCase(Locale.ROOT), scores.getOrDefault(key, 0));
        }
    }
}
