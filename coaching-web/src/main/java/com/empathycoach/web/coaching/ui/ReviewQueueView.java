package com.empathycoach.web.coaching.ui;

import com.empathycoach.web.coaching.LabelledExamples;
import com.empathycoach.web.shared.LocalizedTitle;
import com.empathycoach.core.coaching.ReviewFacade;
import com.empathycoach.core.coaching.ReviewFacade.ReviewItem;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.shared.Page;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.web.shared.EmptyState;
import com.empathycoach.web.roleplay.ui.ReplyHighlight;
import com.empathycoach.web.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Written role-play replies from the coach's agents that wait for review. Each shows the analyzer's
 * findings and scores; the coach keeps or overrides the score per key and writes feedback.
 */
@Route("coach/reviews")
@Menu(order = 12, title = "menu.coach.reviews", icon = "vaadin:check-square-o")
@RolesAllowed("COACH")
class ReviewQueueView extends VerticalLayout implements LocalizedTitle {

    /** Replies read at a time: each card runs the analyzer, so the queue is read a page at a time. */
    static final int PAGE_SIZE = 50;

    private final transient CurrentUser currentUser;
    private final transient ReviewFacade reviews;
    private final Div queue = new Div();
    private final Button more = new Button();
    private int shown;

    ReviewQueueView(CurrentUser currentUser, ReviewFacade reviews) {
        this.currentUser = currentUser;
        this.reviews = reviews;
        addClassName("review-queue");
        queue.addClassName("review-list");
        more.addClassName("more-reviews");
        more.addClickListener(e -> showMore());
        add(new H2(getTranslation("coaching.review.title")), new Paragraph(getTranslation("coaching.review.intro")),
                exportLink(), queue, more);
        refresh();
    }

    /** The coach's reviews as labelled examples (JSON Lines), to grow the analyzer's test set. */
    private Anchor exportLink() {
        Anchor link = new Anchor(
                (DownloadHandler) event -> {
                    event.setFileName("reviews-labelled-examples.jsonl");
                    event.setContentType("application/jsonl; charset=UTF-8");
                    try (OutputStream out = event.getOutputStream()) {
                        LabelledExamples.write(out,
                                reviews.labelledExamples(currentUser.actor()));
                    }
                }, getTranslation("coaching.review.export"));
        link.getElement().setAttribute("download", true);
        link.addClassName("export-reviews");
        return link;
    }

    private void refresh() {
        queue.removeAll();
        shown = 0;
        if (reviews.countQueue(currentUser.actor()) == 0) {
            queue.add(EmptyState.of(getTranslation("coaching.review.empty")));
            more.setVisible(false);
            return;
        }
        showMore();
    }

    /** Adds the next page of the queue, and offers another while replies are still waiting. */
    private void showMore() {
        List<ReviewItem> items = reviews.queue(currentUser.actor(), new Page(shown, PAGE_SIZE), getLocale());
        items.forEach(item -> queue.add(card(item)));
        shown += items.size();
        int waiting = reviews.countQueue(currentUser.actor()) - shown;
        more.setText(getTranslation("coaching.review.more", Math.max(waiting, 0)));
        more.setVisible(waiting > 0);
    }

    private Card card(ReviewItem item) {
        Card card = new Card();
        card.addClassName("review-card");
        card.setTitle(new Span(getTranslation("coaching.review.cardTitle", item.agentName(), item.scenarioTitle())));
        Paragraph customer = new Paragraph(getTranslation("roleplay.debrief.customerSaid", item.customer()));
        Paragraph prompt = new Paragraph(getTranslation("coaching.review.prompt", item.prompt()));
        prompt.addClassName("hint");
        ReplyHighlight highlight = new ReplyHighlight(item.reply(), item.analysis(), false);
        card.add(customer, prompt, item.scoredByAnotherVersion() ? highlight.withoutVersionLine() : highlight);
        if (item.scoredByAnotherVersion()) {
            Paragraph older = new Paragraph(getTranslation("coaching.review.scoredByOlderAnalyzer", item.scoredBy(),
                    item.analysis().version()));
            older.addClassNames("hint", "scored-by-older-analyzer");
            card.add(older);
        }

        Map<EmpathyKey, IntegerField> fields = new EnumMap<>(EmpathyKey.class);
        FlexLayout scores = new FlexLayout();
        scores.addClassName("review-scores");
        scores.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        for (EmpathyKey key : EmpathyKey.values()) {
            fields.put(key, scoreField(key, item.analyzerScores().getOrDefault(key, 0)));
            scores.add(fields.get(key));
        }
        TextArea feedback = new TextArea(getTranslation("coaching.review.feedback"));
        feedback.setWidthFull();
        feedback.setMaxLength(ReviewFacade.MAX_FEEDBACK_LENGTH);
        feedback.setRequiredIndicatorVisible(true);
        feedback.addClassName("review-feedback");
        Button save = new Button(getTranslation("coaching.review.save"), e -> save(item, fields, feedback));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-review");
        card.add(scores, feedback, save);
        return card;
    }

    /** The coach's score for one key, starting at what the analyzer gave the agent when they replied. */
    private IntegerField scoreField(EmpathyKey key, int analyzerScore) {
        IntegerField field = new IntegerField(getTranslation("key." + key));
        field.setMin(0);
        field.setMax(100);
        field.setStepButtonsVisible(true);
        field.setValue(analyzerScore);
        field.setHelperText(getTranslation("coaching.review.analyzerScore", analyzerScore));
        field.addClassNames("review-score-" + key.name().toLowerCase(java.util.Locale.ROOT), "key-field");
        return field;
    }

    private void save(ReviewItem item, Map<EmpathyKey, IntegerField> fields, TextArea feedback) {
        Map<EmpathyKey, Integer> values = new EnumMap<>(EmpathyKey.class);
        fields.forEach((key, field) -> values.put(key, field.getValue()));
        try {
            reviews.review(currentUser.actor(), item.attemptId(), item.turnNo(), values, feedback.getValue());
        } catch (InvalidInputException ex) {
            feedback.setInvalid(false);
            fields.values().forEach(f -> f.setInvalid(false));
            if ("scores".equals(ex.field())) {
                // The message sits on each score that is out of range (or missing), not on the feedback.
                fields.values().stream().filter(f -> f.getValue() == null || f.getValue() < 0 || f.getValue() > 100)
                        .forEach(f -> {
                            f.setErrorMessage(getTranslation(ex.messageKey()));
                            f.setInvalid(true);
                        });
                fields.values().stream().filter(f -> f.isInvalid()).findFirst().ifPresent(IntegerField::focus);
                return;
            }
            feedback.setErrorMessage(getTranslation(ex.messageKey(), ReviewFacade.MAX_FEEDBACK_LENGTH));
            feedback.setInvalid(true);
            feedback.focus();
            return;
        }
        Notification.show(getTranslation("coaching.review.saved", item.agentName()))
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        refresh();
    }

    @Override
    public String titleKey() {
        return "title.reviewQueueView";
    }
}
