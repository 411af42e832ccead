package com.empathycoach.web.browser;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client that behaves like a browser without JavaScript: it keeps the session cookie itself,
 * follows no redirect on its own, and sends paths exactly as written (percent-encodings included).
 */
final class HttpClientSupport {

    static final String DEMO_PASSWORD = "empathy-demo-2026";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;
    String session;

    HttpClientSupport(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String rawPath, String... headers) {
        return send(request(rawPath, headers).GET().build());
    }

    HttpResponse<String> post(String rawPath, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(request(rawPath, headers).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Posts a page message (JSON) as Flow's client does. */
    HttpResponse<String> postMessage(String rawPath, String json) {
        return send(request(rawPath).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Opens the sign-in page and returns the CSRF token it carries for its form. */
    String csrfFromLoginPage() {
        HttpResponse<String> page = get("/login");
        Matcher m = CSRF.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("the sign-in page carries no CSRF token: " + page.body());
        }
        return m.group(1);
    }

    /** Posts the sign-in form as the page would and returns where the app sends the browser next. */
    String signIn(String path, String username, String password) {
        String token = csrfFromLoginPage();
        HttpResponse<String> response = post(path, Map.of("username", username, "password", password, "_csrf", token));
        return response.headers().firstValue("Location").orElse(response.statusCode() + "");
    }

    /** Whether the session cookie held now belongs to a signed-in person (the home page opens instead of redirecting). */
    boolean signedIn() {
        return session != null && get("/").statusCode() == 200;
    }

    private HttpRequest.Builder request(String rawPath, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + rawPath));
        if (session != null) {
            builder.header("Cookie", "JSESSIONID=" + session);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(cookie -> {
                Matcher m = SESSION.matcher(cookie);
                if (m.find()) {
                    session = m.group(1);
                }
            });
            return response;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
