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
import com.empathycoach.core.coaching.ProgressViews.AgentFilter;
import com.empathycoach.core.coaching.ProgressViews.AgentOrder;
import com.empathycoach.core.coaching.CoachingNote;
import com.empathycoach.core.identity.TeamSummary;
import com.empathycoach.web.shared.EmptyState;
import com.empathycoach.web.shared.Paging;
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
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Agents by assigned items: status (not started, in progress, done, overdue), score and last activity.
 * Filter by status, sort by any column, and open one agent for their attempts, transcripts and misses.
 */
@Route("coach/progress")
@Menu(order = 13, title = "menu.coach.progress", icon = "vaadin:table")
@RolesAllowed("COACH")
class TeamProgressView extends VerticalLayout implements LocalizedTitle {

    private static final String ASSIGNMENT = AgentOrder.By.ASSIGNMENT + ":";

    private final transient CurrentUser currentUser;
    private final transient CoachingFacade coaching;
    private final transient ProgressFacade progress;
    private final Select<TeamSummary> team = new Select<>();
    private final Select<Optional<Status>> filter = new Select<>();
    private final Div area = new Div();

    TeamProgressView(CurrentUser currentUser, CoachingFacade coaching, ProgressFacade progress, NotesFacade notes) {
        this.currentUser = currentUser;
        this.coaching = coaching;
        this.progress = progress;
        addClassName("team-progress");
        add(new H2(getTranslation("coaching.progress.title")));
        var waiting = notes.awaitingAcknowledgement(currentUser.actor());
        if (!waiting.isEmpty()) {
            add(waitingNotes(waiting, notes.acknowledgeWithin().toDays()));
        }
        List<TeamSummary> teams = coaching.myTeams(currentUser.actor());
        if (teams.isEmpty()) {
            add(EmptyState.of(getTranslation("coach.home.empty")));
            return;
        }
        team.setLabel(getTranslation("coaching.assign.team"));
        team.setItems(teams);
        team.setItemLabelGenerator(TeamSummary::name);
        configureFilter();
        team.addValueChangeListener(e -> refresh());
        filter.addValueChangeListener(e -> refresh());
        area.setWidthFull();
        HorizontalLayout filters = new HorizontalLayout(team, filter);
        filters.setWrap(true);
        add(filters, area);
        team.setValue(teams.getFirst());
    }

    /** Notes the agents have not acknowledged in the time allowed, each linking to the agent. */
    private Div waitingNotes(List<CoachingNote> waiting, long days) {
        Div box = new Div(new Span(getTranslation("notes.waiting.title", days)));
        box.addClassName("notes-waiting");
        DateTimeFormatter date = Formats.date(getLocale());
        waiting.forEach(n -> {
            RouterLink link = new RouterLink(getTranslation("notes.waiting.line", n.agentName(),
                    date.format(n.createdAt().atZone(ZoneId.systemDefault()))), AgentProgressView.class,
                    new RouteParameters("agentId", String.valueOf(n.agentId())));
            box.add(new Div(link));
        });
        return box;
    }

    private void configureFilter() {
        filter.setLabel(getTranslation("coaching.progress.filter"));
        filter.setItems(Optional.empty(), Optional.of(Status.OVERDUE), Optional.of(Status.NOT_STARTED),
                Optional.of(Status.IN_PROGRESS), Optional.of(Status.MET), Optional.of(Status.LATE));
        filter.setItemLabelGenerator(s -> s.map(x -> getTranslation("coaching.status." + x))
                .orElse(getTranslation("coaching.progress.all")));
        filter.setValue(Optional.empty());
        filter.addClassName("progress-filter");
    }

    private void refresh() {
        area.removeAll();
        long teamId = team.getValue().id();
        List<Assignment> assignments = coaching.teamAssignments(currentUser.actor(), teamId, getLocale());
        if (assignments.isEmpty()) {
            area.add(EmptyState.of(getTranslation("coaching.progress.noAssignments")));
            return;
        }
        AgentFilter wanted = new AgentFilter(filter.getValue() == null ? null : filter.getValue().orElse(null));
        Grid<AgentRow> grid = grid(assignments);
        // Agents are read page by page; filtering and sorting happen in core, where the statuses are decided.
        grid.setItems(query -> progress.agents(currentUser.actor(), teamId, wanted, order(query), Paging.page(query))
                .stream(), query -> progress.countAgents(currentUser.actor(), teamId, wanted));
        area.add(grid);
    }

    /** One row per agent: their name, a column per assignment, how much is done and when they were last active. */
    private Grid<AgentRow> grid(List<Assignment> assignments) {
        Grid<AgentRow> grid = new Grid<>();
        grid.addClassName("progress-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(getTranslation("coaching.progress.title"));
        grid.addComponentColumn(this::agentLink).setHeader(getTranslation("coaching.progress.agent"))
                .setSortProperty(AgentOrder.By.NAME.name()).setFrozen(true).setAutoWidth(true);
        for (Assignment a : assignments) {
            grid.addComponentColumn(r -> cell(r.cells().get(a.id())))
                    .setHeader(header(a)).setAutoWidth(true).setSortProperty(ASSIGNMENT + a.id());
        }
        grid.addColumn(r -> r.done() + " / " + r.cells().size())
                .setHeader(getTranslation("coaching.assignments.progress")).setTextAlign(ColumnTextAlign.END)
                .setSortProperty(AgentOrder.By.DONE.name()).setAutoWidth(true);
        ZoneId zone = ZoneId.systemDefault();
        DateTimeFormatter when = Formats.dateTime(getLocale());
        grid.addColumn(r -> r.lastActivity() == null ? getTranslation("coaching.progress.never")
                        : when.format(r.lastActivity().atZone(zone)))
                .setHeader(getTranslation("coaching.progress.lastActivity"))
                .setSortProperty(AgentOrder.By.LAST_ACTIVITY.name()).setAutoWidth(true);
        grid.setHeight("32rem");
        grid.setEmptyStateText(getTranslation("coaching.progress.noneMatch"));
        return grid;
    }

    private static AgentOrder order(Query<AgentRow, Void> query) {
        return Paging.sorted(query).map(s -> s.property().startsWith(ASSIGNMENT)
                        ? new AgentOrder(AgentOrder.By.ASSIGNMENT, Long.valueOf(s.property().substring(ASSIGNMENT.length())),
                        s.descending())
                        : new AgentOrder(AgentOrder.By.valueOf(s.property()), null, s.descending()))
                .orElse(AgentOrder.BY_NAME);
    }

    private RouterLink agentLink(AgentRow r) {
        RouterLink link = new RouterLink(r.name(), AgentProgressView.class,
                new RouteParameters("agentId", String.valueOf(r.agentId())));
        link.addClassName("agent-link");
        return link;
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
        String status = getTranslation("coaching.status." + cell.status());
        // "score" is said, so a score is not read as how far through the work the agent is.
        String text = cell.score() == null ? status : getTranslation("coaching.progress.cell", status, cell.score());
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

    @Override
    public String titleKey() {
        return "title.teamProgressView";
    }
}
