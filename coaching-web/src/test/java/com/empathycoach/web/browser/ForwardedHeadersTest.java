package com.empathycoach.web.browser;

import com.empathycoach.core.shared.RateLimitStore;
import com.empathycoach.web.limit.SharedLimit;
import com.empathycoach.web.shared.PublicUrls;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** With no trusted proxy configured (the default), forwarded headers from a client change nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ForwardedHeadersTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    @LocalServerPort
    int port;

    @Autowired
    RateLimitStore limits;

    @Autowired
    PublicUrls urls;

    @Test
    void aClientClaimingHttpsThroughForwardedHeadersGetsNoSecureTreatment() {
        HttpResponse<String> page = new HttpClientSupport(port).get("/login", "X-Forwarded-Proto", "https",
                "X-Forwarded-Host", "evil.example", "X-Forwarded-For", "203.0.113.5");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(page.headers().allValues("Set-Cookie")).allSatisfy(cookie -> assertThat(cookie).doesNotContain("Secure"));
    }

    @Test
    void failedSignInsCountAgainstTheRealClientAddressNotTheOneItClaims() {
        String claimed = "203.0.113." + (int) (Math.random() * 250 + 1);
        HttpClientSupport client = new HttpClientSupport(port);
        String token = client.csrfFromLoginPage();
        client.post("/login", Map.of("username", "nobody-at-all", "password", "wrong-password", "_csrf", token),
                "X-Forwarded-For", claimed);
        Instant now = Instant.now();
        int claimedHits = limits.hits("sign-in-address", SharedLimit.digest(claimed), WINDOW, now);
        int loopbackHits = limits.hits("sign-in-address", SharedLimit.digest("127.0.0.1"), WINDOW, now)
                + limits.hits("sign-in-address", SharedLimit.digest("0:0:0:0:0:0:0:1"), WINDOW, now);
        limits.forget("sign-in-address", SharedLimit.digest("127.0.0.1"));
        limits.forget("sign-in-address", SharedLimit.digest("0:0:0:0:0:0:0:1"));
        assertThat(claimedHits).isZero();
        assertThat(loopbackHits).isPositive();
    }

    @Test
    void absoluteLinksComeFromConfigurationNotFromTheRequestsHostOrForwardedHeaders() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(("GET /openbadges/issuer HTTP/1.1\r\nHost: evil.example\r\n"
                    + "X-Forwarded-Host: evil.example\r\nX-Forwarded-Proto: https\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 200").contains("\"id\"").doesNotContain("evil.example");
            assertThat(response).contains(urls.base() + "/openbadges/issuer");
        }
        assertThat(urls.base()).startsWith("http://localhost:");
        assertThat(urls.feedbackLink("abc")).isEqualTo(urls.base() + "/f/abc");
    }
}
