package com.empathycoach.web.identity.ui;

import com.empathycoach.core.identity.AccountFacade;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.UserAccount;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import java.util.EnumSet;
import java.util.Map;

/** Creates a person (with a temporary password) or edits one; bad input is shown on its field and nothing is lost. */
class UserDialog extends Dialog {

    private final TextField username = new TextField();
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final Checkbox active = new Checkbox();

    UserDialog(UserAccount user, Actor admin, AccountFacade accounts, Runnable saved) {
        setHeaderTitle(getTranslation(user == null ? "admin.users.createTitle" : "admin.users.editTitle"));
        addClassName("user-dialog");
        configureFields();
        fill(user);
        add(new FormLayout(username, name, email, roles, active));
        Button save = new Button(getTranslation("admin.users.save"), e -> {
            if (user != null && user.active() && !active.getValue()) {
                confirmDeactivation(user, () -> save(user, admin, accounts, saved));
            } else {
                save(user, admin, accounts, saved);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-user");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
        setWidth("min(34rem, 95vw)");
    }

    private void configureFields() {
        username.setLabel(getTranslation("admin.users.username"));
        username.setHelperText(getTranslation("admin.users.usernameHelp"));
        name.setLabel(getTranslation("admin.users.name"));
        email.setLabel(getTranslation("admin.users.email"));
        roles.setLabel(getTranslation("admin.users.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        active.setLabel(getTranslation("admin.users.activeLabel"));
        username.addClassName("user-username");
        name.addClassName("user-name");
        email.addClassName("user-email");
        roles.addClassName("user-roles");
        active.addClassName("user-active");
    }

    /** The person's details to edit, or a new agent's defaults. */
    private void fill(UserAccount user) {
        if (user != null) {
            username.setValue(user.username());
            username.setReadOnly(true);
            name.setValue(user.displayName());
            email.setValue(user.email());
            roles.setValue(EnumSet.copyOf(user.roles()));
            active.setValue(user.active());
        } else {
            roles.setValue(EnumSet.of(Role.AGENT));
            active.setValue(true);
            active.setVisible(false);
        }
    }

    /** Deactivating someone signs them out and keeps them out, so it is asked once more, naming them. */
    private void confirmDeactivation(UserAccount user, Runnable deactivate) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("admin.users.deactivateTitle", user.displayName()),
                getTranslation("admin.users.deactivateText"), getTranslation("admin.users.deactivateConfirm"),
                ok -> deactivate.run());
        confirm.setConfirmButtonTheme("error primary");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.addClassName("confirm-deactivation");
        com.empathycoach.web.shared.Confirmations.openFocusingCancel(confirm);
    }

    /** Creates (and hands over the temporary password) or updates; a refusal is shown on its field. */
    private void save(UserAccount user, Actor admin, AccountFacade accounts, Runnable saved) {
        clearErrors();
        // Every problem the form can know of is shown at once; the rest (a name in use) comes from saving.
        Map<String, String> problems = new java.util.LinkedHashMap<>(NewUser.problems(
                user == null ? username.getValue() : user.username(), name.getValue(), email.getValue(), roles.getValue()));
        if (!problems.isEmpty()) {
            problems.forEach((field, key) -> showError(field, key));
            return;
        }
        try {
            if (user == null) {
                var handover = accounts.create(admin, username.getValue(), name.getValue(), email.getValue(),
                        roles.getValue(), "UTC");
                close();
                new HandoverDialog(handover).open();
            } else {
                accounts.update(admin, user.id(), new AccountFacade.Changes(name.getValue(), email.getValue(),
                        roles.getValue(), active.getValue()));
                close();
            }
            saved.run();
        } catch (InvalidInputException ex) {
            showError(ex.field(), ex.messageKey());
        }
    }

    private void showError(String fieldName, String messageKey) {
        HasValidation field = Map.<String, HasValidation>of("username", username, "displayName", name, "email", email,
                "roles", roles).getOrDefault(fieldName, username);
        field.setErrorMessage(getTranslation(messageKey));
        field.setInvalid(true);
    }

    private void clearErrors() {
        for (HasValidation field : new HasValidation[]{username, name, email, roles}) {
            field.setInvalid(false);
        }
    }
}
