package com.empathycoach.web.lesson.ui;

import com.empathycoach.web.shared.Routes;
import com.empathycoach.web.shared.LocalizedTitle;
import com.empathycoach.core.lesson.LessonFacade;
import com.empathycoach.core.lesson.LessonViews.ModuleProgress;
import com.empathycoach.web.shared.EmptyState;
import com.empathycoach.web.security.CurrentUser;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/** All modules with the learner's progress in each. */
@Route(Routes.CATALOGUE)
@Menu(order = 1, title = "menu.lessons", icon = "vaadin:academy-cap")
@RolesAllowed({"AGENT", "COACH"})
class CatalogueView extends VerticalLayout implements LocalizedTitle {

    CatalogueView(CurrentUser currentUser, LessonFacade lessons) {
        addClassName("catalogue");
        add(new H2(getTranslation("lessons.catalogue.title")));
        List<ModuleProgress> modules = lessons.catalogue(currentUser.actor(), getLocale());
        if (modules.isEmpty()) {
            Paragraph empty = EmptyState.of(getTranslation("lessons.catalogue.empty"));
            add(empty);
            return;
        }
        FlexLayout cards = new FlexLayout();
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.addClassName("card-grid");
        modules.forEach(module -> cards.add(card(module)));
        add(cards);
    }

    private Card card(ModuleProgress module) {
        Card card = new Card();
        card.addClassName("module-card");
        RouterLink link = new RouterLink(module.title(), ModuleView.class, new RouteParameters("moduleId", module.moduleId()));
        link.addClassName("module-link");
        card.setTitle(link);
        card.setSubtitle(new Span(getTranslation("key." + module.key())));
        card.add(new Paragraph(module.summary()));
        ProgressBar bar = new ProgressBar(0, 1, module.fraction());
        bar.getElement().setAttribute("aria-label", getTranslation("lessons.catalogue.progress.label", module.title()));
        Span label = new Span(getTranslation("lessons.catalogue.progress", module.lessonsPassed(), module.lessonCount()));
        label.addClassName("progress-label");
        card.add(bar, label);
        if (module.lessonsInProgress() > 0) {
            Span open = new Span(getTranslation("lessons.catalogue.inProgress", module.lessonsInProgress()));
            open.addClassName("progress-label");
            card.add(open);
        }
        if (module.lessonsAttempted() > 0) {
            Span attempted = new Span(getTranslation("agent.home.attempted", module.lessonsAttempted()));
            attempted.addClassNames("progress-label", "attempted-label");
            card.add(attempted);
        }
        return card;
    }

    @Override
    public String titleKey() {
        return "title.catalogueView";
    }
}
