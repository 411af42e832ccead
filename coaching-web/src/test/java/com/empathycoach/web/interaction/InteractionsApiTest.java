package com.empathycoach.web.interaction;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@ActiveProfiles("test")
class InteractionsApiTest {

    private static final String KEY = "test-integration-key-0123456789";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private static String body(String agent, String externalId, String turns) {
        return """
                {"agent": "%s", "channel": "CHAT", "occurredAt": "2026-12-06T10:15:00Z", "externalId": "%s",
                 "turns": %s}""".formatted(agent, externalId, turns);
    }

    private ResultActions send(String body) throws Exception {
        return mvc.perform(post("/api/v1/interactions").header("X-Api-Key", KEY)
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void anInteractionIsStoredOnceRedactedAndScoredTurnByTurnWithItsEvidence() throws Exception {
        String externalId = "chat-" + UUID.randomUUID();
        String turns = """
                [{"speaker": "CUSTOMER", "text": "My card 4111 1111 1111 1111 was charged twice! Email me at ana@example.com"},
                 {"speaker": "AGENT", "text": "I'm so sorry, Ana, that must be stressful. I'll refund the second charge today and email you by 5pm."},
                 {"speaker": "CUSTOMER", "text": "Thanks."},
                 {"speaker": "AGENT", "text": "Sorry you feel that way. Ticket closed."}]""";
        JsonNode created = JSON.readTree(send(body("amara", externalId, turns)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
        long id = created.get("id").asLong();
        JsonNode analysis = created.get("analysis");
        assertThat(analysis.get("keys").get("HELP").asInt()).isBetween(0, 100);
        assertThat(analysis.get("turns")).hasSize(2);
        assertThat(analysis.get("turns").get(0).get("index").asInt()).isEqualTo(1);
        assertThat(analysis.get("turns").get(0).get("overall").asInt()).isGreaterThanOrEqualTo(45);
        assertThat(analysis.get("turns").get(1).get("overall").asInt()).isLessThan(45);
        assertThat(analysis.get("turns").get(1).get("findings").toString()).contains("HOLLOW_APOLOGY");

        JsonNode again = JSON.readTree(send(body("amara", externalId, turns)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(again.get("id").asLong()).as("the same external id answers with the same interaction").isEqualTo(id);

        JsonNode stored = JSON.readTree(mvc.perform(get("/api/v1/interactions/" + id).header("X-Api-Key", KEY))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        String customer = stored.get("turns").get(0).get("text").asString();
        assertThat(customer).contains("[CARD]").contains("[EMAIL]").doesNotContain("4111").doesNotContain("ana@");
        assertThat(stored.get("externalId").asString()).isEqualTo(externalId);
        assertThat(stored.get("analysis").get("analyzerVersion").asString()).matches("2\\.0\\+[0-9a-f]{8}");
    }

    @Test
    void badRequestsGetAClearProblemAndTheRightStatus() throws Exception {
        String ok = "[{\"speaker\": \"AGENT\", \"text\": \"Hello\"}]";
        send(body("nobody-" + UUID.randomUUID(), "x-" + UUID.randomUUID(), ok)).andExpect(status().is(422));
        send("{not json").andExpect(status().isBadRequest());
        send(body("amara", "x-" + UUID.randomUUID(), "[]")).andExpect(status().is(422));
        send(body("amara", "x-" + UUID.randomUUID(), "[{\"speaker\": \"BOT\", \"text\": \"Hi\"}]")).andExpect(status().is(422));
        String longText = "a".repeat(20_001);
        send(body("amara", "x-" + UUID.randomUUID(), "[{\"speaker\": \"AGENT\", \"text\": \"" + longText + "\"}]"))
                .andExpect(status().is(413));
        String many = "[" + "{\"speaker\": \"AGENT\", \"text\": \"Hi\"},".repeat(500) + "{\"speaker\": \"AGENT\", \"text\": \"Hi\"}]";
        send(body("amara", "x-" + UUID.randomUUID(), many)).andExpect(status().is(413));
        mvc.perform(post("/api/v1/interactions").contentType(MediaType.APPLICATION_JSON).content(body("amara", "y", ok)))
                .andExpect(status().isUnauthorized())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentTypeCompatibleWith("application/problem+json"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.status").value(401))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.detail").isString());
        mvc.perform(post("/api/v1/interactions").header("X-Api-Key", "wrong-key-0123456789-0123456789")
                .contentType(MediaType.APPLICATION_JSON).content(body("amara", "y", ok))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/interactions/999999999").header("X-Api-Key", KEY)).andExpect(status().isNotFound());
    }
}
