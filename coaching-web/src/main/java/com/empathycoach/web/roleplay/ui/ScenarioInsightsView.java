package com.empathycoach.web.roleplay.ui;

import com.empathycoach.core.roleplay.RolePlayFacade;
import com.empathycoach.core.roleplay.RolePlayStore.WrittenReply;
import com.empathycoach.core.roleplay.RolePlayViews.ChoiceShare;
import com.empathycoach.core.roleplay.RolePlayViews.NodeInsight;
import com.empathycoach.core.roleplay.RolePlayViews.ScenarioCard;
import com.empathycoach.core.roleplay.ScenarioInsightsFacade;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.web.security.CurrentUser;
import com.empathycoach.web.shared.EmptyState;
import com.empathycoach.web.shared.Formats;
import com.empathycoach.web.shared.LocalizedTitle;
import com.empathycoach.web.shared.Paging;
import com.empathycoach.web.shared.Routes;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.util.List;
import java.time.format.DateTimeFormatter;

/**
 * Item analysis of role-plays: at each node, which choices learners pick (weak ones marked), and at each free-text
 * node every reply written there, newest first and without the writer's name.
 */
@Route(Routes.ROLEPLAY_INSIGHTS)
@Menu(order = 14.5, title = "menu.rolePlayInsights", icon = "vaadin:comments")
@RolesAllowed({"COACH", "ADMIN", "HR", "AUTHOR"})
class ScenarioInsightsView extends VerticalLayout implements LocalizedTitle, BeforeEnterObserver {

    private final transient CurrentUser currentUser;
    private final transient ScenarioInsightsFacade insights;
    private final Div results = new Div();
    private final ComboBox<ScenarioCard> scenario;
    private final Select<Integer> revision = new Select<>();

    ScenarioInsightsView(CurrentUser currentUser, RolePlayFacade rolePlays, ScenarioInsightsFacade insights) {
        this.currentUser = currentUser;
        this.insights = insights;
        addClassName("insights-view");
        scenario = new ComboBox<>(getTranslation("scenarioInsights.scenario"));
        scenario.setItems(rolePlays.catalogue(currentUser.actor(), getLocale()));
        scenario.setItemLabelGenerator(s -> s.title() + " · " + getTranslation("channel." + s.channel().name()));
        scenario.setWidth("min(100%, 32rem)");
        scenario.addValueChangeListener(e -> revisions());
        revision.setLabel(getTranslation("insights.revision"));
        revision.setItemLabelGenerator(r -> r == 0 ? getTranslation("insights.allRevisions")
                : getTranslation("authoring.revision", r));
        revision.addValueChangeListener(e -> show(scenario.getValue()));
        revision.addClassName("insights-revision");
        add(new H2(getTranslation("scenarioInsights.title")), new Paragraph(getTranslation("scenarioInsights.intro")),
                Routes.link(Routes.QUESTION_INSIGHTS, getTranslation("scenarioInsights.toQuestions")), scenario, revision, results);
        results.add(EmptyState.of(getTranslation("scenarioInsights.pick")));
    }

    /** {@code ?scenario=<id>} opens that role-play, as the authoring editor links here. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("scenario").ifPresent(id -> scenario.getListDataView()
                .getItems().filter(s -> s.scenarioId().equals(id)).findFirst().ifPresent(scenario::setValue));
    }

    /** Plays are kept per revision: all revisions together, or one. */
    private void revisions() {
        if (scenario.getValue() == null) {
            revision.setItems(List.of());
            show(null);
            return;
        }
        List<Integer> numbers = new java.util.ArrayList<>(insights.revisions(currentUser.actor(),
                scenario.getValue().scenarioId()));
        java.util.Collections.reverse(numbers);
        numbers.add(0);
        revision.setItems(numbers);
        revision.setValue(0);
        show(scenario.getValue());
    }

    private Integer chosenRevision() {
        return revision.getValue() == null || revision.getValue() == 0 ? null : revision.getValue();
    }

    private void show(ScenarioCard scenario) {
        results.removeAll();
        if (scenario == null) {
            results.add(EmptyState.of(getTranslation("scenarioInsights.pick")));
            return;
        }
        int step = 1;
        for (NodeInsight node : insights.nodes(currentUser.actor(), scenario.scenarioId(), chosenRevision(), getLocale())) {
            Card card = node.written() ? written(scenario.scenarioId(), node) : choices(node);
            card.setTitle(getTranslation("scenarioInsights.step", step++));
            Paragraph customer = new Paragraph(node.customer());
            customer.addClassName("insight-customer");
            card.addComponentAsFirst(customer);
            results.add(card);
        }
    }

    private Card choices(NodeInsight node) {
        Card card = nodeCard(node);
        long total = node.choices().stream().mapToLong(ChoiceShare::picks).sum();
        card.setSubtitle(new Span(getTranslation("scenarioInsights.picks", total)));
        for (ChoiceShare choice : node.choices()) {
            Span label = new Span(getTranslation(choice.weak() ? "scenarioInsights.weak" : "scenarioInsights.strong",
                    choice.text(), choice.percent(), choice.picks()));
            label.addClassName(choice.weak() ? "option-wrong" : "option-correct");
            ProgressBar bar = new ProgressBar(0, 100, choice.percent());
            bar.getElement().setAttribute("aria-label", choice.text());
            card.add(label, bar);
        }
        return card;
    }

    private Card written(String scenarioId, NodeInsight node) {
        Card card = nodeCard(node);
        card.addClassName("written-node");
        card.setSubtitle(new Span(getTranslation("scenarioInsights.replies", node.writtenReplies())));
        card.add(new Paragraph(getTranslation("scenarioInsights.prompt", node.writtenPrompt())));
        if (node.writtenReplies() == 0) {
            card.add(EmptyState.of(getTranslation("scenarioInsights.noReplies")));
            return card;
        }
        if (!node.repliesShown()) {
            card.add(EmptyState.of(getTranslation("scenarioInsights.tooFewWriters", NodeInsight.MIN_WRITERS, node.writers())));
            return card;
        }
        DateTimeFormatter when = Formats.dateTime(getLocale());
        Grid<WrittenReply> replies = new Grid<>();
        replies.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        replies.addColumn(r -> when.format(r.at().atZone(ZoneId.systemDefault())))
                .setHeader(getTranslation("scenarioInsights.when")).setAutoWidth(true).setFlexGrow(0);
        replies.addColumn(WrittenReply::reply).setHeader(getTranslation("scenarioInsights.reply")).setFlexGrow(1);
        replies.addColumn(this::scores).setHeader(getTranslation("scenarioInsights.scores")).setAutoWidth(true)
                .setFlexGrow(0);
        replies.setItems(query -> insights.replies(currentUser.actor(), scenarioId, chosenRevision(), node.nodeId(),
                Paging.page(query)).stream());
        replies.setHeight(node.writtenReplies() > 4 ? "22rem" : "12rem");
        replies.getElement().setAttribute("aria-label", getTranslation("scenarioInsights.replies", node.writtenReplies()));
        card.add(replies);
        return card;
    }

    private String scores(WrittenReply reply) {
        StringBuilder text = new StringBuilder();
        for (EmpathyKey key : EmpathyKey.values()) {
            text.append(text.isEmpty() ? "" : " · ").append(getTranslation("key.short." + key.name()))
                    .append(' ').append(reply.scores().getOrDefault(key, 0));
        }
        return text.toString();
    }

    private static Card nodeCard(NodeInsight node) {
        Card card = new Card();
        card.addClassName("insight-card");
        card.getElement().setAttribute("data-node", node.nodeId());
        return card;
    }

    @Override
    public String titleKey() {
        return "title.scenarioInsightsView";
    }
}
