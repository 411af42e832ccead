package com.empathycoach.web.identity.ui;

import com.empathycoach.core.identity.AccountFacade;
import com.empathycoach.core.identity.UserAccount;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.web.security.LoginThrottle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** A row's actions in the user list: edit, reset the password (after confirming), and lift a sign-in lock. */
class UserActions extends HorizontalLayout {

    UserActions(UserAccount user, Actor admin, AccountFacade accounts, LoginThrottle throttle, Runnable refresh) {
        setSpacing(false);
        setWrap(true);
        Button edit = new Button(getTranslation("admin.users.edit"), e -> new UserDialog(user, admin, accounts, refresh).open());
        edit.addClassName("edit-user");
        edit.setAriaLabel(getTranslation("admin.users.editLabel", user.displayName()));
        Button reset = new Button(getTranslation("admin.users.reset"), e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("admin.users.resetTitle", user.displayName()),
                    getTranslation("admin.users.resetText"), getTranslation("admin.users.reset"),
                    ok -> new HandoverDialog(accounts.resetPassword(admin, user.id())).open());
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.open();
        });
        reset.addClassName("reset-password");
        reset.setAriaLabel(getTranslation("admin.users.resetLabel", user.displayName()));
        add(edit, reset);
        if (throttle.isLocked(user.username())) {
            Button unlock = new Button(getTranslation("admin.users.unlock"), e -> {
                throttle.unlock(user.username());
                accounts.recordUnlock(admin, user.username());
                refresh.run();
                Notification.show(getTranslation("admin.users.unlocked", user.displayName()), 4000,
                                Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            });
            unlock.addClassName("unlock-user");
            unlock.addThemeVariants(ButtonVariant.LUMO_ERROR);
            unlock.setAriaLabel(getTranslation("admin.users.unlockLabel", user.displayName()));
            add(unlock);
        }
        for (Button b : new Button[]{edit, reset}) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
    }
}
