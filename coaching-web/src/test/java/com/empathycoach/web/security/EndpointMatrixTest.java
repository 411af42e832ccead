package com.empathycoach.web.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every HTTP endpoint outside Vaadin's own requests, for anonymous and every role: the integration API
 * answers only to its key (a signed-in person does not count), Open Badges documents are public, and the
 * chart script needs a signed-in person.
 */
@SpringBootTest
@ActiveProfiles("test")
class EndpointMatrixTest {

    private static final String KEY = "test-integration-key-0123456789";
    private static final List<String> ROLES = List.of("AGENT", "COACH", "HR", "ADMIN");

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private int status(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private void expect(Function<String, MockHttpServletRequestBuilder> request, int anonymous, int signedIn) throws Exception {
        assertThat(status(request.apply(null))).as("anonymous").isEqualTo(anonymous);
        for (String role : ROLES) {
            assertThat(status(request.apply(role).with(user("matrix-" + role).roles(role)))).as(role).isEqualTo(signedIn);
        }
    }

    @Test
    void theLinkApiAnswersOnlyToItsKey() throws Exception {
        expect(role -> post("/api/v1/feedback-links").contentType(MediaType.APPLICATION_JSON).content("{\"agent\":\"amara\"}"),
                401, 401);
        assertThat(status(post("/api/v1/feedback-links").header("X-Api-Key", KEY).contentType(MediaType.APPLICATION_JSON)
                .content("{\"agent\":\"amara\"}"))).isEqualTo(201);
    }

    @Test
    void theInteractionsApiAnswersOnlyToItsKeyEvenForSignedInPeople() throws Exception {
        String body = "{\"agent\":\"amara\",\"channel\":\"CHAT\",\"occurredAt\":\"2026-12-01T09:00:00Z\","
                + "\"externalId\":\"matrix-sample\",\"turns\":[{\"speaker\":\"AGENT\",\"text\":\"Hello\"}]}";
        expect(role -> post("/api/v1/interactions").contentType(MediaType.APPLICATION_JSON).content(body), 401, 401);
        expect(role -> get("/api/v1/interactions/1"), 401, 401);
        assertThat(status(post("/api/v1/interactions").header("X-Api-Key", KEY).contentType(MediaType.APPLICATION_JSON)
                .content(body))).isIn(200, 201);
    }

    @Test
    void theModulesApiAnswersOnlyToItsKeyEvenForSignedInPeople() throws Exception {
        expect(role -> get("/api/v1/modules/why-empathy-matters").accept("application/yaml"), 401, 401);
        expect(role -> post("/api/v1/modules").contentType("application/yaml").content("id: x"), 401, 401);
        assertThat(status(get("/api/v1/modules/why-empathy-matters").header("X-Api-Key", KEY).accept("application/yaml")))
                .isEqualTo(200);
        expect(role -> get("/api/v1/scenarios/price-rise").accept("application/yaml"), 401, 401);
        expect(role -> post("/api/v1/scenarios").contentType("application/yaml").content("id: x"), 401, 401);
        assertThat(status(get("/api/v1/scenarios/price-rise").header("X-Api-Key", KEY).accept("application/yaml")))
                .isEqualTo(200);
        assertThat(status(post("/api/v1/scenarios").header("X-Api-Key", KEY).contentType("application/yaml")
                .content("id: x\nnodes: []"))).isEqualTo(422);
        assertThat(status(post("/api/v1/scenarios").header("X-Api-Key", KEY).contentType("application/yaml")
                .content("id: [x"))).isEqualTo(400);
    }

    @Test
    void aRolePlayExportedAndImportedAgainComesBackAsTheSameDraft() throws Exception {
        String id = "round-trip-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String yaml = mvc.perform(get("/api/v1/scenarios/refund-refused").header("X-Api-Key", KEY).accept("application/yaml"))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)
                .replace("id: refund-refused", "id: " + id);
        try {
            var created = mvc.perform(post("/api/v1/scenarios").header("X-Api-Key", KEY).contentType("application/yaml")
                    .content(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8))).andReturn().getResponse();
            assertThat(created.getStatus()).isEqualTo(201);
            assertThat(created.getContentAsString()).contains("\"scenarioId\":\"" + id + "\"", "\"draftVersion\":1");
            assertThat(mvc.perform(get("/api/v1/scenarios/" + id).param("version", "draft").header("X-Api-Key", KEY)
                    .accept("application/yaml")).andReturn().getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(yaml);
            assertThat(status(get("/api/v1/scenarios/" + id).header("X-Api-Key", KEY).accept("application/yaml")))
                    .as("imported is a draft, not published").isEqualTo(404);
            assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'AUTHOR_SCENARIO_IMPORTED' "
                    + "and actor_id is null and details like ?", Integer.class, "%" + id)).as("audited as the integration")
                    .isEqualTo(1);
        } finally {
            jdbc.update("delete from scenario_draft where scenario_id = ?", id);
        }
    }

    @Test
    void openBadgesDocumentsArePublic() throws Exception {
        expect(role -> get("/openbadges/issuer"), 200, 200);
        expect(role -> get("/openbadges/badges/first-steps"), 200, 200);
        expect(role -> get("/openbadges/badges/first-steps/image"), 200, 200);
        expect(role -> get("/openbadges/assertions/00000000-0000-0000-0000-000000000000"), 404, 404);
    }

    @Test
    void theChartScriptNeedsASignedInPerson() throws Exception {
        String script = "/webjars/chart.js/4.5.1/dist/chart.umd.min.js";
        assertThat(mvc.perform(get(script)).andReturn().getResponse().getStatus()).isEqualTo(302);
        for (String role : ROLES) {
            assertThat(status(get(script).with(user("matrix-" + role).roles(role)))).as(role).isEqualTo(200);
        }
    }
}
