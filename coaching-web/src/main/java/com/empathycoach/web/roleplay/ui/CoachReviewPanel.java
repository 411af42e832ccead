package com.empathycoach.web.roleplay.ui;

import com.empathycoach.core.roleplay.CoachReview;
import com.empathycoach.core.skill.EmpathyKey;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What the coach said about a written reply, and their score per key. */
class CoachReviewPanel extends Div {

    CoachReviewPanel(CoachReview review) {
        addClassName("coach-review");
        Span title = new Span(getTranslation("roleplay.review.done", review.reviewerName()));
        title.getElement().getThemeList().add("badge success");
        Paragraph feedback = new Paragraph(review.feedback());
        feedback.addClassName("coach-feedback");
        String scores = Stream.of(EmpathyKey.values())
                .map(k -> getTranslation("key." + k) + " " + review.scores().get(k) + "%")
                .collect(Collectors.joining(", "));
        Paragraph scoreLine = new Paragraph(getTranslation("roleplay.review.scores", scores));
        scoreLine.addClassName("coach-scores");
        add(title, feedback, scoreLine);
    }
}
