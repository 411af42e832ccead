package com.empathycoach.web.feedback;

import com.empathycoach.web.shared.PublicUrls;
import com.empathycoach.core.feedback.CustomerFeedbackFacade;
import com.empathycoach.core.feedback.NewLink;
import com.empathycoach.core.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * For integrations (a telephony or ticketing system): makes a one-time customer feedback link for an
 * agent after a contact. Authenticated by the {@code X-Api-Key} header; see docs/API.md.
 */
@RestController
@RequestMapping(path = "/api/v1/feedback-links", produces = MediaType.APPLICATION_JSON_VALUE)
class FeedbackLinkApi {

    record CreateLink(String agent) {
    }

    record CreatedLink(String url, Instant expiresAt, String qrCodePng) {
    }

    private final CustomerFeedbackFacade feedback;
    private final PublicUrls urls;

    FeedbackLinkApi(CustomerFeedbackFacade feedback, PublicUrls urls) {
        this.feedback = feedback;
        this.urls = urls;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedLink> create(@RequestBody CreateLink body) {
        NewLink link = feedback.createLinkFor(body == null ? null : body.agent());
        String url = urls.feedbackLink(link.token());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new CreatedLink(url, link.expiresAt(), Base64.getEncoder().encodeToString(QrCodes.png(url))));
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<Map<String, String>> badInput(InvalidInputException e) {
        return ResponseEntity.badRequest().body(Map.of("error", e.field(), "message",
                "agent".equals(e.field()) ? "No active agent with that username" : "Invalid request"));
    }
}
