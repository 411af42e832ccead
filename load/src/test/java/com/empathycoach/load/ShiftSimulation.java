package com.empathycoach.load;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * A shift starting: {@code agents} agents sign in over {@code rampSeconds}, then each works through
 * lessons (open, answer each question, move on), looks at the leaderboard and starts the next lesson,
 * with a person's reading and thinking pauses between clicks, until {@code rampSeconds + steadySeconds}
 * have passed. Alongside, two HR sessions export completion as CSV every half minute or so, and customers
 * answer feedback links (one link per agent per 10 minutes), created through the integration API.
 *
 * <p>Everything goes through the real UI over HTTP, as a browser would send it: the sign-in form with its
 * CSRF token, then Vaadin's own messages (security key, sync and client ids) read and written by
 * {@link VaadinUi}. Static files (scripts, styles) are not fetched: browsers keep them cached.
 *
 * <p>Each action a person takes is a group in the report: its time is the sum of its round trips.
 */
public class ShiftSimulation extends Simulation {

    static final int AGENTS = Integer.getInteger("agents", 100);
    static final String BASE_URL = System.getProperty("baseUrl", "http://localhost:8080");
    static final int RAMP = Integer.getInteger("rampSeconds", 60);
    static final int STEADY = Integer.getInteger("steadySeconds", 180);
    static final String API_KEY = System.getProperty("apiKey", "load-test-key");
    static final String PASSWORD = LoadData.PASSWORD;
    static final String HR_USER = "priya";

    /** Lessons the agents pick from: the first lesson of every module. */
    static final List<String> LESSONS = List.of(
            "why-empathy-matters/see-it-from-their-side",
            "discover-the-real-need/hear-past-the-anger",
            "ask-and-listen-without-judging/ask-better-questions",
            "mind-the-knowledge-gap/ask-before-you-explain",
            "show-you-want-to-help/name-the-feeling-first",
            "saying-no-with-empathy/give-an-honest-reason",
            "empathy-in-every-channel/let-your-words-carry-the-tone",
            "building-an-empathetic-team/check-your-assumptions");

    private static volatile long endAt;

    private static boolean working(Session session) {
        return System.currentTimeMillis() < endAt;
    }

    private static VaadinUi ui(Session session) {
        return (VaadinUi) session.get("ui");
    }

    // ---- Building blocks -----------------------------------------------------------------------------

    /** A UIDL round trip: the RPCs built from the tab's current state, the answer applied to it. */
    private static HttpRequestActionBuilder uidl(String name, BiFunction<VaadinUi, Session, List<ObjectNode>> rpcs) {
        return http(name)
                .post(session -> "/?v-r=uidl&v-uiId=" + ui(session).uiId())
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> {
                    VaadinUi ui = ui(session);
                    return ui.message(rpcs.apply(ui, session));
                }))
                .check(status().is(200))
                .check(bodyString().transformWithSession((body, session) -> {
                    ui(session).accept(body);
                    return true;
                }).is(true));
    }

    private static HttpRequestActionBuilder uidl(String name, Function<VaadinUi, List<ObjectNode>> rpcs) {
        return uidl(name, (ui, session) -> rpcs.apply(ui));
    }

    /** After the answer is applied, the tab must show {@code tag} (with {@code className}, if given). */
    private static io.gatling.javaapi.core.CheckBuilder.Final shows(String tag, String className) {
        return bodyString().transformWithSession((body, session) -> ui(session).has(tag, className))
                .is(true).name("shows " + (tag == null ? "" : tag) + (className == null ? "" : "." + className));
    }

    /**
     * Loads a page in a new tab as a browser does: the page itself, which carries its UI's first state (Flow
     * creates the UI while serving the page), then the client's first message to that UI.
     */
    private static ChainBuilder openTab(String prefix, Function<Session, String> route) {
        return exec(http(prefix + ": page").get(route::apply).check(status().is(200))
                        .check(bodyString().transform(VaadinUi::fromPage).saveAs("ui")),
                uidl(prefix + ": first message", (ui, session) -> List.of(ui.connect(route.apply(session)))));
    }

    /**
     * Signs in as a browser does: the login page loads (its own small UI), the person types and presses
     * "Sign in", and waits for the form post, the redirect to the home page (a new UI) and its first message.
     * Two actions.
     */
    private static ChainBuilder signIn() {
        return exec(group("Open login page").on(
                        http("Login page: page").get("/login")
                                .check(status().is(200))
                                .check(regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("csrf"))
                                .check(bodyString().transform(VaadinUi::fromPage).saveAs("ui")),
                        uidl("Login page: first message", ui -> List.of(ui.connect("/login")))
                                .check(shows("vaadin-login-form", null))),
                pause(Duration.ofSeconds(3), Duration.ofSeconds(6)),
                // Submitting the form leaves the login page: the browser's beacon closes its UI (nobody waits on it).
                exec(http("Login page: leave").post(session -> "/?v-r=uidl&v-uiId=" + ui(session).uiId())
                        .header("Content-Type", "text/plain;charset=UTF-8")
                        .body(StringBody(session -> ui(session).unloadMessage()))
                        .check(status().is(200))),
                group("Sign in").on(
                        http("Sign in: post form").post("/login")
                                .header("Origin", BASE_URL)
                                .formParam("username", "#{username}")
                                .formParam("password", PASSWORD)
                                .formParam("_csrf", "#{csrf}")
                                .check(status().is(200))
                                .check(currentLocation().is(BASE_URL + "/"))
                                .check(bodyString().transform(VaadinUi::fromPage).saveAs("ui")),
                        uidl("Sign in: home", ui -> List.of(ui.connect("/")))
                                .check(shows("vaadin-side-nav", null))));
    }

    private static void expect(boolean condition, String problem) {
        if (!condition) {
            throw new IllegalStateException(problem);
        }
    }

    // ---- Agents --------------------------------------------------------------------------------------

    private static final ChainBuilder LESSON = exec(session -> session.set("lesson",
                    LESSONS.get(ThreadLocalRandom.current().nextInt(LESSONS.size()))).set("steps", 0))
            .exec(group("Open lesson").on(uidl("Open lesson",
                    (ui, session) -> List.of(ui.navigate("/lessons/" + session.getString("lesson"))))
                    .check(shows(null, "lesson-player"))))
            .doIf(session -> ui(session).has("vaadin-button", "retry-lesson")).then(
                    pause(Duration.ofSeconds(2), Duration.ofSeconds(5)),
                    group("Retry lesson").on(uidl("Retry lesson", ui -> List.of(ui.click(ui.first("vaadin-button", "retry-lesson").orElseThrow())))))
            .asLongAs(session -> !session.isFailed() && !finished(ui(session)) && session.getInt("steps") < 40).on(
                    exec(session -> session.set("steps", session.getInt("steps") + 1)),
                    doIf(session -> ui(session).has("vaadin-button", "check-answer")).then(
                            pause(Duration.ofSeconds(4), Duration.ofSeconds(10)),
                            group("Answer question").on(
                                    uidl("Answer: choose", ShiftSimulation::chooseFirstOption),
                                    uidl("Answer: check", ui -> List.of(ui.click(ui.first("vaadin-button", "check-answer").orElseThrow())))
                                            .check(shows("p", "verdict"))),
                            exec(ShiftSimulation::countSavedAnswer)),
                    doIf(session -> ui(session).clickable("vaadin-button", "next-step")).then(
                            pause(Duration.ofSeconds(3), Duration.ofSeconds(8)),
                            group("Next step").on(uidl("Next step", ui -> List.of(ui.click(ui.first("vaadin-button", "next-step").orElseThrow()))))))
            .pause(Duration.ofSeconds(3), Duration.ofSeconds(6))
            .exec(group("Leaderboard").on(uidl("Leaderboard", ui -> List.of(ui.navigate("/leaderboard")))
                    .check(shows("vaadin-grid", null))))
            .pause(Duration.ofSeconds(5), Duration.ofSeconds(15));

    /** Answers the app confirmed (it showed the verdict), per agent; written to {@code savedAnswersFile} at the end. */
    private static final Map<String, Integer> SAVED_ANSWERS = new ConcurrentHashMap<>();

    /** After the answer's group: the session has failed if any of its requests or checks failed. */
    private static Session countSavedAnswer(Session session) {
        if (!session.isFailed()) {
            SAVED_ANSWERS.merge(session.getString("username"), 1, Integer::sum);
        }
        return session;
    }

    private static boolean finished(VaadinUi ui) {
        return ui.has("div", "completion-panel");
    }

    /** Picks the first option of a single or multiple choice question; ordering questions keep their order. */
    private static List<ObjectNode> chooseFirstOption(VaadinUi ui) {
        var radio = ui.first("vaadin-radio-group", null);
        if (radio.isPresent()) {
            String key = ui.children(radio.get(), "vaadin-radio-button").stream()
                    .map(b -> b.property("value")).filter(v -> v != null).findFirst().orElse("1");
            return ui.setValue(radio.get(), VaadinUi.string(key));
        }
        var boxes = ui.first("vaadin-checkbox-group", null);
        if (boxes.isPresent()) {
            String key = ui.children(boxes.get(), "vaadin-checkbox").stream()
                    .map(b -> b.property("value")).filter(v -> v != null).findFirst().orElse("1");
            return ui.setValue(boxes.get(), VaadinUi.strings(key));
        }
        // An ordering question: moving rows is optional, so the check goes out with the order as shown.
        return List.of();
    }

    private static Iterator<Map<String, Object>> agentNames() {
        AtomicInteger next = new AtomicInteger();
        return Stream.generate(() -> Map.<String, Object>of("username",
                LoadData.agentName(next.getAndIncrement() % AGENTS))).iterator();
    }

    /**
     * An agent whose page broke (for example their node went down, and with it their session) does what a person
     * does: signs in again, and goes on with a lesson.
     */
    private final ScenarioBuilder agents = scenario("Agents")
            .feed(agentNames())
            .exec(signIn())
            .pause(Duration.ofSeconds(2), Duration.ofSeconds(6))
            .asLongAs(ShiftSimulation::working).on(
                    doIf(Session::isFailed).then(
                            exec(Session::markAsSucceeded),
                            pause(Duration.ofSeconds(2), Duration.ofSeconds(5)),
                            signIn()),
                    LESSON);

    // ---- HR ------------------------------------------------------------------------------------------

    private final ScenarioBuilder hr = scenario("HR")
            .exec(session -> session.set("username", HR_USER))
            .exec(signIn())
            .asLongAs(ShiftSimulation::working).on(
                    pause(Duration.ofSeconds(20), Duration.ofSeconds(40)),
                    group("HR dashboard").on(uidl("HR dashboard", ui -> List.of(ui.navigate("/hr")))
                            .check(shows("a", "export-csv"))),
                    pause(Duration.ofSeconds(3), Duration.ofSeconds(6)),
                    group("HR export CSV").on(http("HR export CSV")
                            .get(session -> "/" + ui(session).first("a", "export-csv").orElseThrow().attributes.get("href"))
                            .check(status().is(200))
                            .check(regex("^agent,email,team,").exists())));

    // ---- Customers -----------------------------------------------------------------------------------

    private final ScenarioBuilder customers = scenario("Customers")
            .exec(session -> session.set("agent", LoadData.agentName(ThreadLocalRandom.current().nextInt(AGENTS))))
            .exec(http("API: create feedback link").post("/api/v1/feedback-links")
                    .header("X-Api-Key", API_KEY)
                    .header("Content-Type", "application/json")
                    .body(StringBody("{\"agent\":\"#{agent}\"}"))
                    .check(status().is(201))
                    .check(jsonPath("$.url").transform(url -> url.substring(url.indexOf("/f/"))).saveAs("link")))
            .pause(Duration.ofSeconds(1), Duration.ofSeconds(3))
            .exec(group("Customer opens link").on(openTab("Customer opens link", session -> session.getString("link"))))
            .pause(Duration.ofSeconds(10), Duration.ofSeconds(25))
            .exec(group("Customer sends feedback").on(
                    uidl("Customer: rate", ShiftSimulation::rateAll),
                    uidl("Customer: comment", ui -> ui.setValueOnChange(ui.first("vaadin-text-area", "customer-comment").orElseThrow(),
                            VaadinUi.string("Kind and quick, thank you."))),
                    uidl("Customer: send", ui -> List.of(ui.click(ui.first("vaadin-button", "send-feedback").orElseThrow())))
                            .check(shows(null, "feedback-sent"))));

    private static List<ObjectNode> rateAll(VaadinUi ui) {
        List<ObjectNode> rpcs = new java.util.ArrayList<>();
        for (var group : ui.shown(n -> "vaadin-radio-group".equals(n.tag) && n.hasClass("rating-scale"))) {
            var options = ui.children(group, "vaadin-radio-button");
            String key = options.isEmpty() ? "4" : options.get(options.size() - 1).property("value");
            rpcs.addAll(ui.setValue(group, VaadinUi.string(key)));
        }
        expect(rpcs.size() == 8, "Expected four rating scales, found " + rpcs.size() / 2);
        return rpcs;
    }

    // ---- The run -------------------------------------------------------------------------------------

    @Override
    public void after() {
        String file = System.getProperty("savedAnswersFile", "");
        if (file.isBlank()) {
            return;
        }
        StringBuilder lines = new StringBuilder("username,answers\n");
        SAVED_ANSWERS.forEach((user, count) -> lines.append(user).append(',').append(count).append('\n'));
        try {
            Files.writeString(Path.of(file), lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void before() {
        LoadData.ensureAgents(System.getProperty("jdbcUrl", "jdbc:mariadb://127.0.0.1:3317/empathy"), AGENTS);
        endAt = System.currentTimeMillis() + (RAMP + STEADY) * 1000L;
    }

    {
        HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
                .acceptHeader("text/html,application/json;q=0.9,*/*;q=0.8")
                .acceptLanguageHeader("en-GB,en;q=0.9")
                .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) EmpathyCoachLoad/1.0")
                .disableCaching();
        double customersPerSecond = Math.max(0.05, AGENTS / 600.0);
        setUp(
                agents.injectOpen(rampUsers(AGENTS).during(RAMP)),
                hr.injectOpen(rampUsers(2).during(RAMP)),
                customers.injectOpen(nothingFor(Duration.ofSeconds(RAMP)),
                        constantUsersPerSec(customersPerSecond).during(Math.max(1, STEADY - 40))))
                .protocols(protocol);
    }
}
