package com.empathycoach.web.reporting.ui;

import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.TeamHeadcount;
import com.empathycoach.web.layout.EmptyState;
import com.empathycoach.web.security.CurrentUser;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** HR's start page: how many agents and coaches each team has. */
@Route("hr")
@PageTitle("Organisation | Empathy Coach")
@Menu(order = 20, title = "menu.hr.home", icon = "vaadin:chart")
@RolesAllowed({"HR", "ADMIN"})
public class HrHomeView extends VerticalLayout {

    public HrHomeView(CurrentUser currentUser, IdentityFacade identity) {
        addClassName("hr-home");
        setSizeFull();
        add(new H2(getTranslation("hr.home.title")));
        List<TeamHeadcount> rows = identity.headcountPerTeam(currentUser.actor());
        if (rows.isEmpty()) {
            Paragraph empty = EmptyState.of(getTranslation("hr.home.empty"));
            add(empty);
            return;
        }
        long agents = rows.stream().mapToLong(TeamHeadcount::agents).sum();
        add(new Paragraph(getTranslation("hr.home.summary", rows.size(), agents)));
        Grid<TeamHeadcount> grid = new Grid<>(TeamHeadcount.class, false);
        grid.setAriaLabel(getTranslation("hr.home.title"));
        grid.addColumn(TeamHeadcount::teamName).setHeader(getTranslation("hr.home.team")).setSortable(true).setFlexGrow(2);
        grid.addColumn(TeamHeadcount::agents).setHeader(getTranslation("hr.home.agents")).setSortable(true);
        grid.addColumn(TeamHeadcount::coaches).setHeader(getTranslation("hr.home.coaches")).setSortable(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.setItems(rows);
        add(grid);
    }
}
