package com.empathycoach.web.reporting;

import com.empathycoach.web.shared.PublicUrls;

import com.empathycoach.core.reporting.StatementStore.StoredStatement;
import com.empathycoach.core.reporting.XapiFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/**
 * Sends stored xAPI statements to a learning record store when {@code empathy.xapi.lrs.endpoint} is set
 * (every 30 seconds, on one node at a time: see {@code ScheduledJobs}):
 * batches of up to 50, oldest first; a failed batch is tried again after a wait that doubles each time.
 * Statement ids are stable, so a batch the store received but did not confirm is not counted twice there.
 */
@Component
public class LrsForwarder {

    private static final Logger log = LoggerFactory.getLogger(LrsForwarder.class);
    private static final int BATCH = 50;

    private final XapiFacade xapi;
    private final String endpoint;
    private final String authorization;
    private final PublicUrls urls;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    LrsForwarder(XapiFacade xapi, @Value("${empathy.xapi.lrs.endpoint:}") String endpoint,
                 @Value("${empathy.xapi.lrs.username:}") String username, @Value("${empathy.xapi.lrs.password:}") String password,
                 PublicUrls urls) {
        this.xapi = xapi;
        this.endpoint = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
        this.authorization = username.isEmpty() ? null
                : "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        this.urls = urls;
    }

    public boolean enabled() {
        return !endpoint.isEmpty();
    }

    /** Forwards every batch that is due now; returns how many statements were accepted. */
    public int forwardDue() {
        int sent = 0;
        List<StoredStatement> batch;
        while (!(batch = xapi.dueForForwarding(BATCH)).isEmpty()) {
            if (!send(batch)) {
                break;
            }
            sent += batch.size();
        }
        return sent;
    }

    private boolean send(List<StoredStatement> batch) {
        String body = XapiJson.toJson(batch.stream().map(s -> XapiJson.statement(s, urls.base())).toList());
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint + "/statements"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Experience-API-Version", XapiJson.VERSION)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        String error;
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                xapi.forwarded(batch.stream().map(s -> s.statement().id()).toList());
                return true;
            }
            error = "HTTP " + response.statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        log.warn("Learning record store refused {} statement(s): {}; will try again", batch.size(), error);
        xapi.failed(batch, error);
        return false;
    }
}
