package com.empathycoach.web.roleplay.ui;

import com.empathycoach.web.shared.Routes;
import com.empathycoach.web.shared.Formats;
import com.empathycoach.core.roleplay.RolePlayFacade;
import com.empathycoach.core.roleplay.RolePlayViews.ReviewedReply;
import com.empathycoach.web.shared.EmptyState;
import com.empathycoach.web.shared.LocalizedTitle;
import com.empathycoach.web.security.CurrentUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every written reply a coach reviewed, newest first, each with what the customer said, the reply, the coach's
 * scores and comments. A notification or the home page points at one entry ({@code ?attempt=&turn=}), which is
 * marked and scrolled to, so a review stays reachable after the scenario is played again.
 */
@Route(Routes.REVIEWED_REPLIES)
@Menu(order = 2.5, title = "menu.reviewedReplies", icon = "vaadin:comment-ellipsis-o")
@RolesAllowed("AGENT")
class ReviewedRepliesView extends VerticalLayout implements BeforeEnterObserver, LocalizedTitle {

    private final transient CurrentUser currentUser;
    private final transient RolePlayFacade rolePlays;

    ReviewedRepliesView(CurrentUser currentUser, RolePlayFacade rolePlays) {
        this.currentUser = currentUser;
        this.rolePlays = rolePlays;
        addClassName("reviewed-replies");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
        String wanted = query.getOrDefault("attempt", List.of("")).getFirst() + "#" + query.getOrDefault("turn", List.of("")).getFirst();
        removeAll();
        add(new H2(getTranslation("reviewed.title")), new Paragraph(getTranslation("reviewed.intro")));
        List<ReviewedReply> replies = rolePlays.reviewedReplies(currentUser.actor(), getLocale());
        if (replies.isEmpty()) {
            add(EmptyState.of(getTranslation("reviewed.empty")));
            return;
        }
        for (ReviewedReply reply : replies) {
            Div entry = entry(reply);
            add(entry);
            if (wanted.equals(reply.attemptId() + "#" + reply.turnNo())) {
                entry.addClassName("reviewed-reply-selected");
                entry.getElement().setAttribute("aria-current", "true");
                entry.getElement().executeJs("this.scrollIntoView({block: 'start'}); this.focus()");
            }
        }
    }

    private Div entry(ReviewedReply reply) {
        Div entry = new Div();
        entry.addClassName("reviewed-reply");
        entry.setId("review-" + reply.attemptId() + "-" + reply.turnNo());
        entry.getElement().setAttribute("tabindex", "-1");
        DateTimeFormatter when = Formats.date(getLocale());
        RouterLink scenario = new RouterLink(reply.scenarioTitle(), RolePlayView.class,
                new RouteParameters("scenarioId", reply.scenarioId()));
        H3 heading = new H3(scenario);
        Paragraph meta = new Paragraph(getTranslation("reviewed.meta", reply.attemptNo(), reply.review().reviewerName(),
                when.format(reply.review().reviewedAt().atZone(ZoneId.systemDefault()))));
        meta.addClassName("reviewed-meta");
        Paragraph customer = new Paragraph(getTranslation("reviewed.customer", reply.customer()));
        Paragraph mine = new Paragraph(getTranslation("reviewed.reply", reply.reply()));
        mine.addClassName("reviewed-reply-text");
        String scores = reply.review().scores().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> getTranslation("key." + e.getKey()) + " " + e.getValue() + "%").collect(Collectors.joining(", "));
        Paragraph coachScores = new Paragraph(getTranslation("reviewed.scores", scores));
        Paragraph comment = new Paragraph(getTranslation("reviewed.comment", reply.review().feedback() == null ? ""
                : reply.review().feedback()));
        comment.addClassName("reviewed-comment");
        entry.add(heading, meta, customer, mine, coachScores, comment);
        return entry;
    }

    @Override
    public String titleKey() {
        return "title.reviewedRepliesView";
    }
}
