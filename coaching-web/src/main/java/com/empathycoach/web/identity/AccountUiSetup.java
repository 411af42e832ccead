package com.empathycoach.web.identity;

import com.empathycoach.core.identity.AccountFacade;
import com.empathycoach.core.identity.Preferences;
import com.empathycoach.web.identity.ui.ChangePasswordView;
import com.empathycoach.web.security.ui.LoginView;
import com.empathycoach.web.security.AppUserDetails;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.component.page.ColorScheme;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Applies a signed-in person's language and theme to every new tab, and keeps them on the change-password
 * page while an admin-issued temporary password is still in use.
 */
@Component
public class AccountUiSetup implements VaadinServiceInitListener {

    static final String MUST_CHANGE = "empathy.mustChangePassword";

    private final AccountFacade accounts;
    private final AuthenticationContext authentication;

    AccountUiSetup(AccountFacade accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            authentication.getAuthenticatedUser(AppUserDetails.class).ifPresent(user -> apply(ui, accounts.preferences(user.actor())));
            speakThePagesLanguage(ui);
            ui.addBeforeEnterListener(enter -> {
                var user = authentication.getAuthenticatedUser(AppUserDetails.class);
                if (user.isEmpty() || enter.getNavigationTarget() == ChangePasswordView.class
                        || enter.getNavigationTarget() == LoginView.class) {
                    return;
                }
                VaadinSession session = ui.getSession();
                Boolean mustChange = (Boolean) session.getAttribute(MUST_CHANGE);
                if (mustChange == null) {
                    mustChange = accounts.mustChangePassword(user.get().actor());
                    session.setAttribute(MUST_CHANGE, mustChange);
                }
                if (mustChange) {
                    enter.rerouteTo(ChangePasswordView.class);
                }
            });
        });
    }

    /** Sets the UI's language and light or dark theme, where the person chose them; otherwise browser and device decide. */
    public static void apply(UI ui, Preferences preferences) {
        if (preferences.locale() != null) {
            Locale locale = Locale.forLanguageTag(preferences.locale());
            ui.setLocale(locale);
            ui.getSession().setLocale(locale);
        }
        if (preferences.dark() != null) {
            ui.getPage().setColorScheme(preferences.dark() ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT);
        }
    }

    /**
     * Tells the browser the page's language (so a screen reader pronounces Spanish as Spanish) and puts the
     * connection indicator's words ("online", "connection lost") in it, on every page, signed in or not.
     */
    private static void speakThePagesLanguage(UI ui) {
        ui.getElement().executeJs("""
                document.documentElement.lang = $0;
                const indicator = document.querySelector('vaadin-connection-indicator');
                if (indicator) {
                    indicator.onlineText = $1;
                    indicator.offlineText = $2;
                    indicator.reconnectingText = $3;
                }""", ui.getLocale().getLanguage(), ui.getTranslation("connection.online"),
                ui.getTranslation("connection.lost"), ui.getTranslation("connection.reconnecting"));
    }

    public static void passwordChanged(VaadinSession session) {
        session.setAttribute(MUST_CHANGE, false);
    }
}
