package com.empathycoach.web.browser;

import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.AccountFacade;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import com.empathycoach.web.security.AccessMatrixTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The security of the served app as an attacker meets it: real HTTP against the running server, paths sent
 * byte for byte. The loopback address is a trusted proxy here, so each client can carry its own
 * X-Forwarded-For address and the per-address sign-in limit of one test does not spill into another.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "empathy.trusted-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")
@ActiveProfiles("test")
class SecurityOverHttpTest {

    /** Every spelling of the sign-in path a client might try; the server accepts some of them as /login. */
    static final List<String> LOGIN_SPELLINGS = List.of("/login", "/%6cogin", "/%6C%6F%67%69%6E", "/LOGIN", "/Login",
            "//login", "/login/", "/login;x=y", "/./login", "/login?x=y");

    private static final String PASSWORD = "a-long-test-passphrase";

    @LocalServerPort
    int port;

    @Autowired
    IdentityFacade identity;

    @Autowired
    AccountFacade accounts;

    @Autowired
    com.empathycoach.core.interaction.InteractionFacade interactions;

    private HttpClientSupport client() {
        return new HttpClientSupport(port);
    }

    private static String randomAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(1, 255) + "." + r.nextInt(1, 255) + "." + r.nextInt(1, 255);
    }

    private String newAgent() {
        String username = "http" + UUID.randomUUID().toString().substring(0, 8);
        identity.register(new NewUser(username, "Http Tester", username + "@test.empathycoach.test", PASSWORD,
                Set.of(Role.AGENT), "UTC"));
        return username;
    }

    @Test
    void everyPageLinksTheTabIconAndAnyoneCanLoadIt() {
        HttpClientSupport client = client();
        assertThat(client.get("/login").body()).contains("<link href=\"icons/favicon.svg\" rel=\"icon\"");
        HttpResponse<String> icon = client.get("/icons/favicon.svg");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
        assertThat(icon.body()).startsWith("<svg");
    }

    @Test
    void everyRouteForEveryRoleAnswersWithTheSecurityHeaders() {
        long agentId = identity.account("amara").orElseThrow().id();
        List<String> checked = new ArrayList<>();
        for (String who : List.of("anonymous", "amara", "samira", "priya", "admin")) {
            HttpClientSupport client = client();
            String address = randomAddress();
            if (!who.equals("anonymous")) {
                assertThat(client.signIn("/login", who, HttpClientSupport.DEMO_PASSWORD)).doesNotContain("error");
            }
            for (String route : AccessMatrixTest.MATRIX.keySet()) {
                String path = "/" + route.replace(":token", "no-such-link").replace(":moduleId", "why-empathy-matters")
                        .replace(":lessonId", "see-it-from-their-side").replace(":scenarioId", "price-rise")
                        .replace(":agentId", String.valueOf(agentId))
                    .replace(":id", String.valueOf(AccessMatrixTest.sampleInteraction(interactions)));
                assertSecurityHeaders(who + " GET " + path, client.get(path, "X-Forwarded-For", address));
                checked.add(who + path);
            }
            for (String path : List.of("/no-such-page", "/openbadges/issuer", "/openbadges/assertions/unknown",
                    "/VAADIN/unknown.js", "/styles.css")) {
                assertSecurityHeaders(who + " GET " + path, client.get(path, "X-Forwarded-For", address));
            }
        }
        HttpResponse<String> api = client().post("/api/v1/feedback-links", Map.of());
        assertSecurityHeaders("POST /api/v1/feedback-links without a key", api);
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(checked).hasSize(5 * AccessMatrixTest.MATRIX.size());
    }

    private static void assertSecurityHeaders(String what, HttpResponse<String> response) {
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).as(what).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'",
                        "form-action 'self'"));
        assertThat(headers.firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as(what).hasValue("same-origin");
        assertThat(headers.allValues("X-Frame-Options")).as(what).containsExactly("DENY");
        assertThat(headers.firstValue("Permissions-Policy")).as(what).hasValueSatisfying(p -> assertThat(p)
                .contains("camera=()", "microphone=()", "geolocation=()"));
        assertThat(headers.firstValue("Strict-Transport-Security")).as(what + " over plain HTTP").isEmpty();
        assertThat(headers.firstValue("Location").orElse("")).as(what).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void overHttpsFromATrustedProxyPagesAddHstsAndTheSessionCookieIsSecure() {
        HttpClientSupport client = client();
        HttpResponse<String> page = client.get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-For", randomAddress());
        assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(h -> assertThat(h)
                .contains("max-age=31536000").contains("includeSubDomains"));
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .contains("JSESSIONID=").contains("Secure").contains("HttpOnly").contains("SameSite=Lax"));
        HttpResponse<String> plain = client().get("/login");
        assertThat(plain.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure"));
    }

    @Test
    void failedSignInsAreCountedWhateverSpellingOfTheLoginPathTheyArriveOn() {
        for (String spelling : LOGIN_SPELLINGS) {
            String username = newAgent();
            String address = randomAddress();
            for (int i = 0; i < 5; i++) {
                HttpClientSupport attacker = client();
                String token = attacker.csrfFromLoginPage();
                attacker.post(spelling, Map.of("username", username, "password", "wrong-" + i, "_csrf", token),
                        "X-Forwarded-For", address);
                assertThat(attacker.signedIn()).as("a wrong password posted to " + spelling).isFalse();
            }
            HttpClientSupport owner = client();
            String token = owner.csrfFromLoginPage();
            HttpResponse<String> right = owner.post(spelling, Map.of("username", username, "password", PASSWORD,
                    "_csrf", token), "X-Forwarded-For", randomAddress());
            boolean acceptedAsLogin = right.headers().firstValue("Location").orElse("").contains("/login?");
            assertThat(owner.signedIn()).as("the right password on " + spelling + " after five failures there").isFalse();
            if (acceptedAsLogin) {
                assertThat(right.headers().firstValue("Location")).as(spelling).hasValueSatisfying(l -> assertThat(l)
                        .endsWith("/login?blocked"));
            }
            HttpClientSupport viaPlainLogin = client();
            String plain = viaPlainLogin.signIn("/login", username, PASSWORD);
            if (!spelling.equals("/login")) {
                boolean countedThere = plain.endsWith("/login?blocked");
                // A spelling the server does not treat as the sign-in path never reaches a password check at all.
                assertThat(countedThere || !viaPlainLogin.signedIn() || !acceptedAsLogin)
                        .as("failures on " + spelling + " count against the account").isTrue();
                if (acceptedAsLogin) {
                    assertThat(plain).as("failures on " + spelling + " lock the account for /login too")
                            .endsWith("/login?blocked");
                }
            } else {
                assertThat(plain).endsWith("/login?blocked");
            }
        }
    }

    @Test
    void theSignInPathsTheServerAcceptsAreExactlyTheDecodedSpellingsOfLogin() {
        for (String spelling : LOGIN_SPELLINGS) {
            String username = newAgent();
            HttpClientSupport client = client();
            String token = client.csrfFromLoginPage();
            client.post(spelling, Map.of("username", username, "password", PASSWORD, "_csrf", token),
                    "X-Forwarded-For", randomAddress());
            boolean signedIn = client.signedIn();
            assertThat(signedIn).as(spelling).isEqualTo(spelling.equals("/login") || spelling.startsWith("/%")
                    || spelling.equals("/login?x=y"));
        }
    }

    @Test
    void aCrossSiteSignInPostNeverSignsAVictimInWhateverTheSpelling() {
        for (String spelling : LOGIN_SPELLINGS) {
            String username = newAgent();
            HttpClientSupport victim = client();
            victim.get("/login");
            // What another site's auto-submitting form sends: the victim's cookie, no CSRF token, a foreign Origin.
            HttpResponse<String> forged = victim.post(spelling, Map.of("username", username, "password", PASSWORD),
                    "Origin", "https://attacker.example", "X-Forwarded-For", randomAddress());
            assertThat(victim.signedIn()).as("forged sign-in on " + spelling + " (" + forged.statusCode() + ")").isFalse();
            HttpClientSupport noCookie = client();
            noCookie.post(spelling, Map.of("username", username, "password", PASSWORD), "X-Forwarded-For", randomAddress());
            assertThat(noCookie.signedIn()).as("token-less sign-in on " + spelling).isFalse();
        }
    }

    @Test
    void sessionsAreTrackedByCookieOnlyAndACookielessVisitorReachesTheSignInPageWithoutALoop() {
        HttpClientSupport cookieless = client();
        String path = "/";
        int hops = 0;
        HttpResponse<String> response = cookieless.get(path);
        while (response.statusCode() / 100 == 3 && hops < 5) {
            String location = response.headers().firstValue("Location").orElseThrow();
            assertThat(location).doesNotContainIgnoringCase("jsessionid");
            path = location.replaceFirst("^https?://[^/]+", "");
            cookieless.session = null;
            response = cookieless.get(path);
            hops++;
        }
        assertThat(hops).as("redirects before the sign-in page").isLessThanOrEqualTo(1);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(path).isEqualTo("/login");
        assertThat(response.body()).doesNotContainIgnoringCase("jsessionid");
        HttpResponse<String> withPathSession = client().get("/;jsessionid=0123456789ABCDEF");
        assertThat(withPathSession.headers().firstValue("Location").orElse("")).doesNotContainIgnoringCase("jsessionid");
    }

    @Test
    void aSignedInPersonOnAnUnknownAddressGetsAFriendlyNotFoundPageWithStatus404() {
        HttpClientSupport client = client();
        client.signIn("/login", "amara", HttpClientSupport.DEMO_PASSWORD);
        assertThat(client.signedIn()).isTrue();
        HttpResponse<String> missing = client.get("/no-such-page");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("error-view");
    }

    @Test
    void aSessionEndsOnceItsAccountIsDeactivatedOrItsRolesChange() throws InterruptedException {
        var admin = identity.account("admin").orElseThrow();
        Actor adminActor = new Actor(admin.id(), admin.username(), admin.roles());

        String agent = newAgent();
        HttpClientSupport agentClient = client();
        agentClient.signIn("/login", agent, PASSWORD);
        assertThat(agentClient.get("/agent").statusCode()).isEqualTo(200);
        long agentId = identity.account(agent).orElseThrow().id();
        accounts.update(adminActor, agentId, new AccountFacade.Changes("Http Tester", agent + "@test.empathycoach.test",
                Set.of(Role.AGENT), false));
        Thread.sleep(1_200);
        HttpResponse<String> ended = agentClient.get("/agent");
        assertThat(ended.statusCode()).as("a deactivated person's open session ends").isEqualTo(302);
        assertThat(ended.headers().firstValue("Location").orElse("")).endsWith("/login");
        assertThat(agentClient.get("/agent").statusCode()).as("and stays ended").isEqualTo(302);

        String hr = newAgent();
        long hrId = identity.account(hr).orElseThrow().id();
        accounts.update(adminActor, hrId, new AccountFacade.Changes("Http Tester", hr + "@test.empathycoach.test",
                Set.of(Role.AGENT, Role.HR), true));
        HttpClientSupport hrClient = client();
        hrClient.signIn("/login", hr, PASSWORD);
        assertThat(hrClient.get("/hr").body()).contains("hr-home");
        accounts.update(adminActor, hrId, new AccountFacade.Changes("Http Tester", hr + "@test.empathycoach.test",
                Set.of(Role.AGENT), true));
        Thread.sleep(1_200);
        assertThat(hrClient.get("/hr").statusCode()).as("a session with a role taken away ends").isEqualTo(302);
        hrClient.signIn("/login", hr, PASSWORD);
        assertThat(hrClient.get("/agent").statusCode()).as("signing in again reads the roles afresh").isEqualTo(200);
        assertThat(hrClient.get("/hr").body()).doesNotContain("hr-home");
    }
}
