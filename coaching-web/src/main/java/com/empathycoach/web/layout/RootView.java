package com.empathycoach.web.layout;

import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.web.coaching.ui.CoachHomeView;
import com.empathycoach.web.home.ui.AgentHomeView;
import com.empathycoach.web.identity.ui.AdminUsersView;
import com.empathycoach.web.reporting.ui.HrHomeView;
import com.empathycoach.web.security.CurrentUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The start page: sends each person to the home of their first role. */
@Route("")
@PermitAll
public class RootView extends Div implements BeforeEnterObserver {

    private final transient CurrentUser currentUser;

    public RootView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Actor actor = currentUser.actor();
        if (actor.has(Role.AGENT)) {
            event.forwardTo(AgentHomeView.class);
        } else if (actor.has(Role.COACH)) {
            event.forwardTo(CoachHomeView.class);
        } else if (actor.has(Role.HR)) {
            event.forwardTo(HrHomeView.class);
        } else if (actor.has(Role.ADMIN)) {
            event.forwardTo(AdminUsersView.class);
        }
    }
}
