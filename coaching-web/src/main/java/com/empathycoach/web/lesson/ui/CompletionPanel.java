package com.empathycoach.web.lesson.ui;

import com.empathycoach.core.gamification.Badge;
import com.empathycoach.core.gamification.LessonXp;
import com.empathycoach.core.lesson.LessonStep.QuestionStep;
import com.empathycoach.core.lesson.LessonViews.MissedQuestion;
import com.empathycoach.core.lesson.LessonViews.Review;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.progressbar.ProgressBar;

import java.util.Optional;

/**
 * The end of a lesson: whether it is passed (the heading says the same as the verdict), the score against the
 * pass mark, the XP the attempt earned and why, the level reached, any badge earned, and every question missed.
 */
class CompletionPanel extends Div {

    CompletionPanel(Review review, LessonXp xp, Runnable onRetry) {
        addClassName("completion-panel");
        H3 heading = new H3(getTranslation(review.passed() ? "lessons.complete.title.passed" : "lessons.complete.title.notPassed"));
        heading.addClassName("completion-title");
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
        add(heading, score, verdict);
        if (xp != null) {
            add(xpCard(xp));
        }
        add(retry);
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

    private Div xpCard(LessonXp xp) {
        Div card = new Div();
        card.addClassName("xp-earned");
        Paragraph total = new Paragraph(getTranslation("lessons.xp.title", xp.earned()));
        total.addClassName("xp-earned-total");
        UnorderedList lines = new UnorderedList();
        for (LessonXp.Line line : xp.lines()) {
            lines.add(new ListItem(getTranslation("lessons.xp.rule." + line.rule(), line.paid())));
        }
        Paragraph reason = new Paragraph(getTranslation("lessons.xp.reason." + xp.reason(), xp.attemptNo(), xp.repeatPercent()));
        reason.addClassName("xp-earned-reason");
        var level = xp.level();
        Paragraph toNext = new Paragraph(getTranslation("lessons.xp.level", level.level(), level.nextLevelAt() - level.xp(),
                level.level() + 1));
        toNext.addClassName("xp-earned-level");
        ProgressBar bar = new ProgressBar(0, 1, Math.max(0, Math.min(1, level.fraction())));
        bar.getElement().setAttribute("aria-label", toNext.getText());
        card.add(total, lines, reason, toNext, bar);
        for (Badge badge : xp.badges()) {
            Paragraph earned = new Paragraph(new Icon(badge.icon()),
                    new Span(" " + getTranslation("lessons.xp.badge", badge.name(getLocale()))));
            earned.addClassName("xp-earned-badge");
            card.add(earned);
        }
        return card;
    }
}
