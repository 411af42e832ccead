package com.empathycoach.web.interaction.ui;

import com.empathycoach.core.interaction.CalibrationFacade;
import com.empathycoach.core.interaction.CalibrationFacade.SessionView;
import com.empathycoach.core.interaction.CalibrationStore.Rating;
import com.empathycoach.web.security.CurrentUser;
import com.empathycoach.web.shared.EmptyState;
import com.empathycoach.web.shared.Formats;
import com.empathycoach.web.shared.LocalizedTitle;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.util.List;

/** The calibration sessions a coach is part of: whose turn it is, and the way to each result. */
@Route(CalibrationListView.PATH)
@Menu(order = 15.7, title = "menu.calibration", icon = "vaadin:scale")
@RolesAllowed("COACH")
class CalibrationListView extends VerticalLayout implements LocalizedTitle {

    static final String PATH = "calibration";

    CalibrationListView(CurrentUser currentUser, CalibrationFacade calibration) {
        addClassName("calibration-list-view");
        add(new H2(getTranslation("calibration.title")), new Paragraph(getTranslation("calibration.intro")));
        List<SessionView> sessions = calibration.mine(currentUser.actor());
        if (sessions.isEmpty()) {
            add(EmptyState.of(getTranslation("calibration.empty")));
            return;
        }
        var when = Formats.date(getLocale());
        Grid<SessionView> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(v -> new RouterLink(v.session().agentName(), CalibrationView.class,
                new RouteParameters("sessionId", String.valueOf(v.session().id()))))
                .setHeader(getTranslation("interactions.agent")).setAutoWidth(true);
        grid.addColumn(v -> when.format(v.session().createdAt().atZone(ZoneId.systemDefault())))
                .setHeader(getTranslation("calibration.opened")).setAutoWidth(true);
        grid.addColumn(v -> v.session().ownerName()).setHeader(getTranslation("calibration.owner")).setAutoWidth(true);
        grid.addColumn(v -> getTranslation("calibration.scoredCount",
                        v.session().ratings().stream().filter(Rating::scored).count(), v.session().ratings().size()))
                .setHeader(getTranslation("calibration.scored")).setAutoWidth(true);
        grid.addColumn(v -> getTranslation(status(v))).setHeader(getTranslation("calibration.status")).setAutoWidth(true);
        grid.setItems(sessions);
        grid.setAllRowsVisible(true);
        grid.addClassName("calibration-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("calibration.title"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(PATH + "/" + e.getItem().session().id())));
        add(grid);
    }

    private static String status(SessionView view) {
        if (view.session().closed()) {
            return "calibration.state.closed";
        }
        if (view.mayScore()) {
            return "calibration.state.yourTurn";
        }
        if (view.session().ratings().stream().allMatch(Rating::scored)) {
            return view.mayClose() ? "calibration.state.readyToClose" : "calibration.state.allScored";
        }
        return "calibration.state.waiting";
    }

    @Override
    public String titleKey() {
        return "title.calibrationListView";
    }
}
