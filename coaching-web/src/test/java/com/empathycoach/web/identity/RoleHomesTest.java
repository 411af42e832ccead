package com.empathycoach.web.identity;

import com.empathycoach.web.coaching.ui.CoachHomeView;
import com.empathycoach.web.home.ui.AgentHomeView;
import com.empathycoach.web.identity.ui.AdminUsersView;
import com.empathycoach.web.security.ui.LoginView;
import com.empathycoach.web.layout.AccessDeniedView;
import com.empathycoach.web.layout.RootView;
import com.empathycoach.web.reporting.ui.HrHomeView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each role reaches its own home and is refused the homes of the others. */
@SpringBootTest
@ActiveProfiles("test")
class RoleHomesTest extends SpringBrowserlessTest {

    private static final List<Class<? extends Component>> HOMES =
            List.of(AgentHomeView.class, CoachHomeView.class, HrHomeView.class, AdminUsersView.class);

    @Test
    @WithUserDetails("amara")
    void agentReachesAgentHomeOnly() {
        assertOnlyReaches(AgentHomeView.class);
    }

    @Test
    @WithUserDetails("samira")
    void coachReachesCoachHomeOnly() {
        assertOnlyReaches(CoachHomeView.class);
    }

    @Test
    @WithUserDetails("priya")
    void hrReachesHrHomeOnly() {
        assertOnlyReaches(HrHomeView.class);
    }

    @Test
    @WithUserDetails("admin")
    void adminReachesUserListAndHrOverviewButNotAgentOrCoachHomes() {
        assertThat(open(AdminUsersView.class)).isInstanceOf(AdminUsersView.class);
        assertThat(open(HrHomeView.class)).isInstanceOf(HrHomeView.class);
        for (Class<? extends Component> refused : List.of(AgentHomeView.class, CoachHomeView.class)) {
            open(refused);
            assertThat(currentView()).as(refused.getSimpleName()).isInstanceOf(AccessDeniedView.class);
        }
    }

    @Test
    @WithUserDetails("admin")
    void adminUserListLoadsLazilyAndFilters() {
        AdminUsersView view = navigate(AdminUsersView.class);
        @SuppressWarnings("unchecked")
        Grid<Object> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isGreaterThanOrEqualTo(16);
        test($(com.vaadin.flow.component.textfield.TextField.class).single()).setValue("samira");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(view).isNotNull();
    }

    @Test
    @WithAnonymousUser
    void anonymousIsSentToLogin() {
        for (Class<? extends Component> home : HOMES) {
            open(home);
            assertThat(currentView()).as(home.getSimpleName()).isInstanceOf(LoginView.class);
        }
    }

    @Test
    @WithUserDetails("tomas")
    void rootSendsCoachToCoachHome() {
        assertThat(open(RootView.class)).isInstanceOf(CoachHomeView.class);
    }

    private void assertOnlyReaches(Class<? extends Component> own) {
        assertThat(open(own)).isInstanceOf(own);
        for (Class<? extends Component> other : HOMES) {
            if (other == own) {
                continue;
            }
            open(other);
            assertThat(currentView()).as(other.getSimpleName()).isInstanceOf(AccessDeniedView.class);
        }
    }

    /** Navigates like a click on a link would, and returns whatever view access control let through. */
    private Component open(Class<? extends Component> view) {
        UI.getCurrent().navigate(view);
        return currentView();
    }

    private Component currentView() {
        return UI.getCurrent().getCurrentView();
    }
}
