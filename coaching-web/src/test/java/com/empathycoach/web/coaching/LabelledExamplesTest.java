package com.empathycoach.web.coaching;

import com.empathycoach.core.roleplay.ReplyReviewStore.ReviewedExample;
import com.empathycoach.core.skill.EmpathyKey;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LabelledExamplesTest {

    private static final Map<EmpathyKey, Integer> ANALYZER = Map.of(EmpathyKey.DISCOVER, 40, EmpathyKey.KNOWLEDGE, 100,
            EmpathyKey.HELP, 70, EmpathyKey.CHANNEL, 40);
    private static final Map<EmpathyKey, Integer> COACH = Map.of(EmpathyKey.DISCOVER, 20, EmpathyKey.KNOWLEDGE, 80,
            EmpathyKey.HELP, 30, EmpathyKey.CHANNEL, 50);

    @Test
    void eachReviewIsOneJsonLineWithTheReplyTheAnalyzersScoresAndVersionAndTheCoachsScores() throws Exception {
        ReviewedExample english = new ReviewedExample("price-rise", "final", "Sorry you feel that way.\nTicket closed.",
                ANALYZER, 44, "2.0+0123abcd", COACH, "Hollow, and it shuts the door.", Instant.parse("2026-12-06T10:00:00Z"));
        ReviewedExample spanish = new ReviewedExample("price-rise", "final", "Lamento que se sienta así. No podemos hacer nada.",
                ANALYZER, null, null, COACH, "", Instant.parse("2026-12-06T11:00:00Z"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(LabelledExamples.write(out, List.of(english, spanish))).isEqualTo(2);

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode first = JsonMapper.builder().build().readTree(lines.get(0));
        assertThat(first.get("lang").asString()).isEqualTo("en");
        assertThat(first.get("text").asString()).isEqualTo("Sorry you feel that way.\nTicket closed.");
        assertThat(first.get("analyzer").get("version").asString()).isEqualTo("2.0+0123abcd");
        assertThat(first.get("analyzer").get("overall").asInt()).isEqualTo(44);
        assertThat(first.get("analyzer").get("scores").get("knowledge").asInt()).isEqualTo(100);
        assertThat(first.get("coach").get("scores").get("help").asInt()).isEqualTo(30);
        assertThat(first.get("coach").get("feedback").asString()).isEqualTo("Hollow, and it shuts the door.");
        JsonNode second = JsonMapper.builder().build().readTree(lines.get(1));
        assertThat(second.get("lang").asString()).isEqualTo("es");
        assertThat(second.get("analyzer").has("overall")).as("scored before verdicts were kept").isFalse();
    }
}
