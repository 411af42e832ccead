package com.empathycoach.web.lesson.ui;

import com.empathycoach.core.lesson.Card;
import com.empathycoach.core.lesson.WorkedExample;
import com.empathycoach.web.shared.KeyNames;
import com.empathycoach.web.shared.MarkdownText;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** A reading card (its Markdown rendered, see {@link MarkdownText}), with its worked example when it has one. */
class CardPanel extends Div {

    CardPanel(Card card) {
        addClassName("card-panel");
        add(new H3(card.title()));
        MarkdownText.render(card.body()).forEach(this::add);
        card.example().ifPresent(example -> add(example(example)));
    }

    private Component example(WorkedExample example) {
        Div box = new Div();
        box.addClassName("worked-example");
        box.add(new H4(getTranslation("lessons.example.title", getTranslation("channel." + example.channel()))));
        box.add(line("customer", example.customer()), line("weak", example.weak()), line("strong", example.strong()),
                line("why", KeyNames.inText(example.why(), this::getTranslation)));
        return box;
    }

    private Component line(String kind, String text) {
        Paragraph line = new Paragraph();
        line.addClassName("example-" + kind);
        Span label = new Span(getTranslation("lessons.example." + kind));
        label.addClassName("example-label");
        line.add(label, new Span(" " + text));
        return line;
    }
}
