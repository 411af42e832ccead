package com.empathycoach.web.coaching;

import com.empathycoach.core.analysis.ReplyLanguage;
import com.empathycoach.core.roleplay.ReplyReviewStore.ReviewedExample;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.web.shared.JsonLines;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Coaches' reviews of written replies as JSON Lines, one labelled example per line, to grow the analyzer's labelled
 * set: the reply and its language, what the analyzer scored (and which version), and what the coach scored.
 */
public final class LabelledExamples {

    private LabelledExamples() {
    }

    public static int write(OutputStream out, List<ReviewedExample> examples) throws IOException {
        return JsonLines.write(out, examples, LabelledExamples::line);
    }

    static ObjectNode line(ReviewedExample example) {
        ObjectNode line = JsonLines.object();
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
