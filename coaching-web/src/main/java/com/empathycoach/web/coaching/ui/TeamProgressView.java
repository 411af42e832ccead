package com.empathycoach.web.coaching.ui;

import com.empathycoach.web.shared.Formats;
import com.empathycoach.web.shared.LocalizedTitle;
import com.empathycoach.core.coaching.Assignment;
import com.empathycoach.core.coaching.CoachingFacade;
import com.empathycoach.core.coaching.NotesFacade;
import com.empathycoach.core.coaching.ProgressFacade;
import com.empathycoach.core.coaching.ProgressViews.AgentRow;
import com.empathycoach.core.coaching.ProgressViews.Cell;
import com.empathycoach.core.coaching.ProgressViews.Status;
import com.empathycoach.core.coaching.ProgressViews.TeamProgress;
import com.empathycoach.core.identity.TeamSummary;
import com.empathycoach.web.shared.EmptyState;
import com.empathycoach.web.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Agents by assigned items: status (not started, in progress, done, overdue), score and last activity.
 * Filter by status, sort by any column, and open one agent for their attempts, transcripts and misses.
 */
@Route("coach/progress")
@Menu(order = 13, title = "menu.coach.progress", icon = "vaadin:table")
@RolesAllowed("COACH")
public class TeamProgressView extends VerticalLayout implements LocalizedTitle {

    private final transient CurrentUser currentUser;
    private final transient ProgressFacade progress;
    private final Select<TeamSummary> team = new Select<>();
    private final Select<Optional<Status>> filter = new Select<>();
    private final Div area = new Div();

    public TeamProgressView(CurrentUser currentUser, CoachingFacade coaching, ProgressFacade progress, NotesFacade notes) {
        this.currentUser = currentUser;
        this.progress = progress;
        addClassName("team-progress");
        add(new H2(getTranslation("coaching.progress.title")));
        var waiting = notes.awaitingAcknowledgement(currentUser.actor());
        if (!waiting.isEmpty()) {
            Div box = new Div(new Span(getTranslation("notes.waiting.title", notes.acknowledgeWithin().toDays())));
            box.addClassName("notes-waiting");
            DateTimeFormatter date = Formats.date(getLocale());
            waiting.forEach(n -> {
                RouterLink link = new RouterLink(getTranslation("notes.waiting.line", n.agentName(),
                        date.format(n.createdAt().atZone(ZoneId.systemDefault()))), AgentProgressView.class,
                        new RouteParameters("agentId", String.valueOf(n.agentId())));
                box.add(new Div(link));
            });
            add(box);
        }
        List<TeamSummary> teams = coaching.myTeams(currentUser.actor());
        if (teams.isEmpty()) {
            add(EmptyState.of(getTranslation("coach.home.empty")));
            return;
        }
        team.setLabel(getTranslation("coaching.assign.team"));
        team.setItems(teams);
        team.setItemLabelGenerator(TeamSummary::name);
        filter.setLabel(getTranslation("coaching.progress.filter"));
        filter.setItems(Optional.empty(), Optional.of(Status.OVERDUE), Optional.of(Status.NOT_STARTED),
                Optional.of(Status.IN_PROGRESS), Optional.of(Status.MET), Optional.of(Status.LATE));
        filter.setItemLabelGenerator(s -> s.map(x -> getTranslation("coaching.status." + x))
                .orElse(getTranslation("coaching.progress.all")));
        filter.setValue(Optional.empty());
        filter.addClassName("progress-filter");
        team.addValueChangeListener(e -> refresh());
        filter.addValueChangeListener(e -> refresh());
        area.setWidthFull();
        add(new HorizontalLayout(team, filter), area);
        team.setValue(teams.getFirst());
    }

    private void refresh() {
        area.removeAll();
        TeamProgress data = progress.team(currentUser.actor(), team.getValue().id(), getLocale());
        if (data.assignments().isEmpty()) {
            area.add(EmptyState.of(getTranslation("coaching.progress.noAssignments")));
            return;
        }
        Optional<Status> wanted = filter.getValue() == null ? Optional.empty() : filter.getValue();
        List<AgentRow> rows = data.agents().stream()
                .filter(r -> wanted.isEmpty() || r.cells().values().stream().anyMatch(c -> c.status() == wanted.get()))
                .toList();
        Grid<AgentRow> grid = new Grid<>();
        grid.addClassName("progress-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(getTranslation("coaching.progress.title"));
        grid.addComponentColumn(r -> {
            RouterLink link = new RouterLink(r.name(), AgentProgressView.class,
                    new RouteParameters("agentId", String.valueOf(r.agentId())));
            link.addClassName("agent-link");
            return link;
        }).setHeader(getTranslation("coaching.progress.agent")).setComparator(AgentRow::name).setSortable(true)
                .setFrozen(true).setAutoWidth(true);
        for (Assignment a : data.assignments()) {
            grid.addComponentColumn(r -> cell(r.cells().get(a.id())))
                    .setHeader(header(a)).setAutoWidth(true)
                    .setComparator(Comparator.comparing(r -> order(r.cells().get(a.id())))).setSortable(true);
        }
        grid.addColumn(r -> r.done() + " / " + r.cells().size())
                .setHeader(getTranslation("coaching.assignments.progress")).setTextAlign(ColumnTextAlign.END)
                .setComparator(AgentRow::done).setSortable(true).setAutoWidth(true);
        ZoneId zone = ZoneId.systemDefault();
        DateTimeFormatter when = Formats.dateTime(getLocale());
        grid.addColumn(r -> r.lastActivity() == null ? getTranslation("coaching.progress.never")
                        : when.format(r.lastActivity().atZone(zone)))
                .setHeader(getTranslation("coaching.progress.lastActivity"))
                .setComparator(Comparator.comparing(AgentRow::lastActivity, Comparator.nullsFirst(Comparator.naturalOrder())))
                .setSortable(true).setAutoWidth(true);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("coaching.progress.noneMatch"));
        area.add(grid);
    }

    private Component header(Assignment a) {
        Span title = new Span(a.title());
        title.getElement().setAttribute("title", a.title());
        Span due = new Span(getTranslation("coaching.progress.due",
                Formats.date(getLocale()).format(a.dueOn())));
        due.addClassName("progress-due");
        Div header = new Div(title, due);
        header.addClassName("progress-header");
        return header;
    }

    private Component cell(Cell cell) {
        if (cell == null) {
            Span none = new Span("\u2014");
            none.getElement().setAttribute("aria-label", getTranslation("coaching.progress.notAssigned"));
            return none;
        }
        String text = getTranslation("coaching.status." + cell.status())
                + (cell.score() == null ? "" : " \u00B7 " + cell.score() + "%");
        Span span = new Span(text);
        span.addClassName("status-cell");
        span.getElement().getThemeList().add(switch (cell.status()) {
            case MET -> "badge success";
            case LATE -> "badge success contrast";
            case OVERDUE -> "badge error";
            case IN_PROGRESS -> "badge";
            case NOT_STARTED -> "badge contrast";
        });
        return span;
    }

    private static int order(Cell cell) {
        return cell == null ? -1 : cell.status().ordinal();
    }

    @Override
    public String titleKey() {
        return "title.teamProgressView";
    }
}
