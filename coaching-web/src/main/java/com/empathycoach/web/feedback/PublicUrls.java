package com.empathycoach.web.feedback;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Addresses handed to people outside the app. With {@code empathy.base-url} set they use it; otherwise
 * they follow the address the request came in on (behind a proxy, set the base URL or forward headers).
 */
@Component
public class PublicUrls {

    public static final String FEEDBACK_PATH = "f/";

    private final String baseUrl;

    PublicUrls(@Value("${empathy.base-url:}") String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String feedbackLink(HttpServletRequest request, String token) {
        return base(request) + "/" + FEEDBACK_PATH + token;
    }

    /** The app's public address, without a trailing slash. */
    public String base(HttpServletRequest request) {
        if (!baseUrl.isEmpty() || request == null) {
            return baseUrl.isEmpty() ? "http://localhost:8080" : baseUrl;
        }
        boolean defaultPort = ("http".equals(request.getScheme()) && request.getServerPort() == 80)
                || ("https".equals(request.getScheme()) && request.getServerPort() == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + request.getServerPort())
                + request.getContextPath();
    }
}
