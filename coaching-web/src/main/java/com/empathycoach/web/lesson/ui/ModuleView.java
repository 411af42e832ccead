package com.empathycoach.web.lesson.ui;

import com.empathycoach.web.shared.Routes;
import com.empathycoach.core.lesson.LessonFacade;
import com.empathycoach.core.lesson.LessonViews.LessonState;
import com.empathycoach.core.lesson.LessonViews.LessonStatus;
import com.empathycoach.core.lesson.LessonViews.ModuleOverview;
import com.empathycoach.core.lesson.UnknownContentException;
import com.empathycoach.web.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/** One module: its lessons, where the learner stands in each, and a button to start, resume or retry. */
@Route(Routes.MODULE)
@RolesAllowed({"AGENT", "COACH"})
class ModuleView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CurrentUser currentUser;
    private final transient LessonFacade lessons;
    private String title = "";


    ModuleView(CurrentUser currentUser, LessonFacade lessons) {
        this.currentUser = currentUser;
        this.lessons = lessons;
        addClassName("module-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String moduleId = event.getRouteParameters().get("moduleId").orElse("");
        ModuleOverview module;
        try {
            module = lessons.module(currentUser.actor(), moduleId, getLocale());
        } catch (UnknownContentException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = module.title();
        removeAll();
        add(new RouterLink(getTranslation("lessons.module.back"), CatalogueView.class));
        add(new H2(module.title()), new Span(getTranslation("key." + module.key())), new Paragraph(module.summary()));
        module.lessons().forEach(lesson -> add(lessonCard(module, lesson)));
    }

    private Card lessonCard(ModuleOverview module, LessonStatus lesson) {
        Card card = new Card();
        card.addClassName("lesson-card");
        card.setTitle(lesson.title());
        card.setSubtitle(new Span(status(module, lesson)));
        card.add(new Paragraph(getTranslation("lessons.module.objective", lesson.objective())));
        Button open = new Button(getTranslation(switch (lesson.state()) {
            case NOT_STARTED -> "lessons.module.start";
            case IN_PROGRESS -> "lessons.module.resume";
            case ATTEMPTED -> "lessons.module.tryAgain";
            case PASSED -> "lessons.module.open";
        }));
        if (lesson.state() != LessonState.PASSED) {
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        open.setAriaLabel(open.getText() + ": " + lesson.title());
        // "Try again" starts a new attempt at once, rather than showing the last one's result first.
        com.vaadin.flow.router.QueryParameters again = lesson.state() == LessonState.ATTEMPTED
                ? com.vaadin.flow.router.QueryParameters.of(LessonPlayerView.AGAIN, "1")
                : com.vaadin.flow.router.QueryParameters.empty();
        open.addClickListener(e -> open.getUI().ifPresent(ui -> ui.navigate(LessonPlayerView.class,
                new RouteParameters(java.util.Map.of("moduleId", module.moduleId(), "lessonId", lesson.lessonId())),
                again)));
        card.addToFooter(open);
        return card;
    }

    private String status(ModuleOverview module, LessonStatus lesson) {
        return switch (lesson.state()) {
            case NOT_STARTED -> getTranslation("lessons.state.notStarted", lesson.stepCount());
            case IN_PROGRESS -> getTranslation("lessons.state.inProgress");
            case ATTEMPTED -> getTranslation("lessons.state.attempted", lesson.bestScore(), module.passMark());
            case PASSED -> getTranslation("lessons.state.passed", lesson.bestScore());
        };
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
