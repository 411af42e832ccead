package com.empathycoach.web.feedback.ui;

import com.empathycoach.web.shared.Formats;
import com.empathycoach.core.feedback.CustomerSummary;
import com.empathycoach.web.shared.EmptyState;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Customers' answers about an agent: averages out of 5 and their latest comments, shown as plain text. */
public class CustomerSummaryPanel extends Div {

    public CustomerSummaryPanel(CustomerSummary summary) {
        this(summary, false);
    }

    /** {@code forCoach}: the agent's coach is reading, so the wording speaks about the agent, not to them. */
    public CustomerSummaryPanel(CustomerSummary summary, boolean forCoach) {
        addClassName("customer-summary");
        add(new H3(getTranslation("customer.summary.title")));
        if (summary.answers() == 0) {
            add(EmptyState.of(getTranslation("customer.summary.none")));
            return;
        }
        NumberFormat one = Formats.oneDecimal(getLocale());
        UnorderedList averages = new UnorderedList(
                new ListItem(getTranslation("customer.summary.answers", summary.answers())),
                new ListItem(getTranslation("customer.summary.overall", one.format(summary.overall()))),
                new ListItem(getTranslation("customer.summary.listened", one.format(summary.listened()))),
                new ListItem(getTranslation("customer.summary.understood", one.format(summary.understood()))),
                new ListItem(getTranslation(forCoach ? "customer.summary.wantedToHelp.coach" : "customer.summary.wantedToHelp", one.format(summary.wantedToHelp()))));
        averages.addClassName("customer-averages");
        add(averages);
        if (summary.comments().isEmpty()) {
            add(new Paragraph(getTranslation("customer.summary.noComments")));
            return;
        }
        DateTimeFormatter date = Formats.date(getLocale())
                .withZone(ZoneId.systemDefault());
        UnorderedList comments = new UnorderedList();
        comments.addClassName("customer-comments");
        for (CustomerSummary.Comment c : summary.comments()) {
            // Text, never HTML: whatever a customer typed is shown exactly as typed.
            Span text = new Span(c.text());
            text.addClassName("customer-comment-text");
            Span meta = new Span(getTranslation("customer.summary.commentMeta", c.overall(), date.format(c.at())));
            meta.addClassName("comment-meta");
            comments.add(new ListItem(text, meta));
        }
        add(comments);
    }
}
