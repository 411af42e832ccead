package com.empathycoach.web.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The app's public address, for every absolute link handed to people or systems outside it: customer
 * feedback links, Open Badges ids, xAPI activity ids and e-mails. It comes from {@code empathy.base-url}
 * only, never from a request's Host or X-Forwarded-* headers, which whoever sends the request controls.
 * Without it the app uses {@code http://localhost:<port>} and says so once at start-up.
 */
@Component
public class PublicUrls {

    public static final String FEEDBACK_PATH = "f/";
    private static final Logger log = LoggerFactory.getLogger(PublicUrls.class);

    private final boolean configured;
    private volatile String baseUrl;

    public PublicUrls(@Value("${empathy.base-url:}") String baseUrl, @Value("${server.port:8080}") int port) {
        String trimmed = baseUrl.strip().replaceAll("/+$", "");
        this.configured = !trimmed.isEmpty();
        this.baseUrl = configured ? trimmed : "http://localhost:" + port;
    }

    /** Without a configured address, the default follows the port the server really listens on. */
    @EventListener
    void on(WebServerInitializedEvent event) {
        if (!configured && event.getWebServer().getPort() > 0) {
            baseUrl = "http://localhost:" + event.getWebServer().getPort();
        }
    }

    public String feedbackLink(String token) {
        return base() + "/" + FEEDBACK_PATH + token;
    }

    /** The app's public address, without a trailing slash. */
    public String base() {
        return baseUrl;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWhenNotConfigured() {
        if (!configured) {
            log.warn("empathy.base-url is not set, so links in customer feedback, badges, xAPI statements and e-mails "
                    + "point to {}, which only works on this machine. Set empathy.base-url (EMPATHY_BASE_URL) to the "
                    + "address people use to reach the app.", baseUrl);
        }
    }
}
