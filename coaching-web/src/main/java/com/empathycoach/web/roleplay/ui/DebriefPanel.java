package com.empathycoach.web.roleplay.ui;

import com.empathycoach.core.roleplay.RolePlayViews.Debrief;
import com.empathycoach.core.roleplay.RolePlayViews.Exchange;
import com.empathycoach.core.roleplay.RolePlayViews.RolePlay;
import com.empathycoach.core.roleplay.Scenario.Outcome;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.web.shared.KeyNames;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * The end of a role-play: how it ended, the score per empathy key, the path taken, and at each weak
 * point the stronger reply (or, for a written reply, the analyzer's suggestions). Offers a replay.
 */
class DebriefPanel extends Div {

    DebriefPanel(RolePlay play, Runnable onReplay) {
        Debrief debrief = play.debrief().orElseThrow();
        addClassName("debrief");
        Span outcome = new Span(getTranslation("outcome." + debrief.ending().outcome()));
        outcome.addClassName("outcome");
        outcome.getElement().getThemeList().add(debrief.ending().outcome() == Outcome.RESOLVED_HAPPY ? "badge success"
                : debrief.ending().outcome() == Outcome.RESOLVED_COOL ? "badge" : "badge error");
        outcome.getElement().setAttribute("role", "status");
        Paragraph overall = new Paragraph(getTranslation("roleplay.debrief.overall", debrief.overall()));
        overall.addClassName("final-score");
        Paragraph summary = new Paragraph(KeyNames.inText(debrief.ending().debrief(), this::getTranslation));
        summary.addClassName("debrief-text");
        add(new H3(getTranslation("roleplay.debrief.title")), outcome, overall, keyScores(debrief), summary);
        if (debrief.awaitingReview()) {
            Paragraph review = new Paragraph(getTranslation("roleplay.debrief.awaitingReview"));
            review.addClassName("awaiting-review");
            add(review);
        }
        add(new H4(getTranslation("roleplay.debrief.path")), path(play));
        add(new H4(getTranslation("roleplay.debrief.weak", debrief.weakPoints().size())));
        if (debrief.weakPoints().isEmpty()) {
            add(new Paragraph(getTranslation("roleplay.debrief.noWeak")));
        }
        debrief.weakPoints().forEach(point -> add(weakPoint(point)));
        Button replay = new Button(getTranslation("roleplay.debrief.replay"), e -> onReplay.run());
        replay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        replay.addClassName("replay-scenario");
        add(replay);
    }

    private Div keyScores(Debrief debrief) {
        Div scores = new Div();
        scores.addClassName("key-scores");
        for (EmpathyKey key : EmpathyKey.values()) {
            Div row = new Div();
            row.addClassName("key-score");
            Span label = new Span(getTranslation("key." + key));
            label.addClassName("key-score-label");
            Integer score = debrief.scores().get(key);
            row.add(label);
            if (score == null) {
                row.add(new Span(getTranslation("roleplay.debrief.notPractised")));
            } else {
                ProgressBar bar = new ProgressBar(0, 100, score);
                bar.getElement().setAttribute("aria-label", getTranslation("key." + key));
                Span value = new Span(getTranslation("roleplay.debrief.keyScore", score));
                value.addClassName("key-score-value");
                row.add(bar, value);
            }
            scores.add(row);
        }
        return scores;
    }

    private OrderedList path(RolePlay play) {
        OrderedList path = new OrderedList();
        path.addClassName("path-taken");
        for (Exchange exchange : play.transcript()) {
            path.add(new ListItem(getTranslation("roleplay.debrief.step", exchange.agentText(), exchange.moodBefore(),
                    exchange.moodAfter())));
        }
        return path;
    }

    private Div weakPoint(Exchange point) {
        Div box = new Div();
        box.addClassName("weak-point");
        box.add(new Paragraph(getTranslation("roleplay.debrief.customerSaid", point.customer())));
        if (point.written()) {
            box.add(new ReplyHighlight(point.agentText(), point.analysis(), true)
                    .scoredBy(point.scoredBy(), point.analysis().version()));
        } else {
            Paragraph said = new Paragraph(getTranslation("roleplay.debrief.youSaid", point.agentText()));
            said.addClassName("you-said");
            Paragraph stronger = new Paragraph(getTranslation("roleplay.debrief.stronger", point.stronger()));
            stronger.addClassName("stronger-reply");
            box.add(said, stronger);
        }
        return box;
    }
}
