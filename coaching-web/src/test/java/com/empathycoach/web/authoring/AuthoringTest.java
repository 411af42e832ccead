package com.empathycoach.web.authoring;

import com.empathycoach.core.authoring.AuthoringFacade;
import com.empathycoach.core.authoring.AuthoringFacade.TranslationStatus;
import com.empathycoach.core.authoring.ContentKind;
import com.empathycoach.core.authoring.ContentValidator;
import com.empathycoach.core.authoring.Draft;
import com.empathycoach.core.authoring.DraftConflictException;
import com.empathycoach.core.authoring.InvalidContentException;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.UserAccount;
import com.empathycoach.core.lesson.Channel;
import com.empathycoach.core.lesson.ContentCatalog;
import com.empathycoach.core.roleplay.ScenarioCatalog;
import com.empathycoach.core.roleplay.TranslatedScenarios;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.shared.NotAllowedException;
import com.empathycoach.core.skill.EmpathyKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Drafts, checks, publishing as a new revision, publishing an earlier one again, and import/export as YAML. */
@SpringBootTest
@ActiveProfiles("test")
class AuthoringTest {

    @Autowired AuthoringFacade authoring;
    @Autowired ContentCatalog catalog;
    @Autowired ScenarioCatalog scenarios;
    @Autowired TranslatedScenarios scenarioTranslations;
    @Autowired ContentValidator validator;
    @Autowired IdentityFacade identity;
    @Autowired JdbcTemplate jdbc;

    private Actor actor(String username) {
        UserAccount account = identity.account(username).orElseThrow();
        return new Actor(account.id(), account.username(), account.roles());
    }

    private static final Locale ES = Locale.forLanguageTag("es");

    private void forget(String id) {
        jdbc.update("delete from content_module_pin where module_id = ?", id);
        jdbc.update("delete from content_module_publication where module_id = ?", id);
        jdbc.update("delete from content_module_translation where module_id = ?", id);
        jdbc.update("delete from content_module_revision where module_id = ?", id);
        jdbc.update("delete from module_draft where module_id = ?", id);
    }

    private void forgetScenario(String id) {
        for (String table : new String[] {"content_scenario_pin", "content_scenario_publication",
                "content_scenario_translation", "content_scenario_revision", "scenario_draft"}) {
            jdbc.update("delete from " + table + " where scenario_id = ?", id);
        }
    }

    private static final ContentKind M = ContentKind.MODULE;
    private static final ContentKind S = ContentKind.SCENARIO;

    @Test
    void openingAPublishedRolePlayCopiesItWithoutCountingAsAChange() {
        Actor samira = actor("samira");
        jdbc.update("delete from scenario_draft where scenario_id = 'refund-refused'");
        try {
            authoring.open(samira, S, "refund-refused");
            assertThat(authoring.list(samira, S)).anySatisfy(r -> {
                assertThat(r.id()).isEqualTo("refund-refused");
                assertThat(r.draft()).isPresent();
                assertThat(r.draftChanged()).as("an untouched copy is not an unpublished change").isFalse();
                assertThat(r.spanish()).isEqualTo(TranslationStatus.COMPLETE);
                assertThat(r.title(Locale.forLanguageTag("es"))).as("the Spanish title for Spanish screens")
                        .isNotBlank().isNotEqualTo(r.title());
            });
        } finally {
            jdbc.update("delete from scenario_draft where scenario_id = 'refund-refused'");
        }
    }

    @Test
    void anAuthorCopiesAModulePublishesItAsANewRevisionAndCanGoBack() {
        Actor samira = actor("samira");
        assertThat(samira.roles()).contains(Role.AUTHOR);
        assertThatThrownBy(() -> authoring.list(actor("tomas"), M)).isInstanceOf(NotAllowedException.class);
        String id = "authored-" + UUID.randomUUID().toString().substring(0, 8);
        String english = authoring.export(M, "why-empathy-matters", false).orElseThrow()
                .replace("id: why-empathy-matters", "id: " + id);
        String spanish = validator.bundledTranslation(M, "why-empathy-matters")
                .replace("id: why-empathy-matters", "id: " + id);
        assertThat(spanish).as("a built-in module's Spanish file comes with its draft").isNotBlank();
        try {
            assertThatThrownBy(() -> authoring.importYaml(samira.userId(), M, english.replace("correct: true", "correct: false")))
                    .isInstanceOf(InvalidContentException.class);
            assertThat(authoring.export(M, id, true)).as("nothing stored").isEmpty();
            Draft draft = authoring.importYaml(samira.userId(), M, english);
            assertThat(authoring.check(M, id, draft.source(), "").publishable()).as("Spanish missing").isFalse();
            Draft saved = authoring.save(samira, M, id, draft.version(), english, spanish);
            assertThatThrownBy(() -> authoring.save(samira, M, id, draft.version(), english, ""))
                    .as("a save from an older copy").isInstanceOf(DraftConflictException.class);
            assertThat(authoring.check(M, id, saved.source(), saved.sourceEs()).publishable()).isTrue();
            int first = authoring.publish(samira, M, id);
            assertThat(catalog.current(id).orElseThrow().revision()).isEqualTo(first);
            assertThat(authoring.export(M, id, false)).contains(english);
            assertThatThrownBy(() -> authoring.publish(samira, M, id)).as("the draft is what is published")
                    .isInstanceOfSatisfying(com.empathycoach.core.shared.InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("authoring.nothingNew"));

            String renamed = english.replaceFirst("(?m)^title: .*$", "title: Renamed module");
            authoring.save(samira, M, id, saved.version(), renamed, spanish);
            int second = authoring.publish(samira, M, id);
            assertThat(second).isGreaterThan(first);
            assertThat(catalog.current(id).orElseThrow().content().title()).isEqualTo("Renamed module");
            authoring.republish(samira, M, id, first);
            assertThat(catalog.current(id).orElseThrow().revision()).isEqualTo(first);
            assertThat(authoring.revisions(samira, M, id)).hasSize(2);
        } finally {
            forget(id);
        }
    }

    @Test
    void aNewModuleStartsAsADraftThatCannotBePublishedUntilItPassesTheChecks() {
        Actor samira = actor("samira");
        String id = "new-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            Draft draft = authoring.createModule(samira, id, "Calm angry callers", EmpathyKey.HELP);
            assertThat(authoring.check(M, id, draft.source(), draft.sourceEs()).problems()).isNotEmpty();
            assertThat(authoring.check(M, id, draft.source(), draft.sourceEs(), ES).problems())
                    .as("an author reading Spanish gets every problem in Spanish").isNotEmpty()
                    .allSatisfy(p -> assertThat(p.where() + ": " + p.message())
                            .doesNotContainPattern("\\b(lesson|question|needs|must|missing|has)\\b"))
                    .anySatisfy(p -> assertThat(p.where()).startsWith("lección 1"));
            assertThatThrownBy(() -> authoring.publish(samira, M, id)).isInstanceOf(InvalidContentException.class);
            assertThatThrownBy(() -> authoring.createModule(samira, id, "Again", EmpathyKey.HELP))
                    .isInstanceOf(InvalidInputException.class);
        } finally {
            forget(id);
        }
    }

    @Test
    void aRolePlayIsCheckedLikeTheLoaderDoesPublishedWithItsSpanishAndPlayedFromTheNewRevision() {
        Actor samira = actor("samira");
        String id = "played-" + UUID.randomUUID().toString().substring(0, 8);
        String english = authoring.export(S, "price-rise", false).orElseThrow().replace("id: price-rise", "id: " + id);
        String spanish = validator.bundledTranslation(S, "price-rise").replace("id: price-rise", "id: " + id);
        try {
            assertThatThrownBy(() -> authoring.importYaml(samira.userId(), S, english.replace("next: needs", "next: nowhere")))
                    .isInstanceOf(InvalidContentException.class)
                    .satisfies(e -> assertThat(((InvalidContentException) e).problems()).anySatisfy(p ->
                            assertThat(p.message()).contains("unknown id 'nowhere'")));
            assertThatThrownBy(() -> authoring.importYaml(samira.userId(), S, english.replace("next: needs", "next: nowhere"), ES))
                    .satisfies(e -> assertThat(((InvalidContentException) e).problems()).anySatisfy(p ->
                            assertThat(p.message()).contains("lleva a un identificador que no existe: 'nowhere'")));
            assertThatThrownBy(() -> authoring.importYaml(samira.userId(), S, "title: Sin identificador", ES))
                    .satisfies(e -> assertThat(((InvalidContentException) e).problems()).singleElement().satisfies(p ->
                            assertThat(p.message()).startsWith("necesita un identificador")));
            assertThat(authoring.export(S, id, true)).as("nothing stored").isEmpty();
            Draft draft = authoring.importYaml(samira.userId(), S, english);
            assertThat(authoring.list(samira, S)).anySatisfy(r -> {
                assertThat(r.id()).isEqualTo(id);
                assertThat(r.spanish()).isEqualTo(TranslationStatus.MISSING);
            });
            String lacking = spanish.replaceFirst("(?s)\\n      - id: c\\n.*?(?=\\n  - id: escalate)", "");
            assertThat(lacking).isNotEqualTo(spanish);
            Draft partial = authoring.save(samira, S, id, draft.version(), english, lacking);
            assertThat(authoring.check(S, id, english, lacking).translation()).anySatisfy(p ->
                    assertThat(p.message()).contains("missing translation"));
            assertThat(authoring.check(S, id, english, lacking, ES).translation()).anySatisfy(p -> {
                assertThat(p.where()).startsWith("nodo ");
                assertThat(p.message()).isEqualTo("falta la traducción: esta opción no está en español");
            });
            assertThatThrownBy(() -> authoring.publish(samira, S, id)).isInstanceOf(InvalidContentException.class);
            authoring.save(samira, S, id, partial.version(), english, spanish.replace("title: ", "title: Publicado, "));
            int revision = authoring.publish(samira, S, id);
            assertThat(scenarios.current(id).orElseThrow().revision()).isEqualTo(revision);
            assertThat(scenarioTranslations.scenario(id, Locale.forLanguageTag("es")).orElseThrow().title())
                    .as("the Spanish published with the revision").startsWith("Publicado, ");
            assertThat(authoring.list(samira, S)).anySatisfy(r -> {
                assertThat(r.id()).isEqualTo(id);
                assertThat(r.revision()).isEqualTo(revision);
                assertThat(r.spanish()).isEqualTo(TranslationStatus.COMPLETE);
            });
            assertThat(jdbc.queryForObject("select count(*) from audit_log where action = 'AUTHOR_SCENARIO_PUBLISHED' "
                    + "and details like ?", Integer.class, "%" + id + "%")).isEqualTo(1);
        } finally {
            forgetScenario(id);
        }
    }

    @Test
    void aNewRolePlayStartsFromATemplateWhoseOnlyProblemsAreTheTextsLeftToWrite() {
        Actor samira = actor("samira");
        String id = "new-play-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            Draft draft = authoring.createScenario(samira, id, "A parcel that never came", Channel.PHONE);
            assertThat(authoring.check(S, id, draft.source(), draft.sourceEs()).problems()).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.message()).isEqualTo("must not be empty"));
            assertThatThrownBy(() -> authoring.createScenario(samira, id, "Again", Channel.CHAT))
                    .isInstanceOf(InvalidInputException.class);
            String filled = draft.source().replace("\"\"", "\"Written.\"");
            assertThat(authoring.check(S, id, filled, "").problems()).as("the template is a complete conversation").isEmpty();
        } finally {
            forgetScenario(id);
        }
    }
}
