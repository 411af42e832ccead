package com.empathycoach.web.identity.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class AdminViewsTest extends SpringBrowserlessTest {

    @org.springframework.beans.factory.annotation.Autowired
    com.empathycoach.core.identity.IdentityFacade identity;

    @org.springframework.beans.factory.annotation.Autowired
    com.empathycoach.core.identity.AccountFacade accounts;

    @Test
    @WithUserDetails("admin")
    void anAdminCreatesAPersonAndSeesTheTemporaryPasswordOnceAndAClearMessageForAMissingName() {
        UI.getCurrent().navigate(AdminUsersView.class);
        test($(Button.class).withClassName("create-user").first()).click();
        String run = UUID.randomUUID().toString().substring(0, 8);
        test($(TextField.class).withClassName("user-username").first()).setValue("view" + run);
        test($(EmailField.class).withClassName("user-email").first()).setValue("view" + run + "@test.empathycoach.test");
        test($(Button.class).withClassName("save-user").first()).click();
        TextField name = $(TextField.class).withClassName("user-name").first();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isNotBlank();
        assertThat($(TextField.class).withClassName("user-username").first().getValue()).isEqualTo("view" + run);

        test(name).setValue("Vera View");
        test($(Button.class).withClassName("save-user").first()).click();
        TextField password = $(TextField.class).withClassName("temporary-password").first();
        assertThat(password.getValue()).matches("[A-Za-z0-9]{4}(-[A-Za-z0-9]{4}){3}");
        assertThat($(CheckboxGroup.class).withClassName("user-roles").all()).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void anEmptyFormShowsEveryMissingFieldAtOnceAndATakenEmailIsShownOnTheEmailField() {
        UI.getCurrent().navigate(AdminUsersView.class);
        test($(Button.class).withClassName("create-user").first()).click();
        CheckboxGroup<com.empathycoach.core.identity.Role> roles = $(CheckboxGroup.class).withClassName("user-roles").first();
        roles.clear();
        test($(Button.class).withClassName("save-user").first()).click();
        TextField username = $(TextField.class).withClassName("user-username").first();
        TextField name = $(TextField.class).withClassName("user-name").first();
        EmailField email = $(EmailField.class).withClassName("user-email").first();
        assertThat(username.getErrorMessage()).isEqualTo("Enter a username.");
        assertThat(name.getErrorMessage()).isEqualTo("Enter a name.");
        assertThat(email.getErrorMessage()).isEqualTo("Enter an email address.");
        assertThat(roles.getErrorMessage()).isEqualTo("Choose at least one role.");
        assertThat(java.util.List.of(username.isInvalid(), name.isInvalid(), email.isInvalid(), roles.isInvalid()))
                .containsOnly(true);

        String run = UUID.randomUUID().toString().substring(0, 8);
        test(username).setValue("Mail" + run);
        test(name).setValue("Mae Ling");
        test(email).setValue("ADMIN@demo.empathycoach.test");
        roles.setValue(java.util.Set.of(com.empathycoach.core.identity.Role.AGENT));
        test($(Button.class).withClassName("save-user").first()).click();
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("That email is already in use by someone else.");
        assertThat(username.isInvalid()).as("the username is free").isFalse();
        assertThat(identity.account("mail" + run)).isEmpty();
    }

    @Test
    @WithUserDetails("admin")
    void deactivatingSomeoneIsAskedOnceMoreBeforeItHappens() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        var admin = identity.account("admin").orElseThrow();
        var adminActor = new com.empathycoach.core.identity.Actor(admin.id(), admin.username(), admin.roles());
        long id = accounts.create(adminActor, "deact" + run, "Dee Active", "deact" + run + "@test.empathycoach.test",
                java.util.Set.of(com.empathycoach.core.identity.Role.AGENT), "UTC").userId();
        new UserDialog(identity.account("deact" + run).orElseThrow(), adminActor, accounts, () -> { }).open();
        test($(com.vaadin.flow.component.checkbox.Checkbox.class).withClassName("user-active").first()).click();
        test($(Button.class).withClassName("save-user").first()).click();
        var confirm = $(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).withClassName("confirm-deactivation").first();
        assertThat(identity.account("deact" + run).orElseThrow().active()).as("not before the answer").isTrue();
        assertThat(confirm.getElement().getProperty("header")).isEqualTo("Deactivate Dee Active?");
        assertThat(confirm.getElement().getProperty("confirmText")).isEqualTo("Deactivate");
        test(confirm).confirm();
        assertThat(identity.account("deact" + run).orElseThrow().active()).isFalse();
        assertThat(id).isPositive();
    }

    @Test
    @WithUserDetails("admin")
    void theUploadFieldSpeaksThePagesLanguage() {
        UI.getCurrent().setLocale(java.util.Locale.forLanguageTag("es"));
        navigate(AdminImportView.class);
        var upload = $(com.vaadin.flow.component.upload.Upload.class).first();
        assertThat(upload.getI18n().getAddFiles().getOne()).isEqualTo("Elegir un archivo...");
        assertThat(upload.getI18n().getDropFiles().getOne()).isEqualTo("o suéltalo aquí");
        assertThat(upload.getI18n().getError().getIncorrectFileType()).isEqualTo("Aquí no se acepta este tipo de archivo.");
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void theDryRunListsEveryRowWithItsProblemAndOnlyTheValidRowsCanBeImported() {
        AdminImportView view = navigate(AdminImportView.class);
        String run = UUID.randomUUID().toString().substring(0, 8);
        String csv = "username,name,email,roles,team\n"
                + "ok" + run + ",Olga Okay,ok" + run + "@test.empathycoach.test,AGENT,\n"
                + "bad " + run + ",Bea Bad,bad-email,AGENT,\n";
        view.previewFile(csv.getBytes(StandardCharsets.UTF_8));
        Grid<Object> grid = $(Grid.class).withClassName("import-preview").first();
        assertThat(grid.getListDataView().getItemCount()).isEqualTo(2);
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().equals("2 rows: 1 ready, 1 with problems."));
        assertThat($(Button.class).withClassName("import-all").first().isEnabled()).isFalse();
        assertThat($(Button.class).withClassName("import-valid").first().isEnabled()).isTrue();
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void theTeamColumnMayBeLeftOutAndAMissingColumnIsNamedAsSuch() {
        AdminImportView view = navigate(AdminImportView.class);
        String run = UUID.randomUUID().toString().substring(0, 8);
        view.previewFile(("username,name,email,roles\n" + "noteam" + run + ",Nora Team,noteam" + run
                + "@test.empathycoach.test,AGENT\n").getBytes(StandardCharsets.UTF_8));
        Grid<Object> grid = $(Grid.class).withClassName("import-preview").first();
        assertThat(grid.getListDataView().getItemCount()).isEqualTo(1);
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().equals("1 row: 1 ready, 0 with problems."));
        assertThat($(Button.class).withClassName("import-all").first().isEnabled()).isTrue();

        view.previewFile("username,name,email\nx,y,z@test.empathycoach.test\n".getBytes(StandardCharsets.UTF_8));
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().equals(
                "The file's first line must name the columns username, name, email and roles (team may be left out)."));
        assertThat($(Button.class).withClassName("import-all").first().isEnabled()).isFalse();
    }
}
