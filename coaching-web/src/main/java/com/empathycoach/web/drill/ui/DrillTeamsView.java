package com.empathycoach.web.drill.ui;

import com.empathycoach.core.drill.DrillReportFacade;
import com.empathycoach.core.drill.DrillReportFacade.TeamDrill;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.web.security.CurrentUser;
import com.empathycoach.web.shared.EmptyState;
import com.empathycoach.web.shared.LocalizedTitle;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** Drill participation and predicted recall per key, by team: coaches see their teams, HR every team. */
@Route("drill/teams")
@Menu(order = 12.5, title = "menu.drillTeams", icon = "vaadin:bolt")
@RolesAllowed({"COACH", "HR"})
class DrillTeamsView extends VerticalLayout implements LocalizedTitle {

    DrillTeamsView(CurrentUser currentUser, DrillReportFacade reports) {
        addClassName("drill-teams");
        add(new H2(getTranslation("drill.teams.title")), new Paragraph(getTranslation("drill.teams.intro",
                DrillReportFacade.RECENT.toDays())));
        List<TeamDrill> teams = reports.teams(currentUser.actor());
        if (teams.isEmpty()) {
            add(EmptyState.of(getTranslation("drill.teams.empty")));
            return;
        }
        Grid<TeamDrill> grid = new Grid<>();
        grid.addClassName("drill-teams-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(TeamDrill::name).setHeader(getTranslation("drill.teams.team")).setFlexGrow(2).setSortable(true);
        grid.addColumn(t -> getTranslation("drill.teams.drilled", t.drilledRecently(), t.agents()))
                .setHeader(getTranslation("drill.teams.participation")).setAutoWidth(true)
                .setComparator(t -> t.agents() == 0 ? 0 : (double) t.drilledRecently() / t.agents());
        for (EmpathyKey key : EmpathyKey.values()) {
            grid.addColumn(t -> t.retention().containsKey(key) ? t.retention().get(key) + " %" : "–")
                    .setHeader(getTranslation("drill.teams.retention", getTranslation("key." + key.name())))
                    .setAutoWidth(true).setComparator(t -> t.retention().getOrDefault(key, -1));
        }
        grid.setItems(teams);
        grid.setAllRowsVisible(true);
        add(grid, new Paragraph(getTranslation("drill.teams.explain")));
    }

    @Override
    public String titleKey() {
        return "title.drillTeamsView";
    }
}
