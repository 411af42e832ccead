package com.empathycoach.web.lesson.ui;

import com.empathycoach.web.shared.LocalizedTitle;
import com.empathycoach.core.lesson.LessonFacade;
import com.empathycoach.core.lesson.LessonViews.ModuleProgress;
import com.empathycoach.core.lesson.LessonViews.OptionShare;
import com.empathycoach.core.lesson.LessonViews.QuestionInsight;
import com.empathycoach.core.lesson.QuestionInsightsFacade;
import com.empathycoach.core.lesson.QuestionType;
import com.empathycoach.web.shared.EmptyState;
import com.empathycoach.web.security.CurrentUser;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** For coaches and authors: how often learners pick each option, so tempting wrong answers stand out. */
@Route("insights/questions")
@Menu(order = 12, title = "menu.insights", icon = "vaadin:chart-grid")
@RolesAllowed({"COACH", "ADMIN", "HR"})
class QuestionInsightsView extends VerticalLayout implements LocalizedTitle {

    private final transient CurrentUser currentUser;
    private final transient QuestionInsightsFacade insights;
    private final Div results = new Div();

    QuestionInsightsView(CurrentUser currentUser, LessonFacade lessons, QuestionInsightsFacade insights) {
        this.currentUser = currentUser;
        this.insights = insights;
        addClassName("insights-view");
        ComboBox<ModuleProgress> module = new ComboBox<>(getTranslation("insights.module"));
        module.setItems(lessons.catalogue(currentUser.actor(), getLocale()));
        module.setItemLabelGenerator(ModuleProgress::title);
        module.setWidth("min(100%, 28rem)");
        module.addValueChangeListener(e -> show(e.getValue()));
        add(new H2(getTranslation("insights.title")), new Paragraph(getTranslation("insights.intro")), module, results);
        Paragraph empty = EmptyState.of(getTranslation("insights.pick"));
        results.add(empty);
    }

    private void show(ModuleProgress module) {
        results.removeAll();
        if (module == null) {
            return;
        }
        List<QuestionInsight> rows = insights.insights(currentUser.actor(), module.moduleId());
        if (rows.stream().allMatch(r -> r.answers() == 0)) {
            Paragraph empty = EmptyState.of(getTranslation("insights.noAnswers"));
            results.add(empty);
            return;
        }
        rows.stream().filter(r -> r.answers() > 0).forEach(r -> results.add(card(r)));
    }

    private Card card(QuestionInsight insight) {
        Card card = new Card();
        card.addClassName("insight-card");
        card.setTitle(insight.question().prompt());
        card.setSubtitle(new Span(getTranslation("insights.subtitle", insight.lessonTitle(), insight.answers())));
        if (insight.question().type() == QuestionType.ORDERING) {
            card.add(new Paragraph(getTranslation("insights.orderingNote")));
        }
        for (OptionShare share : insight.options()) {
            boolean good = insight.question().type() == QuestionType.ORDERING
                    ? share.option().rank() == insight.question().options().size() : share.option().correct();
            Span label = new Span(getTranslation(good ? "insights.correct" : "insights.wrong",
                    share.option().text(), share.percent(), share.picks()));
            label.addClassName(good ? "option-correct" : "option-wrong");
            ProgressBar bar = new ProgressBar(0, 100, share.percent());
            bar.getElement().setAttribute("aria-label", share.option().text());
            card.add(label, bar);
        }
        return card;
    }

    @Override
    public String titleKey() {
        return "title.questionInsightsView";
    }
}
