package com.empathycoach.web.lesson.ui;

import com.empathycoach.core.lesson.AnswerOption;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Replies to put in order with move-up and move-down buttons: works with the keyboard and at any width. */
class OrderingList extends Div {

    private final List<AnswerOption> order;
    private final BiFunction<String, Object[], String> translate;

    OrderingList(List<AnswerOption> options, BiFunction<String, Object[], String> translate) {
        this.order = new ArrayList<>(options);
        this.translate = translate;
        addClassName("ordering-list");
        getElement().setAttribute("role", "list");
        getElement().setAttribute("aria-label", t("lessons.ordering.label"));
        render(-1);
    }

    List<String> orderedIds() {
        return order.stream().map(AnswerOption::id).toList();
    }

    private void render(int focusIndex) {
        removeAll();
        for (int i = 0; i < order.size(); i++) {
            AnswerOption option = order.get(i);
            int index = i;
            Div row = new Div();
            row.addClassName("ordering-row");
            row.getElement().setAttribute("role", "listitem");
            Span position = new Span(String.valueOf(i + 1));
            position.addClassName("ordering-position");
            Span text = new Span(option.text());
            text.addClassName("ordering-text");
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(index, index - 1));
            up.setAriaLabel(t("lessons.ordering.up", i + 1));
            up.setEnabled(i > 0);
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(index, index + 1));
            down.setAriaLabel(t("lessons.ordering.down", i + 1));
            down.setEnabled(i < order.size() - 1);
            up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            down.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            row.add(position, text, up, down);
            add(row);
            if (i == focusIndex) {
                (i == 0 ? down : up).focus();
            }
        }
    }

    private void move(int from, int to) {
        order.add(to, order.remove(from));
        render(to);
    }

    private String t(String key, Object... args) {
        return translate.apply(key, args);
    }
}
