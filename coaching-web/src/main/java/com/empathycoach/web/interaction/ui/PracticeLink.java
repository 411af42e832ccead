package com.empathycoach.web.interaction.ui;

import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.interaction.InteractionViews.Interaction;
import com.empathycoach.core.interaction.PracticeFacade;
import com.empathycoach.core.interaction.PracticeFacade.Offer;
import com.empathycoach.core.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import java.util.Optional;

/**
 * "Practise this": one click assigns the agent the module that trains the weakest key of this interaction (the
 * coach's scorecard where there is one, else the analyzer's scores), due in a week. The agent's profile then shows
 * the key before and after.
 */
class PracticeLink extends Div {

    PracticeLink(PracticeFacade practice, Actor coach, Interaction interaction) {
        addClassName("practice-link");
        Optional<Offer> offer = practice.offer(coach, interaction.id(), getLocale());
        if (offer.isEmpty()) {
            return;
        }
        Paragraph result = new Paragraph();
        result.addClassName("practice-result");
        String keyName = getTranslation("key." + offer.get().key());
        // A module named after its key is not named twice.
        Button assign = new Button(offer.get().moduleTitle().equalsIgnoreCase(keyName)
                ? getTranslation("practice.assignKeyModule", offer.get().moduleTitle())
                : getTranslation("practice.assign", offer.get().moduleTitle(), keyName));
        assign.addClassName("assign-practice");
        assign.addClickListener(e -> {
            try {
                Offer done = practice.practise(coach, interaction.id(), getLocale());
                result.setText(getTranslation("practice.done", done.moduleTitle(), interaction.agentName()));
                assign.setEnabled(false);
            } catch (InvalidInputException ex) {
                result.setText(getTranslation(ex.messageKey()));
            }
        });
        add(assign, result);
    }
}
