package com.empathycoach.web.reporting.ui;

import com.empathycoach.web.shared.Formats;
import com.empathycoach.core.reporting.Dashboard;
import com.empathycoach.core.reporting.Dashboard.Figures;
import com.empathycoach.core.reporting.Dashboard.Group;
import com.empathycoach.web.shared.EmptyState;
import com.empathycoach.web.shared.ChartJs;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The dashboard's figures: headline numbers, charts, and the same figures as tables. */
class DashboardPanel extends Div {

    private final NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
    private final NumberFormat one = NumberFormat.getNumberInstance(getLocale());

    DashboardPanel(Dashboard dashboard) {
        addClassName("dashboard");
        one.setMaximumFractionDigits(1);
        Figures totals = dashboard.totals();
        if (totals.assigned() == 0) {
            add(EmptyState.of(getTranslation("hr.dashboard.empty")));
            return;
        }
        Div kpis = new Div(kpi("hr.kpi.rate", percent.format(totals.completionRate())),
                kpi("hr.kpi.completed", getTranslation("hr.kpi.completedOf", totals.completed(), totals.assigned())),
                kpi("hr.kpi.overdue", String.valueOf(totals.overdue())),
                kpi("hr.kpi.score", totals.averageScore() == null ? "\u2014" : one.format(totals.averageScore())));
        kpis.addClassName("kpis");
        add(kpis);
        add(new H3(getTranslation("hr.dashboard.byTeam")), rateChart(dashboard.byTeam(), "hr.chart.byTeam"),
                groupGrid(dashboard.byTeam(), "team-figures"));
        add(new H3(getTranslation("hr.dashboard.byModule")), rateChart(dashboard.byModule(), "hr.chart.byModule"),
                groupGrid(dashboard.byModule(), "module-figures"));
        add(new H3(getTranslation("hr.dashboard.weekly")), weeklyChart(dashboard), weeklyGrid(dashboard));
    }

    private Div kpi(String labelKey, String value) {
        Span number = new Span(value);
        number.addClassName("kpi-value");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("kpi-label");
        Div box = new Div(number, label);
        box.addClassName("kpi");
        return box;
    }

    private ChartJs rateChart(List<Group> groups, String labelKey) {
        ChartJs chart = new ChartJs(getTranslation(labelKey));
        chart.setConfig(Map.of("type", "bar",
                "data", Map.of("labels", groups.stream().map(Group::name).toList(),
                        "datasets", List.of(Map.of("label", getTranslation("hr.col.rate"), "colour", "--lumo-primary-color",
                                "data", groups.stream().map(g -> Math.round(g.figures().completionRate() * 100)).toList()))),
                "options", Map.of("indexAxis", "y", "scales", Map.of("x", Map.of("min", 0, "max", 100)))));
        return chart;
    }

    private Grid<Group> groupGrid(List<Group> groups, String className) {
        Grid<Group> grid = new Grid<>();
        grid.addClassName(className);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(Group::name).setHeader(getTranslation("hr.col.name")).setFlexGrow(3).setSortable(true);
        grid.addColumn(g -> g.figures().assigned()).setHeader(getTranslation("hr.col.assigned")).setSortable(true);
        grid.addColumn(g -> g.figures().completed()).setHeader(getTranslation("hr.col.completed")).setSortable(true);
        grid.addColumn(g -> percent.format(g.figures().completionRate())).setHeader(getTranslation("hr.col.rate"))
                .setComparator(g -> g.figures().completionRate());
        grid.addColumn(g -> g.figures().overdue()).setHeader(getTranslation("hr.col.overdue")).setSortable(true);
        grid.addColumn(g -> g.figures().averageScore() == null ? "\u2014" : one.format(g.figures().averageScore()))
                .setHeader(getTranslation("hr.col.score"));
        grid.setItems(groups);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private ChartJs weeklyChart(Dashboard dashboard) {
        DateTimeFormatter week = Formats.date(getLocale());
        ChartJs chart = new ChartJs(getTranslation("hr.chart.weekly"));
        chart.setConfig(Map.of("type", "line",
                "data", Map.of("labels", dashboard.weekly().stream().map(w -> week.format(w.weekStart())).toList(),
                        "datasets", List.of(
                                Map.of("label", getTranslation("hr.col.assigned"), "colour", "--lumo-contrast-80pct",
                                        "borderDash", List.of(8, 4), "pointStyle", "rect", "pointRadius", 4,
                                        "data", dashboard.weekly().stream().map(Dashboard.Week::assigned).toList()),
                                Map.of("label", getTranslation("hr.col.completed"), "colour", "--lumo-success-text-color",
                                        "pointStyle", "circle", "pointRadius", 4,
                                        "data", dashboard.weekly().stream().map(Dashboard.Week::completed).toList()))),
                "options", Map.of("scales", Map.of("y", Map.of("min", 0)))));
        return chart;
    }

    private Grid<Dashboard.Week> weeklyGrid(Dashboard dashboard) {
        DateTimeFormatter week = Formats.date(getLocale());
        Grid<Dashboard.Week> grid = new Grid<>();
        grid.addClassName("weekly-figures");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(w -> week.format(w.weekStart())).setHeader(getTranslation("hr.col.week"));
        grid.addColumn(Dashboard.Week::assigned).setHeader(getTranslation("hr.col.assigned"));
        grid.addColumn(Dashboard.Week::completed).setHeader(getTranslation("hr.col.completed"));
        grid.setItems(dashboard.weekly());
        grid.setAllRowsVisible(true);
        return grid;
    }
}
