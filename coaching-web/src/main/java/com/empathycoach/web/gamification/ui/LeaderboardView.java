package com.empathycoach.web.gamification.ui;

import com.empathycoach.web.shared.LocalizedTitle;
import com.empathycoach.core.gamification.GamificationFacade;
import com.empathycoach.core.gamification.GamificationFacade.Leaderboard;
import com.empathycoach.core.gamification.GamificationFacade.Row;
import com.empathycoach.core.gamification.LeaderboardStore.Period;
import com.empathycoach.core.gamification.LeaderboardStore.Scope;
import com.empathycoach.core.gamification.LeaderboardStore.TeamEntry;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.web.shared.EmptyState;
import com.empathycoach.web.shared.Paging;
import com.empathycoach.web.security.CurrentUser;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/**
 * Leaderboards: my team, the organisation, or teams by average XP; this week or all time. Shows the
 * top 10, the two places above and below the viewer, and the viewer's own rank.
 */
@Route("leaderboard")
@Menu(order = 4, title = "menu.leaderboard", icon = "vaadin:trophy")
@RolesAllowed({"AGENT", "COACH"})
class LeaderboardView extends VerticalLayout implements LocalizedTitle {

    private final transient CurrentUser currentUser;
    private final transient GamificationFacade gamification;
    /** Which board: the agent's team, the whole organisation, or teams against each other. */
    enum Board { TEAM, ORGANISATION, TEAMS }

    private final RadioButtonGroup<Board> scope = new RadioButtonGroup<>();
    private final RadioButtonGroup<Period> periodChoice = new RadioButtonGroup<>();
    private final Div board = new Div();
    private final Checkbox showMe = new Checkbox();

    LeaderboardView(CurrentUser currentUser, GamificationFacade gamification) {
        this.currentUser = currentUser;
        this.gamification = gamification;
        addClassName("leaderboard");
        // Radio groups rather than tabs: they switch what one board shows, which is what a radio group says.
        scope.setLabel(getTranslation("board.scope.label"));
        scope.setItems(Board.values());
        scope.setItemLabelGenerator(b -> getTranslation(switch (b) {
            case TEAM -> "board.scope.team";
            case ORGANISATION -> "board.scope.organisation";
            case TEAMS -> "board.scope.teams";
        }));
        scope.setValue(Board.TEAM);
        scope.addClassName("board-scope");
        periodChoice.setLabel(getTranslation("board.period.label"));
        periodChoice.setItems(Period.WEEK, Period.ALL_TIME);
        periodChoice.setItemLabelGenerator(p -> getTranslation(p == Period.WEEK ? "board.period.week" : "board.period.all"));
        periodChoice.setValue(Period.WEEK);
        periodChoice.addClassName("board-period");
        scope.addValueChangeListener(e -> refresh());
        periodChoice.addValueChangeListener(e -> refresh());
        board.addClassName("board");
        showMe.setLabel(getTranslation("board.showMe"));
        showMe.addClassName("board-show-me");
        showMe.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                gamification.showOnBoards(actor(), e.getValue());
                refresh();
            }
        });
        Paragraph ties = new Paragraph(getTranslation("board.ties"));
        ties.addClassName("hint");
        HorizontalLayout choices = new HorizontalLayout(scope, periodChoice);
        choices.setWrap(true);
        add(new H2(getTranslation("board.title")), choices, board, showMe, ties);
        refresh();
    }

    private void refresh() {
        board.removeAll();
        Period period = periodChoice.getValue() == null ? Period.WEEK : periodChoice.getValue();
        if (scope.getValue() == Board.TEAMS) {
            showTeams(period);
            return;
        }
        Leaderboard lb = gamification.leaderboard(actor(), scope.getValue() != Board.ORGANISATION ? Scope.TEAM
                : Scope.ORGANISATION, period, getLocale());
        showMe.setValue(lb.shownPublicly());
        if (lb.anonymous()) {
            board.add(new Paragraph(getTranslation("board.anonymous")));
        }
        if (!lb.hasTeam()) {
            board.add(EmptyState.of(getTranslation("board.noTeam")));
            return;
        }
        if (lb.top().isEmpty()) {
            board.add(EmptyState.of(getTranslation(period == Period.WEEK ? "board.empty.week" : "board.empty.all")));
        } else {
            board.add(grid(lb.top(), "board-top"));
        }
        if (!lb.around().isEmpty()) {
            Paragraph gap = new Paragraph(getTranslation("board.around"));
            gap.addClassName("board-gap");
            board.add(gap, grid(lb.around(), "board-around"));
        }
        Paragraph me = new Paragraph(lb.me().map(s -> getTranslation(lb.shownPublicly() ? "board.me" : "board.meHidden",
                s.rank(), s.xp())).orElse(getTranslation("board.meNone")));
        me.addClassName("board-my-rank");
        me.getElement().setAttribute("role", "status");
        board.add(me);
    }

    private Grid<Row> grid(List<Row> rows, String className) {
        Grid<Row> grid = new Grid<>();
        grid.addClassName(className);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(r -> "#" + r.rank()).setHeader(getTranslation("board.rank")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Row::name).setHeader(getTranslation("board.name"));
        grid.addColumn(Row::xp).setHeader(getTranslation("board.xp")).setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(r -> r.me() ? "board-me" : null);
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** Teams by average XP: one row per team, so read page by page. */
    private void showTeams(Period period) {
        if (gamification.teamBoardSize(actor(), period) == 0) {
            board.add(EmptyState.of(getTranslation("board.noTeams")));
            return;
        }
        Grid<TeamEntry> grid = new Grid<>();
        grid.addClassName("board-teams");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        grid.addColumn(t -> "#" + t.rank()).setHeader(getTranslation("board.rank")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TeamEntry::name).setHeader(getTranslation("board.team"));
        grid.addColumn(TeamEntry::members).setHeader(getTranslation("board.members")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TeamEntry::averageXp).setHeader(getTranslation("board.average")).setAutoWidth(true).setFlexGrow(0);
        grid.setHeight("24rem");
        grid.setItems(query -> gamification.teamBoard(actor(), period, Paging.page(query)).stream(),
                query -> gamification.teamBoardSize(actor(), period));
        Paragraph note = new Paragraph(getTranslation("board.teamsNote"));
        note.addClassName("hint");
        board.add(grid, note);
    }

    private Actor actor() {
        return currentUser.actor();
    }

    @Override
    public String titleKey() {
        return "title.leaderboardView";
    }
}
