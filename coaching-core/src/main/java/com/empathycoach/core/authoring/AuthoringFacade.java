package com.empathycoach.core.authoring;

import com.empathycoach.core.audit.AuditStore;
import com.empathycoach.core.authoring.ModuleValidator.Problem;
import com.empathycoach.core.authoring.PublicationStore.Revision;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.lesson.ContentCatalog;
import com.empathycoach.core.lesson.PublishedModule;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.skill.EmpathyKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Authoring lesson modules in the browser: a draft per module (English and Spanish YAML side by side, saved as the
 * author types, refused when it started from an older copy), checked with the built-in loader's rules, and
 * published as a new immutable revision that agents then get; an earlier revision can be published again. Every
 * change is audited.
 */
@Service
@Transactional
public class AuthoringFacade {

    /** The actor id recorded for changes made through the integration API, which has no person behind it. */
    public static final long INTEGRATION = -1;
    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final DraftStore drafts;
    private final PublicationStore publications;
    private final ModuleValidator validator;
    private final ContentCatalog catalog;
    private final AuditStore audit;
    private final Clock clock;

    public AuthoringFacade(DraftStore drafts, PublicationStore publications, ModuleValidator validator,
                           ContentCatalog catalog, AuditStore audit, Clock clock) {
        this.drafts = drafts;
        this.publications = publications;
        this.validator = validator;
        this.catalog = catalog;
        this.audit = audit;
        this.clock = clock;
    }

    /** A module as the author list shows it. */
    public record ModuleRow(String moduleId, String title, Integer revision, Optional<ModuleDraft> draft,
                            boolean draftChanged) {
    }

    /** What the checks say of a draft: English problems and what the Spanish lacks or breaks. */
    public record Check(List<Problem> problems, List<Problem> translation) {
        public boolean publishable() {
            return problems.isEmpty() && translation.isEmpty();
        }
    }

    /** Every published module and every draft, published ones in catalogue order first. */
    @Transactional(readOnly = true)
    public List<ModuleRow> modules(Actor author) {
        author.require(Role.AUTHOR);
        Map<String, ModuleRow> rows = new LinkedHashMap<>();
        Map<String, ModuleDraft> byId = new LinkedHashMap<>();
        drafts.all().forEach(d -> byId.put(d.moduleId(), d));
        for (PublishedModule m : catalog.current()) {
            Optional<ModuleDraft> draft = Optional.ofNullable(byId.remove(m.content().id()));
            boolean changed = draft.map(d -> !publications.currentSource(m.content().id())
                    .map(s -> s[0].equals(d.source()) && s[1].equals(d.sourceEs())).orElse(false)).orElse(false);
            rows.put(m.content().id(), new ModuleRow(m.content().id(), m.content().title(), m.revision(), draft, changed));
        }
        byId.values().forEach(d -> rows.put(d.moduleId(), new ModuleRow(d.moduleId(),
                Optional.ofNullable(validator.title(d.moduleId(), d.source())).orElse(d.moduleId()), null, Optional.of(d),
                true)));
        return List.copyOf(rows.values());
    }

    /** The module's draft; the first time, a copy of what is published. */
    public ModuleDraft open(Actor author, String moduleId) {
        author.require(Role.AUTHOR);
        Optional<ModuleDraft> draft = drafts.find(moduleId);
        if (draft.isPresent()) {
            return draft.get();
        }
        String[] published = publications.currentSource(moduleId)
                .orElseThrow(() -> new InvalidInputException("module", "authoring.unknownModule"));
        String spanish = published[1].isBlank() ? validator.bundledTranslation(moduleId) : published[1];
        drafts.create(moduleId, published[0], spanish, author.userId(), clock.instant());
        return drafts.find(moduleId).orElseThrow();
    }

    /** A new module: a draft from a starting template with one lesson to fill in. */
    public ModuleDraft create(Actor author, String moduleId, String title, EmpathyKey key) {
        author.require(Role.AUTHOR);
        String id = moduleId == null ? "" : moduleId.strip();
        if (!ID.matcher(id).matches() || id.length() > 100) {
            throw new InvalidInputException("id", "authoring.id.invalid");
        }
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", "authoring.title.missing");
        }
        if (catalog.current(id).isPresent() || !drafts.create(id, ModuleTemplate.english(id, title.strip(), key),
                ModuleTemplate.spanish(id, key), author.userId(), clock.instant())) {
            throw new InvalidInputException("id", "authoring.idTaken");
        }
        audit.record(author.userId(), "AUTHOR_MODULE_CREATED", "module " + id, null, clock.instant());
        return drafts.find(id).orElseThrow();
    }

    /** Saves the draft over the version the author started from; the other author's save wins a race. */
    public ModuleDraft save(Actor author, String moduleId, int expectedVersion, String source, String sourceEs) {
        author.require(Role.AUTHOR);
        ModuleDraft current = drafts.find(moduleId).orElseThrow(() -> new InvalidInputException("module",
                "authoring.unknownModule"));
        if (!drafts.save(moduleId, expectedVersion, text(source), text(sourceEs), author.userId(), clock.instant())) {
            throw new DraftConflictException(drafts.find(moduleId).orElse(current));
        }
        audit.record(author.userId(), "AUTHOR_DRAFT_SAVED", "module " + moduleId + " version " + (expectedVersion + 1),
                null, clock.instant());
        return drafts.find(moduleId).orElseThrow();
    }

    /** The module as agents would get it, when the source passes every check. */
    @Transactional(readOnly = true)
    public Optional<com.empathycoach.core.lesson.ModuleContent> preview(String moduleId, String source) {
        return validator.read(moduleId, text(source));
    }

    @Transactional(readOnly = true)
    public Check check(String moduleId, String source, String sourceEs) {
        List<Problem> problems = validator.check(moduleId, text(source));
        List<Problem> translation = problems.isEmpty() ? validator.checkTranslation(moduleId, text(source), text(sourceEs))
                : List.of();
        return new Check(problems, translation);
    }

    /** Publishes the saved draft as a new revision; refused while it has any problem. Returns the revision. */
    public int publish(Actor author, String moduleId) {
        author.require(Role.AUTHOR);
        ModuleDraft draft = drafts.find(moduleId).orElseThrow(() -> new InvalidInputException("module",
                "authoring.unknownModule"));
        Check check = check(moduleId, draft.source(), draft.sourceEs());
        if (!check.publishable()) {
            List<Problem> all = new ArrayList<>(check.problems());
            all.addAll(check.translation());
            throw new InvalidModuleException(all);
        }
        int revision = publications.publish(moduleId, ModuleTemplate.version(draft.source()), draft.source(),
                draft.sourceEs(), author.userId(), clock.instant());
        audit.record(author.userId(), "AUTHOR_MODULE_PUBLISHED", "module " + moduleId + " revision " + revision, null,
                clock.instant());
        return revision;
    }

    /** Makes an earlier revision the one agents get again. */
    public void republish(Actor author, String moduleId, int revision) {
        author.require(Role.AUTHOR);
        if (publications.revisions(moduleId).stream().noneMatch(r -> r.revision() == revision)) {
            throw new InvalidInputException("revision", "authoring.unknownRevision");
        }
        publications.republish(moduleId, revision, author.userId(), clock.instant());
        audit.record(author.userId(), "AUTHOR_MODULE_REPUBLISHED", "module " + moduleId + " revision " + revision, null,
                clock.instant());
    }

    @Transactional(readOnly = true)
    public List<Revision> revisions(Actor author, String moduleId) {
        author.require(Role.AUTHOR);
        return publications.revisions(moduleId);
    }

    /** The YAML of the published revision, or of the draft; empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<String> export(String moduleId, boolean draft) {
        return draft ? drafts.find(moduleId).map(ModuleDraft::source)
                : publications.currentSource(moduleId).map(s -> s[0]);
    }

    /**
     * Imports a module's YAML as its draft (created, or replacing the English of an existing draft); refused with
     * every problem when the loader would refuse it, and then nothing is stored. {@code actorId} is the author, or
     * {@link #INTEGRATION}.
     */
    public ModuleDraft importYaml(long actorId, String source) {
        String text = text(source);
        String moduleId = ModuleTemplate.id(text);
        if (moduleId == null || !ID.matcher(moduleId).matches()) {
            throw new InvalidModuleException(List.of(new Problem("id", "authoring.problem.noId")));
        }
        List<Problem> problems = validator.check(moduleId, text);
        if (!problems.isEmpty()) {
            throw new InvalidModuleException(problems);
        }
        Optional<ModuleDraft> existing = drafts.find(moduleId);
        String es = existing.map(ModuleDraft::sourceEs)
                .orElseGet(() -> publications.currentSource(moduleId).map(s -> s[1]).filter(s -> !s.isBlank())
                        .orElseGet(() -> validator.bundledTranslation(moduleId)));
        if (existing.isEmpty()) {
            drafts.create(moduleId, text, es, actorId, clock.instant());
        } else if (!drafts.save(moduleId, existing.get().version(), text, es, actorId, clock.instant())) {
            throw new DraftConflictException(drafts.find(moduleId).orElseThrow());
        }
        audit.record(actorId, "AUTHOR_MODULE_IMPORTED", "module " + moduleId, null, clock.instant());
        return drafts.find(moduleId).orElseThrow();
    }

    private static String text(String value) {
        return value == null ? "" : value.replace("\r\n", "\n");
    }
}
