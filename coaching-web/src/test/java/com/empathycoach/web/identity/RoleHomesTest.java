package com.empathycoach.web.identity;

import com.empathycoach.web.security.ui.LoginView;
import com.empathycoach.web.layout.AccessDeniedView;
import com.empathycoach.web.layout.NotFoundView;
import com.empathycoach.web.layout.ServerErrorView;
import com.vaadin.flow.component.html.Anchor;
import com.empathycoach.web.shared.Routes;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.lesson.LessonFacade;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Each role reaches its own home and is refused the homes of the others. */
@SpringBootTest
@ActiveProfiles("test")
class RoleHomesTest extends SpringBrowserlessTest {

    @Autowired
    IdentityFacade identity;

    @Autowired
    LessonFacade lessons;

    /** Each home by its path, and the style name the view gives itself. */
    private static final Map<String, String> HOMES = Map.of(Routes.AGENT_HOME, "agent-home", Routes.COACH_HOME, "coach-home",
            Routes.HR_HOME, "hr-home", Routes.ADMIN_USERS, "admin-users");

    @Test
    @WithUserDetails("amara")
    void agentReachesAgentHomeOnly() {
        assertOnlyReaches(Routes.AGENT_HOME);
    }

    @Test
    @WithUserDetails("samira")
    void coachReachesCoachHomeOnly() {
        assertOnlyReaches(Routes.COACH_HOME);
    }

    @Test
    @WithUserDetails("priya")
    void hrReachesHrHomeOnly() {
        assertOnlyReaches(Routes.HR_HOME);
    }

    @Test
    @WithUserDetails("admin")
    void adminReachesUserListAndHrOverviewButNotAgentOrCoachHomes() {
        assertShows(open(Routes.ADMIN_USERS), Routes.ADMIN_USERS);
        assertShows(open(Routes.HR_HOME), Routes.HR_HOME);
        for (String refused : List.of(Routes.AGENT_HOME, Routes.COACH_HOME)) {
            assertThat(open(refused)).as(refused).isInstanceOf(AccessDeniedView.class);
        }
    }

    @Test
    @WithUserDetails("admin")
    void adminUserListLoadsLazilyAndFilters() {
        assertShows(open(Routes.ADMIN_USERS), Routes.ADMIN_USERS);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(16);
        test($(com.vaadin.flow.component.textfield.TextField.class).single()).setValue("samira");
        assertThat(test(grid).size()).isEqualTo(1);
    }

    @Test
    @WithAnonymousUser
    void anonymousIsSentToLogin() {
        for (String home : HOMES.keySet()) {
            assertThat(open(home)).as(home).isInstanceOf(LoginView.class);
        }
    }

    @Test
    @WithUserDetails("amara")
    void everyLinkOnTheAgentsHomeOpensItsView() {
        // A lesson begun, so the home lists the module and its next lesson whatever ran before this test.
        long id = identity.account("amara").orElseThrow().id();
        Actor amara = new Actor(id, "amara", Set.of(Role.AGENT));
        String lesson = lessons.module(amara, "why-empathy-matters", Locale.ENGLISH).lessons().getFirst().lessonId();
        lessons.open(amara, "why-empathy-matters", lesson, Locale.ENGLISH);
        // Away and back, so home is built after the lesson began (the test starts on home already).
        open(Routes.CATALOGUE);
        open(Routes.AGENT_HOME);
        List<String> links = $(Anchor.class).all().stream().filter(a -> a.getElement().hasAttribute("router-link"))
                .map(Anchor::getHref).toList();
        assertThat(links).as("links to modules, lessons, role-plays or reviews").isNotEmpty();
        for (String link : links) {
            assertThat(open(link)).as(link).isNotInstanceOfAny(NotFoundView.class, AccessDeniedView.class,
                    ServerErrorView.class);
            assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo(link.split("\\?")[0]);
        }
    }

    @Test
    @WithUserDetails("tomas")
    void rootSendsCoachToCoachHome() {
        assertShows(open(""), Routes.COACH_HOME);
    }

    private void assertOnlyReaches(String own) {
        assertShows(open(own), own);
        for (String other : HOMES.keySet()) {
            if (!other.equals(own)) {
                assertThat(open(other)).as(other).isInstanceOf(AccessDeniedView.class);
            }
        }
    }

    private static void assertShows(Component view, String home) {
        assertThat(view.getElement().getClassList()).as(home).contains(HOMES.get(home));
    }

    /** Navigates like a click on a link would, and returns whatever view access control let through. */
    private Component open(String path) {
        UI.getCurrent().navigate(path);
        return UI.getCurrent().getCurrentView();
    }
}
