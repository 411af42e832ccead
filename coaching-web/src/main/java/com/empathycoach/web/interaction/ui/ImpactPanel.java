package com.empathycoach.web.interaction.ui;

import com.empathycoach.core.interaction.PracticeFacade;
import com.empathycoach.core.interaction.PracticeFacade.Impact;
import com.empathycoach.core.interaction.PracticeStore.KeyMeans;
import com.empathycoach.web.shared.EmptyState;
import com.empathycoach.web.shared.Formats;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The impact of practice assigned from real interactions: for each, the key it trains on the agent's real
 * interactions in the 30 days before it was assigned and since the agent finished it. The same panel serves the
 * agent and their coach.
 */
public class ImpactPanel extends Div {

    public ImpactPanel(List<Impact> impacts, boolean forCoach) {
        addClassName("impact-panel");
        setWidthFull();
        add(new H3(getTranslation("impact.title")));
        if (impacts.isEmpty()) {
            add(EmptyState.of(getTranslation(forCoach ? "impact.empty.coach" : "impact.empty")));
            return;
        }
        add(new Paragraph(getTranslation("impact.explain", PracticeFacade.BEFORE_DAYS)));
        impacts.forEach(i -> add(card(i)));
    }

    private Div card(Impact impact) {
        Div card = new Div();
        card.addClassName("impact-card");
        card.add(new H4(getTranslation("impact.heading", impact.moduleTitle(), getTranslation("key." + impact.key()))));
        card.add(new Paragraph(impact.completedAt() == null
                ? getTranslation("impact.assigned", date(impact.assignedAt()))
                : getTranslation("impact.finished", date(impact.assignedAt()), date(impact.completedAt()))));
        Paragraph before = new Paragraph(getTranslation("impact.before", means(impact.before())));
        before.addClassName("impact-before");
        Paragraph after = new Paragraph(getTranslation("impact.after", impact.after() == null
                ? getTranslation("impact.notFinished") : means(impact.after())));
        after.addClassName("impact-after");
        card.add(before, after);
        change(impact).ifPresent(text -> {
            Paragraph change = new Paragraph(text);
            change.addClassName("impact-change");
            card.add(change);
        });
        card.add(new RouterLink(getTranslation("impact.source"), InteractionView.class,
                new com.vaadin.flow.router.RouteParameters("id", String.valueOf(impact.interactionId()))));
        return card;
    }

    private String means(KeyMeans means) {
        if (means.interactions() == 0) {
            return getTranslation("impact.none");
        }
        String analyzer = getTranslation("impact.analyzer", Math.round(means.analyzer()), means.interactions());
        if (means.scored() == 0) {
            return analyzer;
        }
        NumberFormat one = Formats.oneDecimal(getLocale());
        return analyzer + " · " + getTranslation("impact.coach", one.format(means.coach()), means.scored());
    }

    private java.util.Optional<String> change(Impact impact) {
        if (impact.after() == null || impact.after().analyzer() == null || impact.before().analyzer() == null) {
            return java.util.Optional.empty();
        }
        long delta = Math.round(impact.after().analyzer()) - Math.round(impact.before().analyzer());
        return java.util.Optional.of(getTranslation("impact.change", (delta > 0 ? "+" : "") + delta));
    }

    private String date(Instant at) {
        return Formats.date(getLocale()).format(at.atZone(ZoneId.systemDefault()));
    }
}
