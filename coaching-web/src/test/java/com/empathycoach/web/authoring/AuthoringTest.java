package com.empathycoach.web.authoring;

import com.empathycoach.core.authoring.AuthoringFacade;
import com.empathycoach.core.authoring.DraftConflictException;
import com.empathycoach.core.authoring.InvalidModuleException;
import com.empathycoach.core.authoring.ModuleDraft;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.UserAccount;
import com.empathycoach.core.lesson.ContentCatalog;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.shared.NotAllowedException;
import com.empathycoach.core.skill.EmpathyKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Drafts, checks, publishing as a new revision, publishing an earlier one again, and import/export as YAML. */
@SpringBootTest
@ActiveProfiles("test")
class AuthoringTest {

    @Autowired AuthoringFacade authoring;
    @Autowired ContentCatalog catalog;
    @Autowired IdentityFacade identity;
    @Autowired JdbcTemplate jdbc;

    private Actor actor(String username) {
        UserAccount account = identity.account(username).orElseThrow();
        return new Actor(account.id(), account.username(), account.roles());
    }

    private void forget(String id) {
        jdbc.update("delete from content_module_pin where module_id = ?", id);
        jdbc.update("delete from content_module_publication where module_id = ?", id);
        jdbc.update("delete from content_module_translation where module_id = ?", id);
        jdbc.update("delete from content_module_revision where module_id = ?", id);
        jdbc.update("delete from module_draft where module_id = ?", id);
    }

    @Test
    void anAuthorCopiesAModulePublishesItAsANewRevisionAndCanGoBack() {
        Actor samira = actor("samira");
        assertThat(samira.roles()).contains(Role.AUTHOR);
        assertThatThrownBy(() -> authoring.modules(actor("tomas"))).isInstanceOf(NotAllowedException.class);
        String id = "authored-" + UUID.randomUUID().toString().substring(0, 8);
        String english = authoring.export("why-empathy-matters", false).orElseThrow()
                .replace("id: why-empathy-matters", "id: " + id);
        String spanish = authoring.open(samira, "why-empathy-matters").sourceEs()
                .replace("id: why-empathy-matters", "id: " + id);
        assertThat(spanish).as("a built-in module's Spanish file comes with its draft").isNotBlank();
        try {
            assertThatThrownBy(() -> authoring.importYaml(samira.userId(), english.replace("correct: true", "correct: false")))
                    .isInstanceOf(InvalidModuleException.class);
            assertThat(authoring.export(id, true)).as("nothing stored").isEmpty();
            ModuleDraft draft = authoring.importYaml(samira.userId(), english);
            assertThat(authoring.check(id, draft.source(), "").publishable()).as("Spanish missing").isFalse();
            ModuleDraft saved = authoring.save(samira, id, draft.version(), english, spanish);
            assertThatThrownBy(() -> authoring.save(samira, id, draft.version(), english, ""))
                    .as("a save from an older copy").isInstanceOf(DraftConflictException.class);
            assertThat(authoring.check(id, saved.source(), saved.sourceEs()).publishable()).isTrue();
            int first = authoring.publish(samira, id);
            assertThat(catalog.current(id).orElseThrow().revision()).isEqualTo(first);
            assertThat(authoring.export(id, false)).contains(english);

            String renamed = english.replaceFirst("(?m)^title: .*$", "title: Renamed module");
            authoring.save(samira, id, saved.version(), renamed, spanish);
            int second = authoring.publish(samira, id);
            assertThat(second).isGreaterThan(first);
            assertThat(catalog.current(id).orElseThrow().content().title()).isEqualTo("Renamed module");
            authoring.republish(samira, id, first);
            assertThat(catalog.current(id).orElseThrow().revision()).isEqualTo(first);
            assertThat(authoring.revisions(samira, id)).hasSize(2);
        } finally {
            forget(id);
        }
    }

    @Test
    void aNewModuleStartsAsADraftThatCannotBePublishedUntilItPassesTheChecks() {
        Actor samira = actor("samira");
        String id = "new-" + UUID.randomUUID().toString().substring(0, 8);
        try {
            ModuleDraft draft = authoring.create(samira, id, "Calm angry callers", EmpathyKey.HELP);
            assertThat(authoring.check(id, draft.source(), draft.sourceEs()).problems()).isNotEmpty();
            assertThatThrownBy(() -> authoring.publish(samira, id)).isInstanceOf(InvalidModuleException.class);
            assertThatThrownBy(() -> authoring.create(samira, id, "Again", EmpathyKey.HELP))
                    .isInstanceOf(InvalidInputException.class);
        } finally {
            forget(id);
        }
    }
}
