package com.empathycoach.web.home.ui;

import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.TeamSummary;
import com.empathycoach.core.identity.UserAccount;
import com.empathycoach.core.shared.Actor;
import com.empathycoach.web.security.CurrentUser;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** An agent's start page: who they are, their team, and what to do next. */
@Route("agent")
@PageTitle("Home | Empathy Coach")
@Menu(order = 0, title = "menu.agent.home", icon = "vaadin:home")
@RolesAllowed("AGENT")
public class AgentHomeView extends VerticalLayout {

    public AgentHomeView(CurrentUser currentUser, IdentityFacade identity) {
        addClassName("agent-home");
        Actor actor = currentUser.actor();
        UserAccount me = identity.me(actor);
        add(new H2(getTranslation("agent.home.greeting", me.firstName())));

        List<TeamSummary> teams = identity.myTeams(actor);
        add(new Paragraph(teams.isEmpty()
                ? getTranslation("agent.home.noTeam")
                : getTranslation("agent.home.team", String.join(", ", teams.stream().map(TeamSummary::name).toList()))));
        Paragraph empty = new Paragraph(getTranslation("agent.home.empty"));
        empty.addClassName("empty-state");
        add(empty);
    }
}
