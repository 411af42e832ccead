package com.empathycoach.web.reporting.ui;

import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.HeadcountOrder;
import com.empathycoach.core.identity.HeadcountTotals;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.TeamHeadcount;
import com.empathycoach.web.shared.EmptyState;
import com.empathycoach.web.shared.Paging;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.provider.Query;

/** How many agents and coaches each team has, read page by page and sorted by the database. */
class HeadcountGrid extends Div {

    HeadcountGrid(IdentityFacade identity, Actor actor) {
        HeadcountTotals totals = identity.headcountTotals(actor);
        if (totals.teams() == 0) {
            add(EmptyState.of(getTranslation("hr.home.empty")));
            return;
        }
        add(new Paragraph(getTranslation("hr.home.summary", totals.teams(), totals.agents())));
        Grid<TeamHeadcount> grid = new Grid<>(TeamHeadcount.class, false);
        grid.addClassName("headcount-grid");
        grid.setAriaLabel(getTranslation("hr.home.title"));
        grid.addColumn(TeamHeadcount::teamName).setHeader(getTranslation("hr.home.team"))
                .setSortProperty(HeadcountOrder.By.TEAM.name()).setFlexGrow(2);
        grid.addColumn(TeamHeadcount::agents).setHeader(getTranslation("hr.home.agents"))
                .setSortProperty(HeadcountOrder.By.AGENTS.name());
        grid.addColumn(TeamHeadcount::coaches).setHeader(getTranslation("hr.home.coaches"))
                .setSortProperty(HeadcountOrder.By.COACHES.name());
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("24rem");
        grid.setItems(query -> identity.headcountPerTeam(actor, order(query), Paging.page(query)).stream(),
                query -> (int) identity.headcountTotals(actor).teams());
        add(grid);
    }

    private static HeadcountOrder order(Query<TeamHeadcount, Void> query) {
        return Paging.sorted(query).map(s -> new HeadcountOrder(HeadcountOrder.By.valueOf(s.property()), s.descending()))
                .orElse(HeadcountOrder.BY_TEAM);
    }
}
