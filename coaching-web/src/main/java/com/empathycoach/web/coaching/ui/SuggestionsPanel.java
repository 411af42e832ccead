package com.empathycoach.web.coaching.ui;

import com.empathycoach.web.shared.Formats;
import com.empathycoach.core.feedback.SuggestionFacade;
import com.empathycoach.core.feedback.SuggestionFacade.Proposal;
import com.empathycoach.core.identity.Actor;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import java.text.NumberFormat;

/**
 * The closed loop on the coach's start page: keys an agent keeps scoring low on with peers or customers,
 * each with the module that trains it, assigned in one click.
 */
class SuggestionsPanel extends Div {

    private final transient SuggestionFacade suggestions;
    private final transient Actor coach;

    SuggestionsPanel(SuggestionFacade suggestions, Actor coach) {
        this.suggestions = suggestions;
        this.coach = coach;
        addClassName("suggestions");
        refresh();
    }

    private void refresh() {
        removeAll();
        var open = suggestions.open(coach);
        setVisible(!open.isEmpty());
        if (open.isEmpty()) {
            return;
        }
        add(new H3(getTranslation("suggestion.title")));
        NumberFormat one = Formats.oneDecimal(getLocale());
        String due = Formats.date(getLocale())
                .format(suggestions.defaultDue());
        for (Proposal p : open) {
            var s = p.suggestion();
            Card card = new Card();
            card.addClassName("suggestion");
            card.setTitle(getTranslation("suggestion.heading", s.agentName(), getTranslation("key." + s.key())));
            card.add(new Paragraph(getTranslation("suggestion.text." + s.source(), s.agentName(), one.format(s.average()),
                    s.samples(), getTranslation("key." + s.key()), p.moduleTitle())));
            Button assign = new Button(getTranslation("suggestion.assign", p.moduleTitle(), due), e -> {
                boolean assigned = suggestions.accept(coach, s.id());
                Notification.show(getTranslation(assigned ? "suggestion.assigned" : "suggestion.alreadyOpen",
                                p.moduleTitle(), s.agentName()), 4000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                refresh();
            });
            assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            assign.addClassName("accept-suggestion");
            Button dismiss = new Button(getTranslation("suggestion.dismiss"), e -> {
                suggestions.dismiss(coach, s.id());
                refresh();
            });
            dismiss.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            card.addToFooter(assign, dismiss);
            add(card);
        }
    }
}
