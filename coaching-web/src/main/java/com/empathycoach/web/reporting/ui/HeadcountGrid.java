package com.empathycoach.web.reporting.ui;

import com.empathycoach.core.identity.TeamHeadcount;
import com.empathycoach.web.shared.EmptyState;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import java.util.List;

/** How many agents and coaches each team has. */
class HeadcountGrid extends Div {

    HeadcountGrid(List<TeamHeadcount> rows) {
        if (rows.isEmpty()) {
            add(EmptyState.of(getTranslation("hr.home.empty")));
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
