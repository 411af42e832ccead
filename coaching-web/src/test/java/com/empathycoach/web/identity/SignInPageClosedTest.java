package com.empathycoach.web.identity;

import com.empathycoach.web.security.ui.LoginView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** A signed-in page closes the sign-in page left behind in the same session, and nothing else. */
@SpringBootTest
@ActiveProfiles("test")
class SignInPageClosedTest extends SpringBrowserlessTest {

    /** Another page of the same session, with an id no other page has. */
    private static UI newPage(VaadinSession session) {
        UI page = new UI();
        page.getInternals().setSession(session);
        int id = session.getUIs().stream().mapToInt(UI::getUIId).max().orElse(0) + 1;
        page.doInit(null, id, "app");
        session.addUI(page);
        return page;
    }

    @Test
    void theSignInPageLeftBehindIsClosedOnceThePersonIsInAndOtherPagesStayOpen() {
        UI signInPage = UI.getCurrent();
        signInPage.navigate(LoginView.class);
        assertThat(signInPage.getActiveRouterTargetsChain()).first().isInstanceOf(LoginView.class);
        VaadinSession session = signInPage.getSession();
        if (!session.getUIs().contains(signInPage)) {
            session.addUI(signInPage); // as the servlet registers every page it starts
        }
        UI otherTab = newPage(signInPage.getSession());
        UI signedIn = newPage(signInPage.getSession());

        AccountUiSetup.closeSignInPages(signedIn);

        assertThat(signInPage.isClosing()).as("the sign-in page").isTrue();
        assertThat(otherTab.isClosing()).as("a page that is not the sign-in page").isFalse();
        assertThat(signedIn.isClosing()).as("the new page").isFalse();
    }
}
