package com.empathycoach.web.authoring;

import com.empathycoach.core.authoring.AuthoringFacade;
import com.empathycoach.core.authoring.DraftConflictException;
import com.empathycoach.core.authoring.InvalidModuleException;
import com.empathycoach.core.authoring.ModuleDraft;
import com.empathycoach.core.authoring.ModuleValidator;
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
 * Content as code: a lesson module's YAML, in the format of the files in {@code content/} (docs/CONTENT-FORMAT.md).
 * {@code GET} exports the published revision ({@code ?version=draft}: the draft); {@code POST} imports a module as
 * its draft after the loader's checks, storing nothing when any fails. Authenticated by {@code X-Api-Key}.
 */
@RestController
@RequestMapping("/api/v1/modules")
class ModulesApi {

    static final String YAML = "application/yaml";

    private final AuthoringFacade authoring;

    ModulesApi(AuthoringFacade authoring) {
        this.authoring = authoring;
    }

    @GetMapping(path = "/{id}", produces = {YAML, MediaType.TEXT_PLAIN_VALUE})
    ResponseEntity<String> export(@PathVariable String id, @RequestParam(name = "version", required = false) String version) {
        boolean draft = "draft".equals(version);
        if (version != null && !draft && !"published".equals(version)) {
            return problem(HttpStatus.BAD_REQUEST, "version must be draft or published", List.of());
        }
        return authoring.export(id, draft).map(yaml -> ResponseEntity.ok().contentType(MediaType.parseMediaType(YAML))
                .body(yaml)).orElseGet(() -> problem(HttpStatus.NOT_FOUND, (draft ? "No draft" : "No published module")
                + " with that id", List.of()));
    }

    record Imported(String moduleId, int draftVersion) {
    }

    @PostMapping(consumes = {YAML, "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN_VALUE},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> importModule(@RequestBody(required = false) String yaml) {
        if (yaml == null || yaml.isBlank()) {
            return problem(HttpStatus.BAD_REQUEST, "The body must be a module in YAML", List.of());
        }
        ModuleDraft draft = authoring.importYaml(AuthoringFacade.INTEGRATION, yaml);
        return ResponseEntity.status(HttpStatus.CREATED).body(new Imported(draft.moduleId(), draft.version()));
    }

    @ExceptionHandler(InvalidModuleException.class)
    ResponseEntity<String> invalid(InvalidModuleException e) {
        boolean syntax = e.problems().stream().anyMatch(p -> ModuleValidator.SYNTAX.equals(p.where()));
        List<Map<String, String>> items = e.problems().stream().map(p -> Map.of("where", p.where(), "message",
                p.message())).toList();
        return problem(syntax ? HttpStatus.BAD_REQUEST : HttpStatus.UNPROCESSABLE_CONTENT, syntax
                ? "The body is not valid YAML" : e.problems().size() + " problem(s) in the module; nothing was stored", items);
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
