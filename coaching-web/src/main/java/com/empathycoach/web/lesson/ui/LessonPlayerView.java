package com.empathycoach.web.lesson.ui;

import com.empathycoach.web.shared.Routes;
import com.empathycoach.core.lesson.LessonFacade;
import com.empathycoach.core.lesson.LessonPlay;
import com.empathycoach.core.lesson.LessonStep;
import com.empathycoach.core.lesson.LessonSteps;
import com.empathycoach.core.lesson.UnknownContentException;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.web.gamification.ui.Celebrations;
import com.empathycoach.core.gamification.GamificationFacade;
import com.empathycoach.core.gamification.LessonXp;
import com.empathycoach.web.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

/**
 * Steps through a lesson's cards and questions. Every step is saved on the server as it is taken, so
 * leaving, reloading or a restart resumes at the same step. Earlier steps can be reread.
 */
@Route(Routes.LESSON)
@RolesAllowed({"AGENT", "COACH"})
class LessonPlayerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The query parameter that starts a new attempt when the last one is finished ("try again" on the module page). */
    static final String AGAIN = "again";

    private final transient CurrentUser currentUser;
    private final transient LessonFacade lessons;
    private final transient Celebrations celebrations;
    private final transient GamificationFacade gamification;
    private final Div stage = new Div();
    private final ProgressBar progress = new ProgressBar();
    private final Span stepLabel = new Span();
    private final Button back = new Button(VaadinIcon.ARROW_LEFT.create());
    private final Button next = new Button();
    private LessonPlay play;
    private int viewIndex;
    /** When the current question appeared, so the answer can say how long it took (the drill rates recall with it). */
    private java.time.Instant questionShownAt;
    private String title = "";

    LessonPlayerView(CurrentUser currentUser, LessonFacade lessons, Celebrations celebrations,
                            GamificationFacade gamification) {
        this.currentUser = currentUser;
        this.lessons = lessons;
        this.celebrations = celebrations;
        this.gamification = gamification;
        addClassName("lesson-player");
        stage.addClassName("lesson-stage");
        back.setText(getTranslation("lessons.player.back"));
        back.addClickListener(e -> show(viewIndex - 1));
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        next.addClassName("next-step");
        next.addClickListener(e -> moveOn());
        // One step per click: a double click would otherwise move on from the step the first click opened.
        next.setDisableOnClick(true);
        progress.getElement().setAttribute("aria-label", getTranslation("lessons.player.progress"));
        stepLabel.addClassName("step-label");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String moduleId = event.getRouteParameters().get("moduleId").orElse("");
        String lessonId = event.getRouteParameters().get("lessonId").orElse("");
        try {
            play = lessons.open(actor(), moduleId, lessonId, getLocale());
            // Asked to try again: a new attempt, only if the last one is finished (so a reload starts no other).
            if (play.completed() && event.getLocation().getQueryParameters().getSingleParameter(AGAIN).isPresent()) {
                play = lessons.retry(actor(), moduleId, lessonId, getLocale());
            }
        } catch (UnknownContentException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = play.title();
        removeAll();
        RouterLink up = new RouterLink(getTranslation("lessons.player.toModule", play.moduleTitle()), ModuleView.class,
                new RouteParameters("moduleId", play.moduleId()));
        Paragraph objective = new Paragraph(getTranslation("lessons.module.objective", play.objective()));
        objective.addClassName("objective");
        Div navigation = new Div(back, next);
        navigation.addClassName("player-navigation");
        add(up, new H2(play.title()), objective, progress, stepLabel, stage, navigation);
        show(play.completed() ? play.steps().size() : play.stepIndex());
    }

    private void show(int index) {
        viewIndex = Math.max(0, index);
        stage.removeAll();
        List<LessonStep> steps = play.steps();
        boolean finished = viewIndex >= steps.size();
        progress.setValue(finished ? 1 : (double) viewIndex / steps.size());
        stepLabel.setText(finished ? getTranslation("lessons.player.finished")
                : getTranslation("lessons.player.step", viewIndex + 1, steps.size()));
        back.setEnabled(viewIndex > 0);
        // The finished lesson offers "try again" as its own button, never as the button just pressed,
        // so a double click on "finish" cannot start a new attempt.
        next.setVisible(!finished);
        if (finished) {
            LessonXp xp = gamification.lessonXp(actor(), play.moduleId(), play.lessonId(), play.attemptNo());
            stage.add(new CompletionPanel(lessons.review(actor(), play.attemptId(), getLocale()), xp, this::retry));
            return;
        }
        LessonStep step = steps.get(viewIndex);
        if (step instanceof LessonStep.CardStep card) {
            stage.add(new CardPanel(card.card()));
        } else if (step instanceof LessonStep.QuestionStep question) {
            stage.add(new QuestionPanel(question, this::answer));
            questionShownAt = java.time.Instant.now();
        }
        boolean last = viewIndex == steps.size() - 1;
        next.setText(getTranslation(last && !play.completed() ? "lessons.player.finish" : "lessons.player.next"));
        next.setEnabled(LessonSteps.mayLeave(step));
        stage.getElement().executeJs("this.scrollIntoView({block: 'nearest'})");
    }

    private void answer(List<String> answer) {
        LessonStep.QuestionStep step = (LessonStep.QuestionStep) play.steps().get(viewIndex);
        java.time.Duration onScreen = questionShownAt == null ? null
                : java.time.Duration.between(questionShownAt, java.time.Instant.now());
        play = lessons.answer(actor(), play.attemptId(), step.question().id(), answer, onScreen, getLocale());
        show(viewIndex);
        next.focus();
    }

    private void retry() {
        play = lessons.retry(actor(), play.moduleId(), play.lessonId(), getLocale());
        show(play.stepIndex());
    }

    private void moveOn() {
        if (play.completed() || viewIndex < play.stepIndex()) {
            show(viewIndex + 1);
            return;
        }
        play = lessons.next(actor(), play.attemptId(), viewIndex, getLocale());
        show(play.completed() ? play.steps().size() : play.stepIndex());
        celebrations.showIfAny();
        if (!play.completed()) {
            next.focus();
        }
    }

    private Actor actor() {
        return currentUser.actor();
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
