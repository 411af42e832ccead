package com.empathycoach.web.interaction;

import com.empathycoach.core.interaction.InteractionFacade;
import com.empathycoach.core.interaction.InteractionTooLargeException;
import com.empathycoach.core.interaction.InteractionViews.Ingested;
import com.empathycoach.core.interaction.InteractionViews.Interaction;
import com.empathycoach.core.interaction.InteractionViews.NewInteraction;
import com.empathycoach.core.interaction.InteractionViews.Speaker;
import com.empathycoach.core.interaction.InteractionViews.Turn;
import com.empathycoach.core.shared.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For integrations (chat, ticketing, telephony): send a real interaction's transcript and get the analyzer's first
 * score of every agent turn with its evidence. Idempotent on the source's external id. Authenticated by the
 * {@code X-Api-Key} header like the rest of {@code /api/v1}; errors are RFC 9457 problem details. See docs/API.md.
 */
@RestController
@RequestMapping(path = "/api/v1/interactions", produces = MediaType.APPLICATION_JSON_VALUE)
class InteractionsApi {

    record TurnFindingJson(String marker, int start, int end) {
    }

    record TurnAnalysisJson(int index, int overall, List<TurnFindingJson> findings) {
    }

    record AnalysisJson(int overall, Map<String, Integer> keys, String analyzerVersion, List<TurnAnalysisJson> turns) {
    }

    record Created(long id, AnalysisJson analysis) {
    }

    record TurnJson(int index, Speaker speaker, String text) {
    }

    record Stored(long id, String agent, String channel, Instant occurredAt, String externalId, List<TurnJson> turns,
                  AnalysisJson analysis) {
    }

    private final InteractionFacade interactions;

    InteractionsApi(InteractionFacade interactions) {
        this.interactions = interactions;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Created> create(@RequestBody NewInteraction body) {
        Ingested ingested = interactions.ingest(body);
        Interaction i = ingested.interaction();
        return ResponseEntity.status(ingested.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(new Created(i.id(), analysis(i)));
    }

    @GetMapping("/{id}")
    ResponseEntity<?> get(@PathVariable long id) {
        return interactions.byId(id).<ResponseEntity<?>>map(i -> ResponseEntity.ok(new Stored(i.id(), i.agentName(),
                        i.channel().name(), i.occurredAt(), i.externalId(),
                        i.turns().stream().map(t -> new TurnJson(t.index(), t.speaker(), t.text())).toList(), analysis(i))))
                .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "No interaction with that id"));
    }

    private static AnalysisJson analysis(Interaction i) {
        Map<String, Integer> keys = new LinkedHashMap<>();
        for (com.empathycoach.core.skill.EmpathyKey key : com.empathycoach.core.skill.EmpathyKey.values()) {
            keys.put(key.name(), i.keys().getOrDefault(key, 0));
        }
        List<TurnAnalysisJson> turns = i.turns().stream().filter(t -> t.speaker() == Speaker.AGENT)
                .map(InteractionsApi::turn).toList();
        return new AnalysisJson(i.overall(), keys, i.analyzerVersion(), turns);
    }

    private static TurnAnalysisJson turn(Turn t) {
        return new TurnAnalysisJson(t.index(), t.overall() == null ? 0 : t.overall(), t.findings().stream()
                .map(f -> new TurnFindingJson(f.marker().name(), f.start(), f.end())).toList());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e) {
        String message = switch (e.field()) {
            case "agent" -> "No active agent with that username";
            case "channel" -> "channel must be PHONE, CHAT, EMAIL or HELPDESK";
            case "occurredAt" -> "occurredAt must be an ISO-8601 date and time with an offset, like 2026-12-06T10:15:00Z";
            case "externalId" -> "externalId is required, at most " + InteractionFacade.MAX_EXTERNAL_ID + " characters";
            case "speaker" -> "Each turn's speaker must be CUSTOMER or AGENT";
            default -> "turns must hold at least one AGENT turn, and every turn a speaker and a text";
        };
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, message);
    }

    @ExceptionHandler(InteractionTooLargeException.class)
    ResponseEntity<ProblemDetail> tooLarge(InteractionTooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, e.getMessage());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        return problem(HttpStatus.BAD_REQUEST, "The body is not valid JSON of the documented shape");
    }

    private static <T> ResponseEntity<T> problem(HttpStatus status, String message) {
        @SuppressWarnings("unchecked")
        T body = (T) ProblemDetail.forStatusAndDetail(status, message);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
