package com.empathycoach.web.roleplay.ui;

import com.empathycoach.web.shared.LocalizedTitle;
import com.empathycoach.core.roleplay.RolePlayFacade;
import com.empathycoach.core.roleplay.RolePlayViews.ScenarioCard;
import com.empathycoach.web.shared.EmptyState;
import com.empathycoach.web.security.CurrentUser;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** Every role-play scenario with the learner's record in it. */
@Route("roleplay")
@Menu(order = 2, title = "menu.roleplay", icon = "vaadin:comments-o")
@RolesAllowed({"AGENT", "COACH"})
class RolePlayCatalogueView extends VerticalLayout implements LocalizedTitle {

    RolePlayCatalogueView(CurrentUser currentUser, RolePlayFacade rolePlays) {
        addClassName("roleplay-catalogue");
        add(new H2(getTranslation("roleplay.catalogue.title")),
                new Paragraph(getTranslation("roleplay.catalogue.intro")));
        List<ScenarioCard> scenarios = rolePlays.catalogue(currentUser.actor(), getLocale());
        if (scenarios.isEmpty()) {
            add(EmptyState.of(getTranslation("roleplay.catalogue.empty")));
            return;
        }
        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassName("card-grid");
        scenarios.forEach(s -> cards.add(card(s)));
        add(cards);
    }

    private Card card(ScenarioCard scenario) {
        Card card = new Card();
        card.addClassName("scenario-card");
        RouterLink link = new RouterLink(scenario.title(), RolePlayView.class,
                new RouteParameters("scenarioId", scenario.scenarioId()));
        link.addClassName("scenario-link");
        card.setTitle(link);
        card.setSubtitle(new Span(getTranslation("roleplay.catalogue.with", getTranslation("channel." + scenario.channel()),
                scenario.personaName())));
        card.add(new Paragraph(scenario.summary()));
        Span status = new Span(scenario.openPlay() ? getTranslation("roleplay.catalogue.open")
                : scenario.completedPlays() == 0 ? getTranslation("roleplay.catalogue.new")
                : getTranslation("roleplay.catalogue.played", scenario.completedPlays(), scenario.bestOverall()));
        status.addClassName("progress-label");
        card.add(status);
        return card;
    }

    @Override
    public String titleKey() {
        return "title.rolePlayCatalogueView";
    }
}
