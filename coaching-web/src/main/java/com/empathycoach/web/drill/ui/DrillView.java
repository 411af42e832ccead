package com.empathycoach.web.drill.ui;

import com.empathycoach.core.drill.DrillFacade;
import com.empathycoach.core.drill.DrillFacade.Answered;
import com.empathycoach.core.drill.DrillFacade.Today;
import com.empathycoach.core.drill.DrillItem;
import com.empathycoach.core.notification.DrillReminderFacade;
import com.empathycoach.core.gamification.XpRules;
import com.empathycoach.core.drill.DrillReportFacade;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.web.security.CurrentUser;
import com.empathycoach.web.shared.EmptyState;
import com.empathycoach.web.shared.Formats;
import com.empathycoach.web.shared.LocalizedTitle;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The daily drill: up to five items, one tap each, with the right answer and why straight after. Digits 1 to 4 pick
 * an answer and Enter moves on, so it works from the keyboard.
 */
@Route("drill")
@Menu(order = 0.5, title = "menu.drill", icon = "vaadin:bolt")
@RolesAllowed("AGENT")
class DrillView extends VerticalLayout implements LocalizedTitle {

    private static final Key[] DIGITS = {Key.DIGIT_1, Key.DIGIT_2, Key.DIGIT_3, Key.DIGIT_4};

    private final transient DrillFacade drill;
    private final transient DrillReportFacade reports;
    private final transient Actor agent;
    private final Div stage = new Div();
    private Instant shownAt;

    DrillView(CurrentUser currentUser, DrillFacade drill, DrillReportFacade reports, DrillReminderFacade reminders) {
        this.drill = drill;
        this.reports = reports;
        this.agent = currentUser.actor();
        addClassName("drill-view");
        stage.addClassName("drill-stage");
        stage.setWidthFull();
        add(new H2(getTranslation("drill.title")), stage, new ReminderPanel(reminders, agent));
        showToday(drill.today(agent, getLocale()));
    }

    private void showToday(Today today) {
        stage.removeAll();
        if (today.inProgress() && !today.items().isEmpty()) {
            showItem(today, today.items().getFirst());
            return;
        }
        if (today.finishedToday() > 0) {
            stage.add(new Paragraph(getTranslation("drill.doneToday")));
        } else {
            stage.add(new Paragraph(getTranslation("drill.intro", DrillFacade.SIZE)));
        }
        if (today.items().isEmpty()) {
            stage.add(EmptyState.of(getTranslation("drill.nothing")));
        } else {
            Button start = new Button(getTranslation(today.finishedToday() > 0 ? "drill.more" : "drill.start",
                    today.items().size()), e -> start());
            stage.add(plan(today));
            start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            start.addClassName("drill-start");
            start.setDisableOnClick(true);
            stage.add(start);
            if (today.finishedToday() > 0) {
                stage.add(new Paragraph(getTranslation("drill.moreXp")));
            }
        }
        stage.add(new SkillProfilePanel(reports.mine(agent), false));
    }

    /** What today's drill holds: how many items come back for review, lean on the weakest key, or are new. */
    private Paragraph plan(Today today) {
        long due = today.items().stream().filter(i -> i.why() == DrillItem.Why.DUE).count();
        long weakest = today.items().stream().filter(i -> i.why() == DrillItem.Why.WEAKEST_KEY).count();
        long fresh = today.items().stream().filter(i -> i.why() == DrillItem.Why.NEW).count();
        Paragraph plan = new Paragraph(getTranslation("drill.plan", due, weakest, fresh));
        plan.addClassName("drill-plan");
        return plan;
    }

    private void start() {
        Today today = drill.start(agent, getLocale());
        showToday(today);
    }

    private void showItem(Today today, DrillItem item) {
        stage.removeAll();
        ProgressBar progress = new ProgressBar(0, today.total(), today.answered());
        progress.getElement().setAttribute("aria-label", getTranslation("drill.progress", today.answered() + 1, today.total()));
        Span counter = new Span(getTranslation("drill.progress", today.answered() + 1, today.total()));
        counter.addClassName("drill-counter");
        Span source = new Span(item.source());
        source.addClassName("drill-source");
        stage.add(counter, progress, source);
        if (!item.context().isBlank()) {
            Paragraph context = new Paragraph(item.context());
            context.addClassName("drill-context");
            stage.add(context);
        }
        H3 prompt = new H3(item.prompt() == null || item.prompt().isBlank() ? getTranslation("drill.decisionPrompt")
                : item.prompt());
        prompt.addClassName("drill-prompt");
        Div options = new Div();
        options.addClassName("drill-options");
        for (int i = 0; i < item.options().size(); i++) {
            DrillItem.Option option = item.options().get(i);
            Button pick = new Button((i + 1) + ". " + option.text());
            pick.addClassName("drill-option");
            pick.getElement().setAttribute("data-option", option.id());
            pick.setWidthFull();
            if (i < DIGITS.length) {
                // Only while the drill has the focus: a digit typed into the reminder's time is not an answer.
                pick.addClickShortcut(DIGITS[i]).listenOn(stage);
            }
            pick.addClickListener(e -> answer(today, item, option.id(), options));
            options.add(pick);
        }
        stage.add(prompt, options);
        options.getChildren().findFirst().ifPresent(c -> ((Button) c).focus());
        shownAt = Instant.now();
    }

    private void answer(Today today, DrillItem item, String optionId, Div options) {
        if (shownAt == null) {
            return;
        }
        Duration took = Duration.between(shownAt, Instant.now());
        shownAt = null;
        Answered answered;
        try {
            answered = drill.answer(agent, today.sessionId(), item.id(), optionId, took, getLocale());
        } catch (InvalidInputException e) {
            Notification.show(getTranslation(e.messageKey()));
            showToday(drill.today(agent, getLocale()));
            return;
        }
        options.getChildren().forEach(c -> {
            Button b = (Button) c;
            String id = b.getElement().getAttribute("data-option");
            if (item.isCorrect(id)) {
                b.addClassName("drill-option-right");
                b.setText("✓ " + b.getText());
                b.getElement().setAttribute("aria-label", getTranslation("drill.rightAnswer") + ": " + b.getText());
            } else if (id.equals(optionId)) {
                b.addClassName("drill-option-wrong");
                b.setText("✗ " + b.getText());
                b.getElement().setAttribute("aria-label", getTranslation("drill.yourAnswer") + ": " + b.getText());
            }
            b.getElement().setAttribute("aria-disabled", "true");
        });
        stage.add(feedback(answered, item, optionId));
    }

    private Div feedback(Answered answered, DrillItem item, String optionId) {
        Div box = new Div();
        box.addClassName("drill-feedback");
        box.getElement().setAttribute("role", "status");
        Paragraph verdict = new Paragraph(getTranslation(answered.correct() ? "drill.correct" : "drill.wrong"));
        verdict.addClassName(answered.correct() ? "drill-right" : "drill-wrong");
        box.add(verdict);
        item.options().stream().filter(o -> o.id().equals(optionId) && !o.correct()).findFirst()
                .ifPresent(o -> box.add(explanation("drill.yourAnswer", o.explanation())));
        item.options().stream().filter(DrillItem.Option::correct).findFirst()
                .ifPresent(o -> box.add(explanation("drill.rightAnswer", o.explanation())));
        box.add(new Paragraph(getTranslation("drill.nextDue", Formats.dateTime(getLocale()).withZone(ZoneId.systemDefault())
                .format(answered.nextDue()))));
        Button next;
        if (answered.finishedNth() > 0) {
            next = new Button(getTranslation("drill.finish"), e -> finished(answered));
        } else {
            next = new Button(getTranslation("drill.next"), e -> showToday(answered.today()));
        }
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClassName("drill-next");
        next.addClickShortcut(Key.ENTER).listenOn(stage);
        box.add(next);
        next.focus();
        return box;
    }

    private Paragraph explanation(String labelKey, String text) {
        Span label = new Span(getTranslation(labelKey) + ": ");
        label.addClassName("drill-explanation-label");
        return new Paragraph(label, new Span(text == null ? "" : text));
    }

    private void finished(Answered answered) {
        stage.removeAll();
        Paragraph done = new Paragraph(getTranslation("drill.finished", answered.rightInDrill(), answered.today().total(),
                XpRules.drillXp(answered.finishedNth())));
        done.addClassName("drill-finished");
        stage.add(done, new Paragraph(getTranslation(answered.finishedNth() == 1 ? "drill.streak" : "drill.extra")));
        Button again = new Button(getTranslation("drill.backToStart"), e -> showToday(drill.today(agent, getLocale())));
        again.addClassName("drill-again");
        stage.add(again, new SkillProfilePanel(reports.mine(agent), false));
        again.focus();
    }

    @Override
    public String titleKey() {
        return "title.drillView";
    }
}
