package com.empathycoach.web.interaction.ui;

import com.empathycoach.core.interaction.ScorecardFacade;
import com.empathycoach.core.shared.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.function.Consumer;

/** "Comment on this turn": a button that opens a small form under the turn; saving hands the text on. */
class TurnCommentForm extends Div {

    TurnCommentForm(Consumer<String> save) {
        addClassName("turn-comment-form");
        Button open = new Button(getTranslation("turnComment.add"));
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        open.addClassName("add-turn-comment");
        TextArea text = new TextArea(getTranslation("turnComment.label"));
        text.setMaxLength(ScorecardFacade.MAX_TEXT);
        text.setWidthFull();
        Button ok = new Button(getTranslation("turnComment.save"), e -> {
            try {
                save.accept(text.getValue());
            } catch (InvalidInputException ex) {
                text.setErrorMessage(getTranslation(ex.messageKey()));
                text.setInvalid(true);
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        ok.addClassName("save-turn-comment");
        Button cancel = new Button(getTranslation("interactions.cancel"));
        cancel.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div form = new Div(text, ok, cancel);
        form.setVisible(false);
        open.addClickListener(e -> {
            form.setVisible(true);
            open.setVisible(false);
            text.focus();
        });
        cancel.addClickListener(e -> {
            form.setVisible(false);
            open.setVisible(true);
        });
        add(open, form);
    }
}
