package com.empathycoach.web.feedback.ui;

import com.empathycoach.core.feedback.PeerAnswer;
import com.empathycoach.core.feedback.PeerRequest;
import com.empathycoach.core.feedback.Ratings;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.skill.EmpathyKey;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/** A teammate's answer form: each key rated 1 to 5 with an example. Bad input keeps everything typed. */
class PeerAnswerDialog extends Dialog {

    private final Map<EmpathyKey, RadioButtonGroup<Integer>> ratings = new EnumMap<>(EmpathyKey.class);
    private final Map<EmpathyKey, TextArea> examples = new EnumMap<>(EmpathyKey.class);
    private final Paragraph problem = new Paragraph();

    /** {@code send} stores the answer; it throws {@link InvalidInputException} to have the form show a problem. */
    PeerAnswerDialog(PeerRequest request, Consumer<PeerAnswer> send) {
        setHeaderTitle(getTranslation("peer.answer.title", request.agentName()));
        addClassName("peer-answer-dialog");
        add(new Paragraph(getTranslation("peer.answer.intro", request.agentName())));
        for (EmpathyKey key : EmpathyKey.values()) {
            RadioButtonGroup<Integer> rating = new RadioButtonGroup<>(getTranslation("key." + key));
            rating.setItems(IntStream.rangeClosed(Ratings.MIN, Ratings.MAX).boxed().toList());
            rating.setHelperText(getTranslation("peer.answer.scale"));
            rating.setRequiredIndicatorVisible(true);
            rating.setErrorMessage(getTranslation("feedback.rating.missing"));
            rating.addClassName("peer-rating-" + key.name().toLowerCase());
            TextArea example = new TextArea(getTranslation("peer.answer.example", getTranslation("key." + key)));
            example.setMaxLength(PeerAnswer.MAX_EXAMPLE);
            example.setRequiredIndicatorVisible(true);
            example.setWidthFull();
            example.addClassName("peer-example-" + key.name().toLowerCase());
            ratings.put(key, rating);
            examples.put(key, example);
            add(rating, example);
        }
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        add(problem);
        Button submit = new Button(getTranslation("peer.answer.send"), e -> submit(send));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClassName("send-peer-answer");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, submit);
        setWidth("min(40rem, 95vw)");
    }

    private void submit(Consumer<PeerAnswer> send) {
        ratings.values().forEach(r -> r.setInvalid(false));
        examples.values().forEach(t -> t.setInvalid(false));
        problem.setText("");
        Map<EmpathyKey, Integer> given = new EnumMap<>(EmpathyKey.class);
        Map<EmpathyKey, String> written = new EnumMap<>(EmpathyKey.class);
        ratings.forEach((key, r) -> {
            if (r.getValue() != null) {
                given.put(key, r.getValue());
            }
        });
        examples.forEach((key, t) -> written.put(key, t.getValue()));
        try {
            send.accept(new PeerAnswer(given, written));
            close();
        } catch (InvalidInputException e) {
            problem.setText(getTranslation(e.messageKey(), PeerAnswer.MAX_EXAMPLE));
            String[] field = e.field().split("\\.", 2);
            if (field.length == 2) {
                EmpathyKey key = EmpathyKey.valueOf(field[1]);
                if ("rating".equals(field[0])) {
                    ratings.get(key).setInvalid(true);
                } else {
                    examples.get(key).setErrorMessage(getTranslation(e.messageKey(), PeerAnswer.MAX_EXAMPLE));
                    examples.get(key).setInvalid(true);
                }
            }
        }
    }
}
