package com.empathycoach.web.coaching.ui;

import com.empathycoach.web.shared.Routes;
import com.empathycoach.web.shared.LocalizedTitle;
import com.empathycoach.core.feedback.SuggestionFacade;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.TeamMember;
import com.empathycoach.core.identity.TeamSummary;
import com.empathycoach.web.shared.EmptyState;
import com.empathycoach.web.security.CurrentUser;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** A coach's start page: the teams they coach and who is in them. */
@Route(Routes.COACH_HOME)
@Menu(order = 10, title = "menu.coach.home", icon = "vaadin:group")
@RolesAllowed("COACH")
class CoachHomeView extends VerticalLayout implements LocalizedTitle {

    CoachHomeView(CurrentUser currentUser, IdentityFacade identity, SuggestionFacade suggestions) {
        addClassName("coach-home");
        add(new SuggestionsPanel(suggestions, currentUser.actor()));
        add(new H2(getTranslation("coach.home.title")));
        List<TeamSummary> teams = identity.myCoachedTeams(currentUser.actor());
        if (teams.isEmpty()) {
            Paragraph empty = EmptyState.of(getTranslation("coach.home.empty"));
            add(empty);
            return;
        }
        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassName("card-grid");
        teams.forEach(team -> cards.add(teamCard(team)));
        add(cards);
    }

    private Card teamCard(TeamSummary team) {
        Card card = new Card();
        card.setTitle(team.name());
        card.setSubtitle(new Span(getTranslation("coach.home.agents", team.agents().size())));
        UnorderedList members = new UnorderedList();
        for (TeamMember agent : team.agents()) {
            ListItem item = new ListItem(agent.displayName());
            if (!agent.active()) {
                item.add(new Span(" " + getTranslation("coach.home.inactive")));
            }
            members.add(item);
        }
        if (team.agents().isEmpty()) {
            card.add(new Paragraph(getTranslation("coach.home.noAgents")));
        } else {
            card.add(members);
        }
        return card;
    }

    @Override
    public String titleKey() {
        return "title.coachHomeView";
    }
}
