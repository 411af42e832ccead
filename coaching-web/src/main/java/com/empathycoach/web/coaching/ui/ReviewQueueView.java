package com.empathycoach.web.coaching.ui;

import com.empathycoach.web.shared.LocalizedTitle;
import com.empathycoach.core.coaching.ReviewFacade;
import com.empathycoach.core.coaching.ReviewFacade.ReviewItem;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.web.shared.EmptyState;
import com.empathycoach.web.roleplay.ui.ReplyHighlight;
import com.empathycoach.web.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

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
public class ReviewQueueView extends VerticalLayout implements LocalizedTitle {

    private final transient CurrentUser currentUser;
    private final transient ReviewFacade reviews;
    private final Div queue = new Div();

    public ReviewQueueView(CurrentUser currentUser, ReviewFacade reviews) {
        this.currentUser = currentUser;
        this.reviews = reviews;
        addClassName("review-queue");
        queue.addClassName("review-list");
        add(new H2(getTranslation("coaching.review.title")), new Paragraph(getTranslation("coaching.review.intro")), queue);
        refresh();
    }

    private void refresh() {
        queue.removeAll();
        List<ReviewItem> items = reviews.queue(currentUser.actor());
        if (items.isEmpty()) {
            queue.add(EmptyState.of(getTranslation("coaching.review.empty")));
            return;
        }
        items.forEach(item -> queue.add(card(item)));
    }

    private Card card(ReviewItem item) {
        Card card = new Card();
        card.addClassName("review-card");
        card.setTitle(new Span(getTranslation("coaching.review.cardTitle", item.agentName(), item.scenarioTitle())));
        Paragraph customer = new Paragraph(getTranslation("roleplay.debrief.customerSaid", item.customer()));
        Paragraph prompt = new Paragraph(getTranslation("coaching.review.prompt", item.prompt()));
        prompt.addClassName("hint");
        card.add(customer, prompt, new ReplyHighlight(item.reply(), item.analysis(), false));

        Map<EmpathyKey, IntegerField> fields = new EnumMap<>(EmpathyKey.class);
        FlexLayout scores = new FlexLayout();
        scores.addClassName("review-scores");
        scores.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        for (EmpathyKey key : EmpathyKey.values()) {
            IntegerField field = new IntegerField(getTranslation("key." + key));
            field.setMin(0);
            field.setMax(100);
            field.setStepButtonsVisible(true);
            field.setValue(item.analysis().scores().getOrDefault(key, 0));
            field.setHelperText(getTranslation("coaching.review.analyzerScore", item.analysis().scores().getOrDefault(key, 0)));
            field.addClassName("review-score-" + key.name().toLowerCase(java.util.Locale.ROOT));
            fields.put(key, field);
            scores.add(field);
        }
        TextArea feedback = new TextArea(getTranslation("coaching.review.feedback"));
        feedback.setWidthFull();
        feedback.setMaxLength(ReviewFacade.MAX_FEEDBACK_LENGTH);
        feedback.setRequiredIndicatorVisible(true);
        feedback.addClassName("review-feedback");
        Button save = new Button(getTranslation("coaching.review.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-review");
        save.addClickListener(e -> {
            Map<EmpathyKey, Integer> values = new EnumMap<>(EmpathyKey.class);
            fields.forEach((key, field) -> values.put(key, field.getValue()));
            try {
                reviews.review(currentUser.actor(), item.attemptId(), item.turnNo(), values, feedback.getValue());
            } catch (InvalidInputException ex) {
                feedback.setErrorMessage(getTranslation(ex.messageKey(), ReviewFacade.MAX_FEEDBACK_LENGTH));
                feedback.setInvalid(true);
                feedback.focus();
                return;
            }
            Notification.show(getTranslation("coaching.review.saved", item.agentName()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        card.add(scores, feedback, save);
        return card;
    }

    @Override
    public String titleKey() {
        return "title.reviewQueueView";
    }
}
