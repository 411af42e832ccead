package com.empathycoach.web.interaction.ui;

import com.empathycoach.core.interaction.QaOverviewFacade;
import com.empathycoach.core.interaction.QaOverviewFacade.AgentCoverage;
import com.empathycoach.core.interaction.QaOverviewFacade.MonthPoint;
import com.empathycoach.core.interaction.QaOverviewFacade.TeamCoverage;
import com.empathycoach.core.interaction.QaOverviewFacade.TeamTrend;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.web.security.CurrentUser;
import com.empathycoach.web.shared.EmptyState;
import com.empathycoach.web.shared.Formats;
import com.empathycoach.web.shared.LocalizedTitle;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

/**
 * QA coverage (share of each team's agents with at least N interactions scored by a coach in a month) and score
 * trends by team: coaches see their teams, HR and admins every team.
 */
@Route("qa")
@Menu(order = 15.5, title = "menu.qa", icon = "vaadin:clipboard-check")
@RolesAllowed({"COACH", "HR", "ADMIN"})
class QaOverviewView extends VerticalLayout implements LocalizedTitle {

    static final int TREND_MONTHS = 6;

    private final transient CurrentUser currentUser;
    private final transient QaOverviewFacade qa;
    private final Div coverage = new Div();

    QaOverviewView(CurrentUser currentUser, QaOverviewFacade qa) {
        this.currentUser = currentUser;
        this.qa = qa;
        addClassName("qa-overview-view");
        add(new H2(getTranslation("qa.title")), new H3(getTranslation("qa.coverage")));
        Select<YearMonth> month = new Select<>();
        month.setLabel(getTranslation("qa.month"));
        YearMonth now = qa.thisMonth();
        month.setItems(IntStream.range(0, TREND_MONTHS).mapToObj(now::minusMonths).toList());
        month.setItemLabelGenerator(this::monthLabel);
        month.setValue(now);
        month.addClassName("qa-month");
        month.setWidth("min(100%, 20rem)");
        IntegerField minimum = new IntegerField(getTranslation("qa.minimum"));
        minimum.setMin(1);
        minimum.setMax(50);
        minimum.setStepButtonsVisible(true);
        minimum.setValue(qa.defaultMinimum());
        minimum.setHelperText(getTranslation("qa.minimumHelp"));
        minimum.addClassName("qa-minimum");
        minimum.setWidth("min(100%, 20rem)");
        month.addValueChangeListener(e -> showCoverage(month.getValue(), minimum));
        minimum.addValueChangeListener(e -> showCoverage(month.getValue(), minimum));
        FlexLayout filters = new FlexLayout(month, minimum);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        coverage.addClassName("qa-coverage");
        coverage.setWidthFull();
        add(filters, coverage, trends());
        showCoverage(now, minimum);
    }

    private void showCoverage(YearMonth month, IntegerField minimum) {
        coverage.removeAll();
        Integer n = minimum.getValue();
        if (n == null || n < 1 || n > 50) {
            minimum.setErrorMessage(getTranslation("qa.minimumRange"));
            minimum.setInvalid(true);
            return;
        }
        minimum.setInvalid(false);
        List<TeamCoverage> teams = qa.coverage(currentUser.actor(), month, n);
        if (teams.isEmpty()) {
            coverage.add(EmptyState.of(getTranslation("qa.noTeams")));
            return;
        }
        Grid<TeamCoverage> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(TeamCoverage::team).setHeader(getTranslation("qa.team")).setFlexGrow(2);
        grid.addColumn(t -> getTranslation("qa.covered", t.covered(), t.agents().size()))
                .setHeader(getTranslation("qa.coveredHeader", n)).setFlexGrow(1);
        grid.addColumn(t -> t.percent() + " %").setHeader(getTranslation("qa.share")).setFlexGrow(1);
        grid.setItems(teams);
        grid.setAllRowsVisible(true);
        grid.addClassName("qa-coverage-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("qa.coverage"));
        coverage.add(grid);
        teams.stream().filter(t -> t.covered() < t.agents().size()).forEach(t -> coverage.add(missing(t)));
    }

    private Details missing(TeamCoverage team) {
        List<AgentCoverage> below = team.agents().stream().filter(a -> a.scored() < team.minimum()).toList();
        Div names = new Div();
        below.forEach(a -> names.add(new Paragraph(getTranslation("qa.agentScored", a.name(), a.scored()))));
        Details details = new Details(getTranslation("qa.notCovered", team.team(), below.size()), names);
        details.addClassName("qa-not-covered");
        details.setWidthFull();
        return details;
    }

    private Div trends() {
        Div section = new Div(new H3(getTranslation("qa.trends")), new Paragraph(getTranslation("qa.trendsHelp")));
        section.addClassName("qa-trends");
        section.setWidthFull();
        List<TeamTrend> trends = qa.trends(currentUser.actor(), TREND_MONTHS);
        if (trends.isEmpty()) {
            section.add(EmptyState.of(getTranslation("qa.noTeams")));
            return section;
        }
        for (TeamTrend team : trends) {
            Details details = new Details(team.team(), trendGrid(team));
            details.setWidthFull();
            section.add(details);
        }
        ((Details) section.getComponentAt(2)).setOpened(true);
        return section;
    }

    private Grid<MonthPoint> trendGrid(TeamTrend team) {
        NumberFormat one = Formats.oneDecimal(getLocale());
        Grid<MonthPoint> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(p -> monthLabel(p.month())).setHeader(getTranslation("qa.month")).setAutoWidth(true);
        grid.addColumn(MonthPoint::interactions).setHeader(getTranslation("qa.interactions")).setAutoWidth(true);
        grid.addColumn(p -> p.analyzerOverall() == null ? "\u2014" : String.valueOf(Math.round(p.analyzerOverall())))
                .setHeader(getTranslation("qa.analyzer")).setAutoWidth(true);
        grid.addColumn(MonthPoint::scorecards).setHeader(getTranslation("qa.scorecards")).setAutoWidth(true);
        for (EmpathyKey key : EmpathyKey.values()) {
            grid.addColumn(p -> p.coach().containsKey(key) ? one.format(p.coach().get(key)) : "\u2014")
                    .setHeader(getTranslation("key.short." + key.name())).setAutoWidth(true);
        }
        grid.setItems(team.months());
        grid.setAllRowsVisible(true);
        grid.addClassName("qa-trend-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("qa.trendLabel", team.team()));
        return grid;
    }

    private String monthLabel(YearMonth month) {
        return Formats.month(month, getLocale());
    }

    @Override
    public String titleKey() {
        return "title.qaOverviewView";
    }
}
