package com.empathycoach.web.identity.ui;

import com.empathycoach.web.shared.LocalizedTitle;
import com.empathycoach.core.identity.AccountFacade;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.PasswordPolicy;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.web.identity.AccountUiSetup;
import com.empathycoach.web.security.CurrentUser;
import com.empathycoach.web.security.LoginThrottle;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import jakarta.annotation.security.PermitAll;

/** Changing one's own password; required after an admin has set a temporary one. */
@Route("account/password")
@PermitAll
public class ChangePasswordView extends VerticalLayout implements LocalizedTitle {

    private final transient AccountFacade accounts;
    private final transient LoginThrottle throttle;
    private final transient Actor actor;
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField again = new PasswordField();

    public ChangePasswordView(CurrentUser currentUser, AccountFacade accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.actor = currentUser.actor();
        addClassName("change-password");
        current.setLabel(getTranslation("account.password.current"));
        next.setLabel(getTranslation("account.password.new"));
        again.setLabel(getTranslation("account.password.again"));
        next.setHelperText(getTranslation("account.password.help", PasswordPolicy.MIN_LENGTH));
        next.setMaxLength(PasswordPolicy.MAX_LENGTH);
        again.setMaxLength(PasswordPolicy.MAX_LENGTH);
        current.addClassName("current-password");
        next.addClassName("new-password");
        again.addClassName("repeat-password");
        for (PasswordField field : new PasswordField[]{current, next, again}) {
            field.setWidth("min(24rem, 100%)");
        }
        Button save = new Button(getTranslation("account.password.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-password");
        add(new H2(getTranslation("account.password.title")), new Paragraph(getTranslation(accounts.mustChangePassword(actor)
                ? "account.password.mustChange" : "account.password.intro")), current, next, again, save);
    }

    private void save() {
        current.setInvalid(false);
        next.setInvalid(false);
        again.setInvalid(false);
        if (!next.getValue().equals(again.getValue())) {
            again.setErrorMessage(getTranslation("account.password.mismatch"));
            again.setInvalid(true);
            return;
        }
        // Wrong current passwords count against the account and address exactly like failed sign-ins.
        String address = VaadinRequest.getCurrent() == null ? null : VaadinRequest.getCurrent().getRemoteAddr();
        if (throttle.blocked(actor.username(), address)) {
            current.setErrorMessage(getTranslation("account.password.blocked"));
            current.setInvalid(true);
            return;
        }
        if (!changed(address)) {
            return;
        }
        AccountUiSetup.passwordChanged(VaadinSession.getCurrent());
        Notification.show(getTranslation("account.password.changed"), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        getUI().ifPresent(ui -> ui.navigate(""));
    }

    /** Changes the password; false, with the field in error, when refused. */
    private boolean changed(String address) {
        try {
            accounts.changePassword(actor, current.getValue(), next.getValue());
            return true;
        } catch (InvalidInputException ex) {
            if ("current".equals(ex.field())) {
                throttle.failed(actor.username(), address);
            }
            PasswordField field = "current".equals(ex.field()) ? current : next;
            field.setErrorMessage(getTranslation(ex.messageKey()));
            field.setInvalid(true);
            return false;
        }
    }

    @Override
    public String titleKey() {
        return "title.changePasswordView";
    }
}
