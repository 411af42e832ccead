package com.empathycoach.web.feedback.ui;

import com.empathycoach.web.shared.Formats;
import com.empathycoach.core.feedback.PeerSummary;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.web.shared.EmptyState;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;

import java.text.NumberFormat;

/** Peers' answers taken together, or how many more are needed before anything is shown. No names, ever. */
public class PeerSummaryPanel extends Div {

    public PeerSummaryPanel(PeerSummary summary) {
        this(summary, false);
    }

    /** {@code forCoach}: the agent's coach is reading, so the wording speaks about the agent, not to them. */
    public PeerSummaryPanel(PeerSummary summary, boolean forCoach) {
        addClassName("peer-summary");
        add(new H3(getTranslation(forCoach ? "peer.summary.title.coach" : "peer.summary.title")));
        if (!summary.visible()) {
            add(EmptyState.of(getTranslation("peer.summary.hidden", summary.threshold())));
            return;
        }
        NumberFormat one = Formats.oneDecimal(getLocale());
        add(new Div(getTranslation("peer.summary.count", summary.peers())));
        for (EmpathyKey key : EmpathyKey.values()) {
            Double average = summary.averages().get(key);
            H4 heading = new H4(getTranslation("peer.summary.keyAverage", getTranslation("key." + key),
                    average == null ? "\u2014" : one.format(average)));
            UnorderedList examples = new UnorderedList();
            examples.addClassName("peer-examples");
            // Plain text: whatever a peer typed is shown as typed, never as markup.
            summary.examples().stream().filter(e -> e.key() == key).forEach(e -> examples.add(new ListItem(e.text())));
            add(heading, examples);
        }
    }
}
