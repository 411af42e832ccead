package com.empathycoach.web.lesson.ui;

import com.empathycoach.core.lesson.LessonStep.QuestionStep;
import com.empathycoach.core.lesson.LessonViews.MissedQuestion;
import com.empathycoach.core.lesson.LessonViews.Review;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

import java.util.Optional;

/** The end of a lesson: the score against the pass mark, and a review of every question missed. */
class CompletionPanel extends Div {

    CompletionPanel(Review review, Runnable onRetry) {
        addClassName("completion-panel");
        Paragraph score = new Paragraph(getTranslation("lessons.complete.score", review.score()));
        score.addClassName("final-score");
        Paragraph verdict = new Paragraph(getTranslation(review.passed() ? "lessons.complete.passed" : "lessons.complete.notPassed",
                review.passMark()));
        verdict.addClassNames("verdict", review.passed() ? "verdict-correct" : "verdict-wrong");
        verdict.getElement().setAttribute("role", "status");
        Button retry = new Button(getTranslation("lessons.player.retry"), e -> onRetry.run());
        retry.addClassName("retry-lesson");
        if (!review.passed()) {
            retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        add(new H3(getTranslation("lessons.complete.title")), score, verdict, retry);
        if (review.missed().isEmpty()) {
            add(new Paragraph(getTranslation("lessons.complete.noMisses")));
            return;
        }
        add(new H3(getTranslation("lessons.complete.review", review.missed().size())));
        for (MissedQuestion missed : review.missed()) {
            Details details = new Details(missed.question().prompt(),
                    new QuestionPanel(new QuestionStep(missed.question(), Optional.of(missed.answer())), answer -> { }));
            details.addClassName("missed-question");
            add(details);
        }
    }
}
