package com.empathycoach.web.reporting;

import com.empathycoach.web.shared.PublicUrls;

import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.lesson.LessonFacade;
import com.empathycoach.core.lesson.LessonPlay;
import com.empathycoach.core.reporting.OpenBadgesFacade;
import com.empathycoach.core.reporting.XapiFacade;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.web.LearnerSteps;
import com.empathycoach.web.feedback.FeedbackTeam;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@ActiveProfiles("test")
class OpenStandardsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    WebApplicationContext context;

    @Autowired
    IdentityFacade identity;

    @Autowired
    LessonFacade lessons;

    @Autowired
    OpenBadgesFacade badges;

    @Autowired
    XapiFacade xapi;

    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    private JsonNode getJson(String path) throws Exception {
        var response = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).startsWith("application/ld+json");
        return JSON.readTree(response.getContentAsString());
    }

    @Test
    void anEarnedBadgeIsAHostedAssertionWithItsBadgeClassAndIssuerAndAHashedRecipient() throws Exception {
        Actor agent = FeedbackTeam.create(identity, 1).agent(0);
        LearnerSteps.finishLesson(lessons, agent, "why-empathy-matters", "see-it-from-their-side");
        var earned = badges.mine(agent);
        assertThat(earned).extracting(a -> a.badgeId()).contains("first-steps");
        var first = earned.stream().filter(a -> a.badgeId().equals("first-steps")).findFirst().orElseThrow();

        JsonNode assertion = getJson("/openbadges/assertions/" + first.assertionId());
        assertThat(assertion.get("@context").asString()).isEqualTo("https://w3id.org/openbadges/v2");
        assertThat(assertion.get("type").asString()).isEqualTo("Assertion");
        assertThat(assertion.get("id").asString()).endsWith("/openbadges/assertions/" + first.assertionId());
        JsonNode recipient = assertion.get("recipient");
        assertThat(recipient.get("type").asString()).isEqualTo("email");
        assertThat(recipient.get("hashed").asBoolean()).isTrue();
        assertThat(recipient.get("salt").asString()).hasSize(32);
        assertThat(recipient.get("identity").asString())
                .isEqualTo(OpenBadgesFacade.hashedRecipient(first.email(), recipient.get("salt").asString()))
                .startsWith("sha256$").doesNotContain("@");
        assertThat(assertion.toString()).doesNotContain(first.email());
        assertThat(assertion.get("verification").get("type").asString()).isEqualTo("HostedBadge");
        assertThat(assertion.get("issuedOn").asString()).isNotBlank();

        String badgePath = assertion.get("badge").asString().replaceFirst("^https?://[^/]+", "");
        JsonNode badgeClass = getJson(badgePath);
        assertThat(badgeClass.get("type").asString()).isEqualTo("BadgeClass");
        assertThat(badgeClass.get("name").asString()).isEqualTo("First steps");
        for (String field : List.of("id", "description", "image", "criteria", "issuer")) {
            assertThat(badgeClass.has(field)).as(field).isTrue();
        }
        mvc.perform(get(badgeClass.get("image").asString().replaceFirst("^https?://[^/]+", "")))
                .andExpect(status().isOk());

        JsonNode issuer = getJson(badgeClass.get("issuer").asString().replaceFirst("^https?://[^/]+", ""));
        assertThat(issuer.get("type").asString()).isEqualTo("Issuer");
        for (String field : List.of("id", "name", "url")) {
            assertThat(issuer.has(field)).as(field).isTrue();
        }
        mvc.perform(get("/openbadges/assertions/00000000-0000-0000-0000-000000000000")).andExpect(status().isNotFound());
        mvc.perform(get("/openbadges/badges/no-such-badge")).andExpect(status().isNotFound());
    }

    @Test
    void learningMakesXapiStatementsWithTheRequiredPartsAndHrExportsThem() {
        Actor agent = FeedbackTeam.create(identity, 1).agent(0);
        LessonPlay play = LearnerSteps.finishLesson(lessons, agent, "why-empathy-matters", "see-it-from-their-side");
        Actor hr = new Actor(identity.account("priya").orElseThrow().id(), "priya", identity.account("priya").orElseThrow().roles());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        XapiJson.writeArray(out, "https://coach.example.org", sink -> xapi.export(hr, LocalDate.now().minusDays(1), null, s -> {
            if (s.statement().userId() == agent.userId()) {
                sink.accept(s);
            }
        }));
        JsonNode statements = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        List<String> verbs = new ArrayList<>();
        for (JsonNode statement : statements) {
            for (String field : List.of("id", "actor", "verb", "object", "timestamp", "version")) {
                assertThat(statement.has(field)).as(field).isTrue();
            }
            assertThat(statement.get("version").asString()).isEqualTo("1.0.3");
            assertThat(statement.get("actor").get("mbox").asString()).startsWith("mailto:");
            assertThat(statement.get("verb").get("id").asString()).startsWith("http://adlnet.gov/expapi/verbs/");
            assertThat(statement.get("object").get("id").asString()).startsWith("https://coach.example.org/xapi/activities/");
            verbs.add(statement.get("verb").get("display").get("en-US").asString());
        }
        assertThat(verbs).contains("attempted", "answered", "passed").doesNotContain("completed", "failed");
        JsonNode passed = findVerb(statements, "passed");
        assertThat(passed.get("result").get("score").get("raw").asInt()).isEqualTo(play.score());
        assertThat(passed.get("result").get("score").get("scaled").asDouble()).isEqualTo(play.score() / 100.0);
        assertThat(passed.get("result").get("success").asBoolean()).isTrue();
        assertThat(passed.get("result").get("completion").asBoolean()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from audit_log where actor_id = ? and action = 'EXPORT_XAPI'",
                Integer.class, hr.userId())).isPositive();
    }

    @Test
    void statementsAreForwardedToALearningRecordStoreAndRetriedAfterAFailure() throws Exception {
        jdbc.update("update xapi_statement set forwarded_at = utc_timestamp(6) where forwarded_at is null");
        Actor agent = FeedbackTeam.create(identity, 1).agent(0);
        LearnerSteps.finishLesson(lessons, agent, "why-empathy-matters", "see-it-from-their-side");
        int made = jdbc.queryForObject("select count(*) from xapi_statement where user_id = ?", Integer.class, agent.userId());

        AtomicInteger calls = new AtomicInteger();
        List<String> bodies = new CopyOnWriteArrayList<>();
        List<String> versions = new CopyOnWriteArrayList<>();
        HttpServer lrs = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        lrs.createContext("/xapi/statements", exchange -> {
            versions.add(exchange.getRequestHeaders().getFirst("X-Experience-API-Version"));
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            int status = calls.incrementAndGet() == 1 ? 503 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        lrs.start();
        try {
            LrsForwarder forwarder = new LrsForwarder(xapi, "http://127.0.0.1:" + lrs.getAddress().getPort() + "/xapi",
                    "lrs-user", "lrs-secret", new PublicUrls("https://coach.example.org", 8080));
            assertThat(forwarder.forwardDue()).isZero();
            assertThat(jdbc.queryForObject("select count(*) from xapi_statement where user_id = ? and attempts = 1"
                    + " and forwarded_at is null and next_attempt_at > ?", Integer.class, agent.userId(),
                    java.sql.Timestamp.from(java.time.Instant.now())))
                    .isEqualTo(made);
            assertThat(forwarder.forwardDue()).as("nothing is due before the wait is over").isZero();

            jdbc.update("update xapi_statement set next_attempt_at = timestampadd(minute, -3, next_attempt_at)"
                    + " where user_id = ?", agent.userId());
            assertThat(forwarder.forwardDue()).isEqualTo(made);
            assertThat(jdbc.queryForObject("select count(*) from xapi_statement where user_id = ? and forwarded_at is not null",
                    Integer.class, agent.userId())).isEqualTo(made);
            assertThat(versions).containsOnly("1.0.3");
            JsonNode sent = JSON.readTree(bodies.getLast());
            assertThat(sent.isArray()).isTrue();
            assertThat(sent.size()).isEqualTo(made);
        } finally {
            lrs.stop(0);
        }
    }

    private static JsonNode findVerb(JsonNode statements, String verb) {
        for (JsonNode s : statements) {
            if (s.get("verb").get("display").get("en-US").asString().equals(verb)) {
                return s;
            }
        }
        throw new AssertionError("no " + verb + " statement");
    }

}
