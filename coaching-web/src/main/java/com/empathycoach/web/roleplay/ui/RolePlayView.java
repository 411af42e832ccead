package com.empathycoach.web.roleplay.ui;

import com.empathycoach.web.shared.Routes;
import com.empathycoach.core.lesson.UnknownContentException;
import com.empathycoach.core.roleplay.ReviewStatus;
import com.empathycoach.core.roleplay.RolePlayFacade;
import com.empathycoach.core.roleplay.RolePlayViews.Exchange;
import com.empathycoach.core.roleplay.RolePlayViews.RolePlay;
import com.empathycoach.core.roleplay.Scenario;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.web.gamification.ui.Celebrations;
import com.empathycoach.web.security.CurrentUser;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/**
 * Plays one scenario as a chat: the transcript so far, a meter of the customer's mood, and the
 * choices or a reply box for the next turn. At an ending it shows the debrief and offers a replay.
 * Every turn is saved on the server, so a reload resumes the conversation where it stood.
 */
@Route(Routes.ROLE_PLAY)
@RolesAllowed({"AGENT", "COACH"})
class RolePlayView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CurrentUser currentUser;
    private final transient RolePlayFacade rolePlays;
    private final transient Celebrations celebrations;
    private final Div transcript = new Div();
    private final Div turn = new Div();
    private final Div moodMeter = new Div();
    private final ProgressBar moodBar = new ProgressBar(0, 100);
    private final Span moodText = new Span();
    private RolePlay play;
    private String title = "";

    RolePlayView(CurrentUser currentUser, RolePlayFacade rolePlays, Celebrations celebrations) {
        this.currentUser = currentUser;
        this.rolePlays = rolePlays;
        this.celebrations = celebrations;
        addClassName("roleplay-player");
        transcript.addClassName("transcript");
        transcript.getElement().setAttribute("role", "log");
        transcript.getElement().setAttribute("aria-label", getTranslation("roleplay.transcript"));
        turn.addClassName("roleplay-turn");
        moodMeter.addClassName("mood-meter");
        Span moodLabel = new Span(getTranslation("roleplay.mood.label"));
        moodLabel.addClassName("mood-label");
        moodBar.getElement().setAttribute("aria-label", getTranslation("roleplay.mood.label"));
        moodText.addClassName("mood-text");
        moodText.getElement().setAttribute("aria-live", "polite");
        moodMeter.add(moodLabel, moodBar, moodText);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String scenarioId = event.getRouteParameters().get("scenarioId").orElse("");
        try {
            play = rolePlays.open(actor(), scenarioId, getLocale());
        } catch (UnknownContentException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = play.title();
        removeAll();
        RouterLink up = new RouterLink(getTranslation("roleplay.player.back"), RolePlayCatalogueView.class);
        Paragraph persona = new Paragraph(getTranslation("roleplay.player.persona", play.persona().name(),
                getTranslation("channel." + play.channel()), play.persona().situation()));
        persona.addClassName("persona");
        add(up, new H2(play.title()), persona, moodMeter, transcript, turn);
        render();
    }

    private void render() {
        showMood();
        transcript.removeAll();
        play.transcript().forEach(this::showExchange);
        turn.removeAll();
        if (play.debrief().isPresent()) {
            transcript.add(bubble(play.persona().name(), play.debrief().get().ending().customer(), "bubble-customer"));
            turn.add(new DebriefPanel(play, this::replay));
        } else {
            Scenario.Node node = play.current().orElseThrow();
            transcript.add(bubble(play.persona().name(), node.customer(), "bubble-customer"));
            node.freeText().ifPresentOrElse(this::showReplyBox, () -> showChoices(node));
        }
        turn.getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
        if (play.completed()) {
            celebrations.showIfAny();
        }
    }

    private void showMood() {
        moodBar.setValue(play.mood());
        moodMeter.removeClassNames("mood-low", "mood-mid", "mood-high");
        moodMeter.addClassName(play.mood() < 35 ? "mood-low" : play.mood() < 65 ? "mood-mid" : "mood-high");
        String text = getTranslation("roleplay.mood.value", getTranslation("roleplay.mood.band." + Math.min(4, play.mood() / 20)),
                play.mood());
        if (!play.transcript().isEmpty()) {
            Exchange last = play.transcript().getLast();
            int delta = last.moodAfter() - last.moodBefore();
            if (delta != 0) {
                text += " " + getTranslation(delta > 0 ? "roleplay.mood.up" : "roleplay.mood.down", Math.abs(delta));
            }
        }
        moodText.setText(text);
    }

    private void showExchange(Exchange exchange) {
        transcript.add(bubble(play.persona().name(), exchange.customer(), "bubble-customer"));
        Div agent = new Div();
        agent.addClassNames("bubble", "bubble-agent");
        Span who = new Span(getTranslation("roleplay.player.you"));
        who.addClassName("bubble-name");
        agent.add(who);
        if (exchange.written()) {
            agent.add(new ReplyHighlight(exchange.agentText(), exchange.analysis(), true)
                    .scoredBy(exchange.scoredBy(), exchange.analysis().version()));
            if (exchange.coachReview() != null) {
                agent.add(new CoachReviewPanel(exchange.coachReview()));
            } else if (exchange.review() == ReviewStatus.AWAITING) {
                Span review = new Span(getTranslation("roleplay.review.awaiting"));
                review.getElement().getThemeList().add("badge contrast");
                review.addClassName("awaiting-review");
                agent.add(review);
            }
        } else {
            Paragraph text = new Paragraph(exchange.agentText());
            text.addClassName("bubble-text");
            Paragraph feedback = new Paragraph(exchange.feedback());
            feedback.addClassNames("turn-feedback", exchange.weak() ? "turn-weak" : "turn-strong");
            agent.add(text, feedback);
        }
        transcript.add(agent);
    }

    private static Div bubble(String name, String text, String kind) {
        Div bubble = new Div();
        bubble.addClassNames("bubble", kind);
        Span who = new Span(name);
        who.addClassName("bubble-name");
        Paragraph body = new Paragraph(text);
        body.addClassName("bubble-text");
        bubble.add(who, body);
        return bubble;
    }

    private void showChoices(Scenario.Node node) {
        Paragraph prompt = new Paragraph(getTranslation("roleplay.choices.prompt"));
        prompt.addClassName("turn-prompt");
        Div choices = new Div();
        choices.addClassName("choices");
        choices.getElement().setAttribute("role", "group");
        choices.getElement().setAttribute("aria-label", getTranslation("roleplay.choices.prompt"));
        int turnNo = play.turnNo();
        for (Scenario.Choice choice : node.choices()) {
            Button button = new Button(choice.text());
            button.addClassName("choice");
            button.setDisableOnClick(true);
            button.addClickListener(e -> {
                play = rolePlays.choose(actor(), play.attemptId(), turnNo, choice.id(), getLocale());
                render();
            });
            choices.add(button);
        }
        turn.add(prompt, choices);
    }

    private void showReplyBox(Scenario.FreeText freeText) {
        Paragraph prompt = new Paragraph(freeText.prompt());
        prompt.addClassName("turn-prompt");
        TextArea reply = new TextArea(getTranslation("roleplay.reply.label"));
        reply.addClassName("reply-box");
        reply.setWidthFull();
        reply.setMinRows(4);
        reply.setValueChangeMode(ValueChangeMode.LAZY);
        reply.setHelperText(getTranslation("roleplay.reply.counter", 0, RolePlayFacade.MAX_REPLY_LENGTH));
        // Counted as the limit counts: without the spaces and line breaks around the reply.
        reply.addValueChangeListener(e -> reply.setHelperText(getTranslation("roleplay.reply.counter",
                e.getValue().strip().codePointCount(0, e.getValue().strip().length()), RolePlayFacade.MAX_REPLY_LENGTH)));
        Button send = new Button(getTranslation("roleplay.reply.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("send-reply");
        send.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(reply);
        int turnNo = play.turnNo();
        send.addClickListener(e -> send(reply, turnNo));
        Paragraph hint = new Paragraph(getTranslation("roleplay.reply.hint"));
        hint.addClassName("hint");
        if (RolePlayFacade.reviewedByACoach(currentUser.actor(), freeText)) {
            hint.setText(hint.getText() + " " + getTranslation("roleplay.reply.reviewed"));
        }
        turn.add(prompt, reply, hint, send);
        reply.focus();
    }

    private void send(TextArea reply, int turnNo) {
        try {
            play = rolePlays.reply(actor(), play.attemptId(), turnNo, reply.getValue(), getLocale());
        } catch (InvalidInputException e) {
            String text = reply.getValue().strip();
            reply.setErrorMessage(getTranslation(e.messageKey(), RolePlayFacade.MAX_REPLY_LENGTH,
                    text.codePointCount(0, text.length())));
            reply.setInvalid(true);
            reply.focus();
            return;
        }
        render();
    }

    private void replay() {
        play = rolePlays.replay(actor(), play.scenarioId(), getLocale());
        render();
    }

    private Actor actor() {
        return currentUser.actor();
    }


    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
