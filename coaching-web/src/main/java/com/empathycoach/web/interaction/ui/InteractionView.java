package com.empathycoach.web.interaction.ui;

import com.empathycoach.core.analysis.Analysis;
import com.empathycoach.core.analysis.Finding;
import com.empathycoach.core.interaction.CalibrationFacade;
import com.empathycoach.core.interaction.InteractionFacade;
import com.empathycoach.core.interaction.InteractionViews.Interaction;
import com.empathycoach.core.interaction.InteractionViews.Speaker;
import com.empathycoach.core.interaction.InteractionViews.Turn;
import com.empathycoach.core.interaction.PracticeFacade;
import com.empathycoach.core.interaction.ScorecardExtrasFacade;
import com.empathycoach.core.interaction.ScorecardExtrasStore.TurnComment;
import com.empathycoach.core.interaction.ScorecardFacade;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.shared.NotAllowedException;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.web.roleplay.ui.ReplyHighlight;
import com.empathycoach.web.security.CurrentUser;
import com.empathycoach.web.shared.Formats;
import com.empathycoach.web.shared.Routes;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** One real interaction: the redacted transcript, each agent turn's score with its evidence highlighted. */
@Route("interactions/:id")
@RolesAllowed({"AGENT", "COACH", "HR", "ADMIN"})
class InteractionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CurrentUser currentUser;
    private final transient InteractionFacade interactions;
    private final transient ScorecardFacade scorecards;
    private final transient PracticeFacade practice;
    private final transient CalibrationFacade calibration;
    private final transient ScorecardExtrasFacade extras;
    private String title = "";

    InteractionView(CurrentUser currentUser, InteractionFacade interactions, QaFacades qa) {
        this.currentUser = currentUser;
        this.interactions = interactions;
        this.scorecards = qa.scorecards();
        this.practice = qa.practice();
        this.calibration = qa.calibration();
        this.extras = qa.extras();
        addClassName("interaction-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Interaction interaction;
        try {
            interaction = interactions.get(currentUser.actor(), Long.parseLong(event.getRouteParameters().get("id").orElse("")));
        } catch (NumberFormatException | InvalidInputException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        } catch (NotAllowedException e) {
            // Someone else's interaction reads as one that does not exist, so ids tell nothing about who has which.
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(interaction);
    }

    private void show(Interaction interaction) {
        removeAll();
        title = interaction.agentName();
        add(Routes.link(InteractionsView.PATH, getTranslation("interactions.back")), new H2(getTranslation(
                "interactions.heading", interaction.agentName(), getTranslation("channel." + interaction.channel().name()))));
        add(new Paragraph(getTranslation("interactions.summary",
                Formats.dateTime(getLocale()).format(interaction.occurredAt().atZone(ZoneId.systemDefault())),
                interaction.overall(), keys(interaction.keys()))));
        Div transcript = new Div();
        transcript.addClassName("transcript");
        List<TurnComment> comments = extras.comments(currentUser.actor(), interaction.id());
        boolean mayComment = extras.mayComment(currentUser.actor(), interaction.id());
        interaction.turns().forEach(t -> {
            Div bubble = turn(t, interaction.analyzerVersion());
            comments.stream().filter(c -> c.turnIndex() == t.index()).forEach(c -> bubble.add(comment(c)));
            if (mayComment) {
                bubble.add(new TurnCommentForm(text -> {
                    extras.comment(currentUser.actor(), interaction.id(), t.index(), text);
                    show(interaction);
                }));
            }
            transcript.add(bubble);
        });
        if (scorecards.mayScore(currentUser.actor(), interaction.id())) {
            add(new CalibrateButton(calibration, currentUser.actor(), interaction.id()));
        }
        add(new ScorecardPanel(scorecards, extras, currentUser.actor(), interaction,
                card -> new PracticeLink(practice, currentUser.actor(), interaction), () -> show(interaction)), transcript);
    }

    private String keys(Map<EmpathyKey, Integer> keys) {
        StringBuilder text = new StringBuilder();
        for (EmpathyKey key : EmpathyKey.values()) {
            text.append(text.isEmpty() ? "" : " · ").append(getTranslation("key.short." + key.name())).append(' ')
                    .append(keys.getOrDefault(key, 0));
        }
        return text.toString();
    }

    private Paragraph comment(TurnComment comment) {
        Paragraph p = new Paragraph(getTranslation("turnComment.shown", comment.authorName(),
                Formats.date(getLocale()).format(comment.at().atZone(ZoneId.systemDefault())), comment.text()));
        p.addClassName("turn-comment");
        return p;
    }

    private Div turn(Turn turn, String version) {
        Div bubble = new Div();
        boolean agent = turn.speaker() == Speaker.AGENT;
        bubble.addClassNames("bubble", agent ? "bubble-agent" : "bubble-customer");
        Span who = new Span(getTranslation(agent ? "interactions.agentSays" : "interactions.customerSays"));
        who.addClassName("bubble-name");
        bubble.add(who);
        if (!agent) {
            Paragraph text = new Paragraph(turn.text());
            text.addClassName("bubble-text");
            bubble.add(text);
            return bubble;
        }
        Analysis analysis = new Analysis(turn.findings().stream().map(f -> new Finding(f.marker(), f.start(), f.end(),
                turn.text().substring(f.start(), Math.min(f.end(), turn.text().length())))).toList(), Map.of(),
                turn.overall() == null ? 0 : turn.overall(), List.of(), version);
        Span score = new Span(getTranslation("interactions.turnScore", analysis.overall(),
                getTranslation(analysis.strong() ? "interactions.strong" : "interactions.weak")));
        score.addClassName(analysis.strong() ? "turn-strong" : "turn-weak");
        bubble.add(score, new ReplyHighlight(turn.text(), analysis, false));
        return bubble;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
