package com.empathycoach.web.layout;

import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.web.security.CurrentUser;
import com.empathycoach.web.shared.Routes;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** The start page: sends each person to the home of their first role. */
@Route("")
@PermitAll
class RootView extends Div implements BeforeEnterObserver {

    private final transient CurrentUser currentUser;

    RootView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Actor actor = currentUser.actor();
        if (actor.has(Role.AGENT)) {
            event.forwardTo(Routes.AGENT_HOME);
        } else if (actor.has(Role.COACH)) {
            event.forwardTo(Routes.COACH_HOME);
        } else if (actor.has(Role.HR)) {
            event.forwardTo(Routes.HR_HOME);
        } else if (actor.has(Role.ADMIN)) {
            event.forwardTo(Routes.ADMIN_USERS);
        }
    }
}
