package com.empathycoach.web.feedback.ui;

import com.empathycoach.core.feedback.CustomerAnswer;
import com.empathycoach.core.feedback.CustomerFeedbackFacade;
import com.empathycoach.core.feedback.CustomerFeedbackFacade.LinkCheck;
import com.empathycoach.core.feedback.Ratings;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.web.feedback.SubmissionLimiter;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The public page behind a customer feedback link: no sign-in, one column that fits a phone. It names
 * the agent by first name only, and tells a customer plainly when a link is used, expired or unknown.
 */
@Route(value = "f/:token", autoLayout = false)
@AnonymousAllowed
class CustomerFeedbackView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CustomerFeedbackFacade feedback;
    private final transient SubmissionLimiter limiter;
    private String token;

    CustomerFeedbackView(CustomerFeedbackFacade feedback, SubmissionLimiter limiter) {
        this.feedback = feedback;
        this.limiter = limiter;
        addClassName("customer-feedback");
        getElement().setAttribute("role", "main");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("customer.form.pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        LinkCheck check = feedback.check(token);
        removeAll();
        if (check.status() == LinkCheck.Status.OPEN) {
            showForm(check.agentFirstName());
        } else {
            showEnd(check.status());
        }
    }

    private void showForm(String firstName) {
        RadioButtonGroup<Integer> overall = scale("customer.form.overall", "customer.form.overallScale");
        RadioButtonGroup<Integer> listened = scale("customer.form.listened", "customer.form.agreeScale");
        RadioButtonGroup<Integer> understood = scale("customer.form.understood", "customer.form.agreeScale");
        RadioButtonGroup<Integer> helped = scale("customer.form.wantedToHelp", "customer.form.agreeScale");
        TextArea comment = new TextArea(getTranslation("customer.form.comment"));
        comment.setMaxLength(CustomerAnswer.MAX_COMMENT);
        comment.setHelperText(getTranslation("customer.form.commentHelp", CustomerAnswer.MAX_COMMENT));
        comment.addClassName("customer-comment");
        comment.setWidthFull();
        Paragraph problem = new Paragraph();
        problem.addClassName("form-problem");
        problem.getElement().setAttribute("role", "alert");
        Button send = new Button(getTranslation("customer.form.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("send-feedback");
        send.setDisableOnClick(true);
        send.addClickListener(e -> {
            try {
                submit(List.of(overall, listened, understood, helped), comment, problem);
            } finally {
                send.setEnabled(true);
            }
        });
        add(new H1(getTranslation("customer.form.title", firstName)),
                new Paragraph(getTranslation("customer.form.intro", firstName)),
                overall, listened, understood, helped, comment, problem, send);
    }

    private void submit(List<RadioButtonGroup<Integer>> scales, TextArea comment, Paragraph problem) {
        problem.setText("");
        boolean missing = false;
        for (RadioButtonGroup<Integer> scale : scales) {
            scale.setInvalid(scale.getValue() == null);
            missing |= scale.getValue() == null;
        }
        comment.setInvalid(false);
        if (missing) {
            problem.setText(getTranslation("customer.form.missing"));
            return;
        }
        CustomerAnswer answer;
        try {
            answer = new CustomerAnswer(scales.get(0).getValue(), scales.get(1).getValue(), scales.get(2).getValue(),
                    scales.get(3).getValue(), comment.getValue());
        } catch (InvalidInputException e) {
            comment.setErrorMessage(getTranslation(e.messageKey(), CustomerAnswer.MAX_COMMENT));
            comment.setInvalid(true);
            problem.setText(getTranslation(e.messageKey(), CustomerAnswer.MAX_COMMENT));
            return;
        }
        if (!limiter.tryAcquire(VaadinSession.getCurrent().getBrowser().getAddress())) {
            problem.setText(getTranslation("customer.form.tooMany"));
            return;
        }
        LinkCheck.Status result = feedback.submit(token, answer);
        removeAll();
        if (result == LinkCheck.Status.OPEN) {
            add(new H1(getTranslation("customer.thanks.title")), new Paragraph(getTranslation("customer.thanks.text")));
            addClassName("feedback-sent");
        } else {
            showEnd(result);
        }
    }

    private void showEnd(LinkCheck.Status status) {
        add(new H1(getTranslation("customer.end." + status + ".title")),
                new Paragraph(getTranslation("customer.end." + status + ".text")));
        addClassName("feedback-end");
    }

    private RadioButtonGroup<Integer> scale(String labelKey, String scaleKey) {
        RadioButtonGroup<Integer> group = new RadioButtonGroup<>(getTranslation(labelKey));
        group.setItems(IntStream.rangeClosed(Ratings.MIN, Ratings.MAX).boxed().toList());
        group.setHelperText(getTranslation(scaleKey));
        group.setRequiredIndicatorVisible(true);
        group.setErrorMessage(getTranslation("customer.form.pick"));
        group.addClassName("rating-scale");
        return group;
    }
}
