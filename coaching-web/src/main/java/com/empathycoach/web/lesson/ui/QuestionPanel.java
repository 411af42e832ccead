package com.empathycoach.web.lesson.ui;

import com.empathycoach.core.lesson.AnswerOption;
import com.empathycoach.core.lesson.LessonStep.QuestionStep;
import com.empathycoach.core.lesson.Question;
import com.empathycoach.core.lesson.QuestionType;
import com.empathycoach.core.lesson.RecordedAnswer;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One question: the situation, the customer's words, the options, and once answered, instant feedback
 * with every option's explanation. The answer is handed to {@code onAnswer}; nothing here grades.
 */
class QuestionPanel extends Div {

    private final Question question;
    private final Consumer<List<String>> onAnswer;
    private RadioButtonGroup<AnswerOption> single;
    private CheckboxGroup<AnswerOption> multiple;
    private OrderingList ordering;

    QuestionPanel(QuestionStep step, Consumer<List<String>> onAnswer) {
        this.question = step.question();
        this.onAnswer = onAnswer;
        addClassName("question-panel");
        if (question.situation() != null) {
            Paragraph situation = new Paragraph(question.situation());
            situation.addClassName("situation");
            add(situation);
        }
        if (question.customerMessage() != null) {
            Paragraph customer = new Paragraph(getTranslation("lessons.question.customer", question.customerMessage()));
            customer.addClassName("customer-message");
            add(customer);
        }
        add(new H3(question.prompt()));
        if (question.type() == QuestionType.MULTIPLE) {
            Paragraph hint = new Paragraph(getTranslation("lessons.question.multipleHint"));
            hint.addClassName("hint");
            add(hint);
        }
        step.answer().ifPresentOrElse(this::showFeedback, this::showInput);
    }

    private void showInput() {
        Component input = switch (question.type()) {
            case SINGLE, BEST_REPLY -> {
                single = new RadioButtonGroup<>(getTranslation("lessons.question.choose"));
                single.setItems(question.options());
                single.setItemLabelGenerator(AnswerOption::text);
                single.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
                yield single;
            }
            case MULTIPLE -> {
                multiple = new CheckboxGroup<>(getTranslation("lessons.question.chooseAll"));
                multiple.setItems(question.options());
                multiple.setItemLabelGenerator(AnswerOption::text);
                multiple.addClassName("vertical-group");
                yield multiple;
            }
            case ORDERING -> ordering = new OrderingList(question.options(), this::getTranslation);
        };
        Button check = new Button(getTranslation("lessons.question.check"), e -> submit());
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClassName("check-answer");
        add(input, check);
    }

    private void submit() {
        List<String> answer = new ArrayList<>();
        if (single != null && single.getValue() != null) {
            answer.add(single.getValue().id());
        } else if (multiple != null) {
            question.options().stream().filter(multiple.getValue()::contains).forEach(o -> answer.add(o.id()));
        } else if (ordering != null) {
            answer.addAll(ordering.orderedIds());
        }
        if (answer.isEmpty()) {
            Paragraph error = new Paragraph(getTranslation("lessons.answer.incomplete"));
            error.addClassName("inline-error");
            error.getElement().setAttribute("role", "alert");
            getChildren().filter(c -> c.hasClassName("inline-error")).toList().forEach(this::remove);
            add(error);
            return;
        }
        onAnswer.accept(answer);
    }

    private void showFeedback(RecordedAnswer answer) {
        Paragraph verdict = new Paragraph(getTranslation(answer.correct() ? "lessons.feedback.correct" : "lessons.feedback.wrong"));
        verdict.addClassNames("verdict", answer.correct() ? "verdict-correct" : "verdict-wrong");
        verdict.getElement().setAttribute("role", "status");
        add(verdict);
        if (question.type() == QuestionType.ORDERING) {
            add(new Paragraph(getTranslation("lessons.feedback.yourOrder")), ordered(answer.answer()));
            add(new Paragraph(getTranslation("lessons.feedback.bestOrder")), ordered(question.expected()));
            return;
        }
        Set<String> chosen = Set.copyOf(answer.answer());
        UnorderedList list = new UnorderedList();
        list.addClassName("option-feedback");
        for (AnswerOption option : question.options()) {
            ListItem item = new ListItem();
            item.addClassName(option.correct() ? "option-correct" : "option-wrong");
            String marks = (chosen.contains(option.id()) ? getTranslation("lessons.feedback.yourChoice") + " " : "")
                    + getTranslation(option.correct() ? "lessons.feedback.rightOption" : "lessons.feedback.wrongOption");
            Span mark = new Span(marks);
            mark.addClassName("option-mark");
            item.add(mark, new Span(" " + option.text()), explanation(option));
            list.add(item);
        }
        add(list);
    }

    private Component ordered(List<String> ids) {
        UnorderedList list = new UnorderedList();
        list.addClassName("option-feedback");
        ids.forEach(id -> question.option(id).ifPresent(o -> list.add(new ListItem(new Span(o.text()), explanation(o)))));
        return list;
    }

    private static Component explanation(AnswerOption option) {
        Paragraph p = new Paragraph(option.explanation());
        p.addClassName("explanation");
        return p;
    }

}
