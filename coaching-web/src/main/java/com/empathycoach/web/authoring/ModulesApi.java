package com.empathycoach.web.authoring;

import com.empathycoach.core.authoring.AuthoringFacade;
import com.empathycoach.core.authoring.ContentKind;
import com.empathycoach.core.authoring.ContentValidator;
import com.empathycoach.core.authoring.Draft;
import com.empathycoach.core.authoring.DraftConflictException;
import com.empathycoach.core.authoring.InvalidContentException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * Content as code: a lesson module's or role-play's YAML, in the format of the files in {@code content/}
 * (docs/CONTENT-FORMAT.md), under {@code /api/v1/modules} and {@code /api/v1/scenarios}. {@code GET} exports the
 * published revision ({@code ?version=draft}: the draft); {@code POST} imports one as its draft after the loader's
 * checks, storing nothing when any fails. Authenticated by {@code X-Api-Key}.
 */
@RestController
@RequestMapping("/api/v1")
class ModulesApi {

    static final String YAML = "application/yaml";

    private final AuthoringFacade authoring;

    ModulesApi(AuthoringFacade authoring) {
        this.authoring = authoring;
    }

    @GetMapping(path = "/modules/{id}", produces = {YAML, MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<String> exportModule(@PathVariable String id,
                                        @RequestParam(name = "version", required = false) String version) {
        return export(ContentKind.MODULE, id, version);
    }

    @GetMapping(path = "/scenarios/{id}", produces = {YAML, MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<String> exportScenario(@PathVariable String id,
                                          @RequestParam(name = "version", required = false) String version) {
        return export(ContentKind.SCENARIO, id, version);
    }

    private ResponseEntity<String> export(ContentKind kind, String id, String version) {
        boolean draft = "draft".equals(version);
        if (version != null && !draft && !"published".equals(version)) {
            return problem(HttpStatus.BAD_REQUEST, "version must be draft or published", List.of());
        }
        return authoring.export(kind, id, draft).map(yaml -> ResponseEntity.ok().contentType(MediaType.parseMediaType(YAML))
                .body(yaml)).orElseGet(() -> problem(HttpStatus.NOT_FOUND, (draft ? "No draft" : "No published " + kind.noun())
                + " with that id", List.of()));
    }

    record Imported(String moduleId, int draftVersion) {
    }

    record ImportedScenario(String scenarioId, int draftVersion) {
    }

    @PostMapping(path = "/modules", consumes = {YAML, "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> importModule(@RequestBody(required = false) String yaml) {
        if (yaml == null || yaml.isBlank()) {
            return problem(HttpStatus.BAD_REQUEST, "The body must be a module in YAML", List.of());
        }
        Draft draft = authoring.importYaml(AuthoringFacade.INTEGRATION, ContentKind.MODULE, yaml);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Imported(draft.id(), draft.version()));
    }

    @PostMapping(path = "/scenarios", consumes = {YAML, "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> importScenario(@RequestBody(required = false) String yaml) {
        if (yaml == null || yaml.isBlank()) {
            return problem(HttpStatus.BAD_REQUEST, "The body must be a role-play in YAML", List.of());
        }
        Draft draft = authoring.importYaml(AuthoringFacade.INTEGRATION, ContentKind.SCENARIO, yaml);
        return ResponseEntity.status(HttpStatus.CREATED).body(new ImportedScenario(draft.id(), draft.version()));
    }

    @ExceptionHandler(InvalidContentException.class)
    ResponseEntity<String> invalid(InvalidContentException e) {
        boolean syntax = e.problems().stream().anyMatch(p -> ContentValidator.SYNTAX.equals(p.where()));
        List<Map<String, String>> items = e.problems().stream().map(p -> Map.of("where", p.where(), "message",
                p.message())).toList();
        return problem(syntax ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT, syntax
                ? "The body is not valid YAML" : e.problems().size() + " problem(s); nothing was stored", items);
    }

    @ExceptionHandler(DraftConflictException.class)
    ResponseEntity<String> conflict(DraftConflictException e) {
        return problem(HttpStatus.CONFLICT, "The draft changed while importing; send it again", List.of());
    }

    @SuppressWarnings("unchecked")
    private static <T> ResponseEntity<T> problem(HttpStatus status, String message, List<Map<String, String>> problems) {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(status, message);
        if (!problems.isEmpty()) {
            detail.setProperty("problems", problems);
        }
        return (ResponseEntity<T>) ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
    }
}
