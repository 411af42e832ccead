package com.empathycoach.core.authoring;

import com.empathycoach.core.audit.AuditStore;
import com.empathycoach.core.authoring.ContentValidator.Problem;
import com.empathycoach.core.authoring.PublicationStore.Revision;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.lesson.Channel;
import com.empathycoach.core.lesson.ModuleContent;
import com.empathycoach.core.roleplay.Scenario;
import com.empathycoach.core.shared.CoreTexts;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.skill.EmpathyKey;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Authoring lesson modules and role-plays in the browser: a draft of each (English and Spanish YAML side by side,
 * saved as the author types, refused when it started from an older copy), checked with the built-in loader's rules,
 * and published as a new immutable revision that agents then get; an earlier revision can be published again. Every
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
    private final ContentValidator validator;
    private final PublishedContent published;
    private final AuditStore audit;
    private final Clock clock;

    public AuthoringFacade(DraftStore drafts, PublicationStore publications, ContentValidator validator,
                           PublishedContent published, AuditStore audit, Clock clock) {
        this.drafts = drafts;
        this.publications = publications;
        this.validator = validator;
        this.published = published;
        this.audit = audit;
        this.clock = clock;
    }

    /** How far the Spanish is: complete, begun with things missing or wrong, or not written. */
    public enum TranslationStatus { COMPLETE, INCOMPLETE, MISSING }

    /** A module or role-play as the author list shows it. */
    public record Row(ContentKind kind, String id, String title, String titleEs, Integer revision,
                      Optional<Draft> draft, boolean draftChanged, TranslationStatus spanish) {

        /** The Spanish title where one is written, the English one otherwise. */
        public String title(Locale locale) {
            return "es".equals(locale.getLanguage()) && titleEs != null && !titleEs.isBlank() ? titleEs : title;
        }
    }

    /** What the checks say of a draft: English problems and what the Spanish lacks or breaks. */
    public record Check(List<Problem> problems, List<Problem> translation) {
        public boolean publishable() {
            return problems.isEmpty() && translation.isEmpty();
        }
    }

    /** Every published module (or role-play) and every draft, published ones in catalogue order first. */
    @Transactional(readOnly = true)
    public List<Row> list(Actor author, ContentKind kind) {
        author.require(Role.AUTHOR);
        Map<String, Row> rows = new LinkedHashMap<>();
        Map<String, Draft> byId = new LinkedHashMap<>();
        drafts.all(kind).forEach(d -> byId.put(d.id(), d));
        published.current(kind).forEach((id, value) -> {
            Optional<Draft> draft = Optional.ofNullable(byId.remove(id));
            Optional<String[]> source = published(kind, id);
            boolean changed = draft.map(d -> !sameAsPublished(source, d)).orElse(false);
            String[] texts = draft.map(d -> new String[] {d.source(), d.sourceEs()}).or(() -> source)
                    .orElse(new String[] {"", ""});
            rows.put(id, new Row(kind, id, value.title(), validator.title(texts[1]), value.revision(), draft, changed,
                    spanish(kind, id, texts[0], texts[1])));
        });
        byId.values().forEach(d -> rows.put(d.id(), new Row(kind, d.id(), Optional.ofNullable(validator.title(d.source()))
                .orElse(d.id()), validator.title(d.sourceEs()), null, Optional.of(d), true,
                spanish(kind, d.id(), d.source(), d.sourceEs()))));
        return List.copyOf(rows.values());
    }

    /** What agents get now, English and Spanish (a bundled translation counts as published); empty if unpublished. */
    private Optional<String[]> published(ContentKind kind, String id) {
        return publications.currentSource(kind, id).map(s -> new String[] {s[0],
                s[1].isBlank() ? validator.bundledTranslation(kind, id) : s[1]});
    }

    /** Whether the draft, English and Spanish, is what is published. */
    private static boolean sameAsPublished(Optional<String[]> published, Draft draft) {
        return published.map(s -> s[0].equals(draft.source()) && s[1].equals(draft.sourceEs())).orElse(false);
    }

    private TranslationStatus spanish(ContentKind kind, String id, String source, String sourceEs) {
        if (sourceEs == null || sourceEs.isBlank()) {
            return TranslationStatus.MISSING;
        }
        return validator.checkTranslation(kind, id, source, sourceEs).isEmpty() ? TranslationStatus.COMPLETE
                : TranslationStatus.INCOMPLETE;
    }

    /** The draft; the first time, a copy of what is published. */
    public Draft open(Actor author, ContentKind kind, String id) {
        author.require(Role.AUTHOR);
        Optional<Draft> draft = drafts.find(kind, id);
        if (draft.isPresent()) {
            return draft.get();
        }
        String[] current = publications.currentSource(kind, id)
                .orElseThrow(() -> new InvalidInputException(kind.noun(), "authoring.unknownModule"));
        String spanish = current[1].isBlank() ? validator.bundledTranslation(kind, id) : current[1];
        drafts.create(kind, id, current[0], spanish, author.userId(), clock.instant());
        return drafts.find(kind, id).orElseThrow();
    }

    /** A new module: a draft from a starting template with one lesson to fill in. */
    public Draft createModule(Actor author, String id, String title, EmpathyKey key) {
        return create(author, ContentKind.MODULE, id, title, clean -> new String[] {
                ModuleTemplate.english(clean, title.strip(), key), ModuleTemplate.spanish(clean, key)});
    }

    /** A new role-play: a draft from a starting template with the smallest complete conversation to fill in. */
    public Draft createScenario(Actor author, String id, String title, Channel channel) {
        return create(author, ContentKind.SCENARIO, id, title, clean -> new String[] {
                ScenarioTemplate.english(clean, title.strip(), channel), ScenarioTemplate.spanish(clean, channel)});
    }

    private Draft create(Actor author, ContentKind kind, String rawId, String title,
                         java.util.function.Function<String, String[]> template) {
        author.require(Role.AUTHOR);
        String id = rawId == null ? "" : rawId.strip();
        if (id.isEmpty()) {
            throw new InvalidInputException("id", "authoring.id.required");
        }
        if (!ID.matcher(id).matches() || id.length() > 100) {
            throw new InvalidInputException("id", "authoring.id.invalid");
        }
        if (title == null || title.isBlank()) {
            throw new InvalidInputException("title", "authoring.title.missing");
        }
        String[] sources = template.apply(id);
        if (published.exists(kind, id) || !drafts.create(kind, id, sources[0], sources[1], author.userId(),
                clock.instant())) {
            throw new InvalidInputException("id", "authoring.idTaken");
        }
        record(author.userId(), kind, "CREATED", id);
        return drafts.find(kind, id).orElseThrow();
    }

    /** Saves the draft over the version the author started from; the other author's save wins a race. */
    public Draft save(Actor author, ContentKind kind, String id, int expectedVersion, String source, String sourceEs) {
        author.require(Role.AUTHOR);
        Draft current = drafts.find(kind, id).orElseThrow(() -> new InvalidInputException(kind.noun(),
                "authoring.unknownModule"));
        if (!drafts.save(kind, id, expectedVersion, text(source), text(sourceEs), author.userId(), clock.instant())) {
            throw new DraftConflictException(drafts.find(kind, id).orElse(current));
        }
        audit.record(author.userId(), "AUTHOR_DRAFT_SAVED", kind.noun() + " " + id + " version " + (expectedVersion + 1),
                null, clock.instant());
        return drafts.find(kind, id).orElseThrow();
    }

    /** The module as agents would get it, when the source passes every check. */
    @Transactional(readOnly = true)
    public Optional<ModuleContent> previewModule(String id, String source) {
        return validator.module(id, text(source));
    }

    /** The role-play as agents would get it, when the source passes every check. */
    @Transactional(readOnly = true)
    public Optional<Scenario> previewScenario(String id, String source) {
        return validator.scenario(id, text(source));
    }

    @Transactional(readOnly = true)
    public Check check(ContentKind kind, String id, String source, String sourceEs) {
        return check(kind, id, source, sourceEs, Locale.ENGLISH);
    }

    /** The checks of a source and its Spanish, each problem said in {@code locale} (the author's language). */
    @Transactional(readOnly = true)
    public Check check(ContentKind kind, String id, String source, String sourceEs, Locale locale) {
        List<Problem> problems = validator.check(kind, id, text(source), locale);
        List<Problem> translation = problems.isEmpty()
                ? validator.checkTranslation(kind, id, text(source), text(sourceEs), locale) : List.of();
        return new Check(problems, translation);
    }

    /** Publishes the saved draft as a new revision; refused while it has any problem. Returns the revision. */
    public int publish(Actor author, ContentKind kind, String id) {
        author.require(Role.AUTHOR);
        Draft draft = drafts.find(kind, id).orElseThrow(() -> new InvalidInputException(kind.noun(),
                "authoring.unknownModule"));
        Check check = check(kind, id, draft.source(), draft.sourceEs());
        if (!check.publishable()) {
            List<Problem> all = new ArrayList<>(check.problems());
            all.addAll(check.translation());
            throw new InvalidContentException(all);
        }
        if (sameAsPublished(published(kind, id), draft)) {
            throw new InvalidInputException("draft", "authoring.nothingNew");
        }
        int revision = publications.publish(kind, id, ModuleTemplate.version(draft.source()), draft.source(),
                draft.sourceEs(), author.userId(), clock.instant());
        record(author.userId(), kind, "PUBLISHED", id + " revision " + revision);
        return revision;
    }

    /** Makes an earlier revision the one agents get again. */
    public void republish(Actor author, ContentKind kind, String id, int revision) {
        author.require(Role.AUTHOR);
        if (publications.revisions(kind, id).stream().noneMatch(r -> r.revision() == revision)) {
            throw new InvalidInputException("revision", "authoring.unknownRevision");
        }
        publications.republish(kind, id, revision, author.userId(), clock.instant());
        record(author.userId(), kind, "REPUBLISHED", id + " revision " + revision);
    }

    @Transactional(readOnly = true)
    public List<Revision> revisions(Actor author, ContentKind kind, String id) {
        author.require(Role.AUTHOR);
        return publications.revisions(kind, id);
    }

    /** The YAML of the published revision, or of the draft; empty when there is none. */
    @Transactional(readOnly = true)
    public Optional<String> export(ContentKind kind, String id, boolean draft) {
        return draft ? drafts.find(kind, id).map(Draft::source) : publications.currentSource(kind, id).map(s -> s[0]);
    }

    /**
     * Imports a module's or role-play's YAML as its draft (created, or replacing the English of an existing draft);
     * refused with every problem when the loader would refuse it, and then nothing is stored. {@code actorId} is the
     * author, or {@link #INTEGRATION}.
     */
    public Draft importYaml(long actorId, ContentKind kind, String source) {
        return importYaml(actorId, kind, source, Locale.ENGLISH);
    }

    /** As {@link #importYaml(long, ContentKind, String)}, with the problems said in {@code locale}. */
    public Draft importYaml(long actorId, ContentKind kind, String source, Locale locale) {
        String text = text(source);
        String id = ModuleTemplate.id(text);
        if (id == null || !ID.matcher(id).matches()) {
            List<Problem> syntax = validator.check(kind, "unnamed", text, locale).stream()
                    .filter(p -> ContentValidator.SYNTAX.equals(p.where())).toList();
            throw new InvalidContentException(syntax.isEmpty() ? List.of(new Problem("id",
                    CoreTexts.text("authoring.problem.noId", locale))) : syntax);
        }
        List<Problem> problems = validator.check(kind, id, text, locale);
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        Optional<Draft> existing = drafts.find(kind, id);
        String es = existing.map(Draft::sourceEs).orElseGet(() -> publications.currentSource(kind, id).map(s -> s[1])
                .filter(s -> !s.isBlank()).orElseGet(() -> validator.bundledTranslation(kind, id)));
        if (existing.isEmpty()) {
            drafts.create(kind, id, text, es, actorId, clock.instant());
        } else if (!drafts.save(kind, id, existing.get().version(), text, es, actorId, clock.instant())) {
            throw new DraftConflictException(drafts.find(kind, id).orElseThrow());
        }
        record(actorId, kind, "IMPORTED", id);
        return drafts.find(kind, id).orElseThrow();
    }

    /** Audits as AUTHOR_MODULE_PUBLISHED, AUTHOR_SCENARIO_CREATED and so on. */
    private void record(long actorId, ContentKind kind, String what, String subject) {
        audit.record(actorId, "AUTHOR_" + kind.name() + "_" + what, kind.noun() + " " + subject, null, clock.instant());
    }

    private static String text(String value) {
        return value == null ? "" : value.replace("\r\n", "\n");
    }
}
