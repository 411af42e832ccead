package com.empathycoach.web.lesson.ui;

import com.empathycoach.core.lesson.LessonFacade;
import com.empathycoach.core.lesson.LessonViews.ItemFlag;
import com.empathycoach.core.lesson.LessonViews.ModuleProgress;
import com.empathycoach.core.lesson.LessonViews.OptionShare;
import com.empathycoach.core.lesson.LessonViews.QuestionInsight;
import com.empathycoach.core.lesson.QuestionInsightsFacade;
import com.empathycoach.core.lesson.QuestionType;
import com.empathycoach.web.security.CurrentUser;
import com.empathycoach.web.shared.EmptyState;
import com.empathycoach.web.shared.LocalizedTitle;
import com.empathycoach.web.shared.Routes;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;
import java.util.Locale;

/**
 * Item analysis for coaches, HR and authors: per question, how often each option is picked, how many learners get
 * it right on their first try, and flags for questions that are too easy, too hard or have a tempting wrong option.
 */
@Route(Routes.QUESTION_INSIGHTS)
@Menu(order = 14, title = "menu.insights", icon = "vaadin:chart-grid")
@RolesAllowed({"COACH", "ADMIN", "HR", "AUTHOR"})
class QuestionInsightsView extends VerticalLayout implements LocalizedTitle, BeforeEnterObserver {

    private final transient CurrentUser currentUser;
    private final transient QuestionInsightsFacade insights;
    private final ComboBox<ModuleProgress> module = new ComboBox<>();
    private final Select<Integer> revision = new Select<>();
    private final Checkbox flaggedOnly = new Checkbox();
    private final Paragraph summary = new Paragraph();
    private final Div results = new Div();

    QuestionInsightsView(CurrentUser currentUser, LessonFacade lessons, QuestionInsightsFacade insights) {
        this.currentUser = currentUser;
        this.insights = insights;
        addClassName("insights-view");
        module.setLabel(getTranslation("insights.module"));
        module.setItems(lessons.catalogue(currentUser.actor(), getLocale()));
        module.setItemLabelGenerator(ModuleProgress::title);
        module.setWidth("min(100%, 28rem)");
        module.addValueChangeListener(e -> revisions());
        revision.setLabel(getTranslation("insights.revision"));
        revision.setItemLabelGenerator(r -> r == 0 ? getTranslation("insights.allRevisions")
                : getTranslation("authoring.revision", r));
        revision.addValueChangeListener(e -> show());
        revision.addClassName("insights-revision");
        flaggedOnly.setLabel(getTranslation("insights.flaggedOnly"));
        flaggedOnly.addValueChangeListener(e -> show());
        FlexLayout filters = new FlexLayout(module, revision, flaggedOnly);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        summary.addClassName("insights-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        add(new H2(getTranslation("insights.title")), new Paragraph(getTranslation("insights.intro")),
                new Paragraph(getTranslation("insights.flagRules", ItemFlag.MIN_ANSWERS)),
                Routes.link(Routes.ROLEPLAY_INSIGHTS, getTranslation("insights.toRolePlays")), filters, summary, results);
        results.add(EmptyState.of(getTranslation("insights.pick")));
    }

    /** {@code ?module=<id>} opens that module, as the authoring editor links here. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("module").ifPresent(id -> module.getListDataView()
                .getItems().filter(m -> m.moduleId().equals(id)).findFirst().ifPresent(module::setValue));
    }

    /** Item statistics are kept per revision: all revisions together, or one (the current one first). */
    private void revisions() {
        if (module.getValue() == null) {
            revision.setItems(List.of());
            show();
            return;
        }
        List<Integer> numbers = new java.util.ArrayList<>(insights.revisions(currentUser.actor(), module.getValue().moduleId()));
        java.util.Collections.reverse(numbers);
        numbers.add(0);
        revision.setItems(numbers);
        revision.setValue(0);
        show();
    }

    private void show() {
        results.removeAll();
        summary.setText("");
        if (module.getValue() == null) {
            results.add(EmptyState.of(getTranslation("insights.pick")));
            return;
        }
        Integer chosen = revision.getValue() == null || revision.getValue() == 0 ? null : revision.getValue();
        List<QuestionInsight> answered = insights.insights(currentUser.actor(), module.getValue().moduleId(), chosen,
                        getLocale())
                .stream().filter(r -> r.answers() > 0).toList();
        if (answered.isEmpty()) {
            results.add(EmptyState.of(getTranslation("insights.noAnswers")));
            return;
        }
        long flagged = answered.stream().filter(r -> !r.flags().isEmpty()).count();
        summary.setText(getTranslation("insights.summary", answered.size(), flagged));
        List<QuestionInsight> shown = flaggedOnly.getValue()
                ? answered.stream().filter(r -> !r.flags().isEmpty()).toList() : answered;
        if (shown.isEmpty()) {
            results.add(EmptyState.of(getTranslation("insights.noFlags")));
        }
        shown.forEach(r -> results.add(card(r)));
    }

    private Card card(QuestionInsight insight) {
        Card card = new Card();
        card.addClassName("insight-card");
        card.setTitle(insight.question().prompt());
        card.setSubtitle(new Span(getTranslation("insights.subtitle", insight.lessonTitle(), insight.answers())));
        card.add(firstTry(insight));
        if (!insight.flags().isEmpty()) {
            Div flags = new Div();
            flags.addClassName("insight-flags");
            insight.flags().stream().sorted().forEach(f -> flags.add(flag(f)));
            card.add(flags);
        }
        if (insight.question().type() == QuestionType.ORDERING) {
            card.add(new Paragraph(getTranslation("insights.orderingNote")));
        } else if (insight.question().type() == QuestionType.MULTIPLE) {
            card.add(new Paragraph(getTranslation("insights.multipleNote")));
        }
        for (OptionShare share : insight.options()) {
            boolean good = QuestionInsightsFacade.right(insight.question(), share.option());
            Span label = new Span(getTranslation(good ? "insights.correct" : "insights.wrong",
                    share.option().text(), share.percent(), share.picks()));
            label.addClassName(good ? "option-correct" : "option-wrong");
            ProgressBar bar = new ProgressBar(0, 100, share.percent());
            bar.getElement().setAttribute("aria-label", share.option().text());
            card.add(label, bar);
        }
        return card;
    }

    private Paragraph firstTry(QuestionInsight insight) {
        Paragraph line = new Paragraph(insight.firstTryPercent() == null
                ? getTranslation("insights.noFirstTries")
                : getTranslation("insights.firstTry", insight.firstTryPercent(), insight.firstTries()));
        line.addClassName("insight-first-try");
        return line;
    }

    private Span flag(ItemFlag flag) {
        Span badge = new Span(getTranslation("insights.flag." + flag.name()));
        badge.getElement().getThemeList().add(flag == ItemFlag.TOO_EASY ? "badge contrast" : "badge error");
        badge.addClassName("insight-flag");
        badge.getElement().setAttribute("data-flag", flag.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    @Override
    public String titleKey() {
        return "title.questionInsightsView";
    }
}
