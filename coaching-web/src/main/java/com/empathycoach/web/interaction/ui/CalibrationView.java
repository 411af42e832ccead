package com.empathycoach.web.interaction.ui;

import com.empathycoach.core.interaction.CalibrationFacade;
import com.empathycoach.core.interaction.CalibrationFacade.SessionView;
import com.empathycoach.core.interaction.CalibrationStore.Rating;
import com.empathycoach.core.interaction.InteractionViews.Interaction;
import com.empathycoach.core.interaction.InteractionViews.Speaker;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.shared.NotAllowedException;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.web.security.CurrentUser;
import com.empathycoach.web.shared.Formats;
import com.empathycoach.web.shared.Routes;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.util.Map;

/**
 * One calibration session: the transcript without the analyzer's evidence, the blind score form for an invited
 * coach who has not scored, closing for its owner, and the result once the coach has scored or it is closed.
 */
@Route("calibration/:sessionId")
@RolesAllowed("COACH")
class CalibrationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CurrentUser currentUser;
    private final transient CalibrationFacade calibration;
    private long id;
    private String title = "";

    CalibrationView(CurrentUser currentUser, CalibrationFacade calibration) {
        this.currentUser = currentUser;
        this.calibration = calibration;
        addClassName("calibration-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            id = Long.parseLong(event.getRouteParameters().get("sessionId").orElse(""));
            build();
        } catch (NumberFormatException | InvalidInputException e) {
            event.rerouteToError(NotFoundException.class);
        } catch (NotAllowedException e) {
            event.rerouteToError(AccessDeniedException.class);
        }
    }

    private void build() {
        SessionView view = calibration.view(currentUser.actor(), id);
        Interaction interaction = calibration.interaction(currentUser.actor(), id);
        removeAll();
        title = getTranslation("calibration.heading", view.session().agentName());
        long scored = view.session().ratings().stream().filter(Rating::scored).count();
        add(Routes.link(CalibrationListView.PATH, getTranslation("calibration.back")), new H2(title),
                new Paragraph(getTranslation("calibration.info", view.session().ownerName(),
                        Formats.date(getLocale()).format(view.session().createdAt().atZone(ZoneId.systemDefault())),
                        scored, view.session().ratings().size())));
        if (view.session().closed()) {
            add(new Paragraph(getTranslation("calibration.closedInfo")));
        }
        if (view.mayScore()) {
            add(scoreForm());
        }
        if (view.mayClose()) {
            add(closeButton(view.session().ratings().size() - (int) scored));
        }
        if (view.resultVisible()) {
            add(new CalibrationResultPanel(calibration.result(currentUser.actor(), id)));
        }
        add(transcript(interaction));
    }

    private Div scoreForm() {
        Div form = new Div();
        form.addClassName("calibration-form");
        form.setWidthFull();
        form.add(new H3(getTranslation("calibration.yourScore")), new Paragraph(getTranslation("calibration.blind")));
        Map<EmpathyKey, Select<Integer>> selects = ScoreSelects.create(this, Map.of());
        FlexLayout row = new FlexLayout();
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-s)");
        selects.values().forEach(row::add);
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        Button save = new Button(getTranslation("calibration.submit"), e -> {
            try {
                calibration.score(currentUser.actor(), id, ScoreSelects.values(selects));
                build();
            } catch (InvalidInputException ex) {
                error.setText(getTranslation(ex.messageKey()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("submit-calibration");
        form.add(row, error, save);
        return form;
    }

    private Button closeButton(int waiting) {
        Button close = new Button(getTranslation("calibration.close"), e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("calibration.close"),
                    getTranslation("calibration.closeConfirm", waiting), getTranslation("calibration.close"), ok -> {
                        calibration.close(currentUser.actor(), id);
                        build();
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("interactions.cancel"));
            confirm.open();
        });
        close.addClassName("close-calibration");
        return close;
    }

    private Div transcript(Interaction interaction) {
        Div transcript = new Div(new H3(getTranslation("calibration.transcript")));
        transcript.addClassName("transcript");
        transcript.setWidthFull();
        interaction.turns().forEach(turn -> {
            boolean agent = turn.speaker() == Speaker.AGENT;
            Div bubble = new Div();
            bubble.addClassNames("bubble", agent ? "bubble-agent" : "bubble-customer");
            Span who = new Span(getTranslation(agent ? "interactions.agentSays" : "interactions.customerSays"));
            who.addClassName("bubble-name");
            Paragraph text = new Paragraph(turn.text());
            text.addClassName("bubble-text");
            bubble.add(who, text);
            transcript.add(bubble);
        });
        return transcript;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
