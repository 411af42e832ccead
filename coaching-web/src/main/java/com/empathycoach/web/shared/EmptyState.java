package com.empathycoach.web.shared;

import com.vaadin.flow.component.html.Paragraph;

/** The message an empty list shows: what is missing and what to do next. */
public final class EmptyState {

    private EmptyState() {
    }

    public static Paragraph of(String text) {
        Paragraph empty = new Paragraph(text);
        empty.addClassName("empty-state");
        return empty;
    }
}
