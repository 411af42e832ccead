package com.empathycoach.web.home.ui;

import com.empathycoach.core.drill.DrillFacade;
import com.empathycoach.web.shared.LocalizedTitle;
import com.empathycoach.core.coaching.CoachingFacade;
import com.empathycoach.core.coaching.NotesFacade;
import com.empathycoach.core.roleplay.RolePlayFacade;
import com.empathycoach.core.roleplay.RolePlayViews.NewReview;
import com.empathycoach.core.gamification.GamificationFacade;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.web.gamification.ui.XpSummary;
import com.empathycoach.core.identity.TeamSummary;
import com.empathycoach.core.identity.UserAccount;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.web.shared.EmptyState;
import com.empathycoach.web.security.CurrentUser;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.List;

import com.empathycoach.core.lesson.LessonFacade;
import com.empathycoach.core.lesson.LessonViews.ModuleProgress;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.html.Anchor;
import com.empathycoach.web.shared.Routes;

/** An agent's start page: who they are, their team, and what to do next. */
@Route(Routes.AGENT_HOME)
@Menu(order = 0, title = "menu.agent.home", icon = "vaadin:home")
@RolesAllowed("AGENT")
class AgentHomeView extends VerticalLayout implements LocalizedTitle {

    /** What the agent's coach gave them: assignments, 1:1 notes, and reviews of their written role-play replies. */
    @org.springframework.stereotype.Component
    record FromCoach(CoachingFacade assignments, NotesFacade notes, RolePlayFacade reviews) {
    }

    AgentHomeView(CurrentUser currentUser, IdentityFacade identity, LessonFacade lessons,
                         GamificationFacade gamification, FromCoach coach, DrillFacade drill) {
        addClassName("agent-home");
        Actor actor = currentUser.actor();
        UserAccount me = identity.me(actor);
        add(new H2(getTranslation("agent.home.greeting", me.firstName())));

        List<TeamSummary> teams = identity.myTeams(actor);
        add(new Paragraph(teams.isEmpty()
                ? getTranslation("agent.home.noTeam")
                : getTranslation("agent.home.team", String.join(", ", teams.stream().map(TeamSummary::name).toList()))));
        add(new XpSummary(gamification.profile(actor)));
        add(drill(drill.today(actor, getLocale())));
        var newReviews = coach.reviews().newReviews(actor, getLocale());
        if (!newReviews.isEmpty()) {
            add(newReviews(newReviews));
        }
        add(new AgentNotes(coach.notes(), actor));
        add(new AssignmentList(coach.assignments().myAssignments(actor, getLocale())));
        add(progress(lessons.catalogue(actor, getLocale())));
    }

    /** Today's drill: how many items wait, or that it is done. */
    private Div drill(DrillFacade.Today today) {
        Div box = new Div(new H3(getTranslation("drill.title")));
        box.addClassName("home-drill");
        Button go = new Button(getTranslation(today.inProgress() ? "drill.home.continue" : "drill.home.start"),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("drill")));
        go.addClassName("home-drill-start");
        if (today.finishedToday() > 0 && !today.inProgress()) {
            box.add(new Paragraph(getTranslation("drill.home.done")));
            go.setText(getTranslation("drill.home.more"));
        } else if (today.inProgress()) {
            box.add(new Paragraph(getTranslation("drill.home.inProgress", today.answered(), today.total())));
            go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else if (today.items().isEmpty()) {
            box.add(new Paragraph(getTranslation("drill.nothing")));
            return box;
        } else {
            box.add(new Paragraph(getTranslation("drill.home.ready", today.items().size())));
            go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        box.add(go);
        return box;
    }

    private Div newReviews(List<NewReview> reviews) {
        Div reviewed = new Div(new H3(getTranslation("agent.reviews.title")));
        reviewed.addClassName("new-reviews");
        reviews.forEach(r -> {
            Anchor link = Routes.link(Routes.reviewedReply(r.attemptId(), r.turnNo()), r.scenarioTitle());
            reviewed.add(new Paragraph(new Span(getTranslation("agent.reviews.line", r.reviewerName()) + " "), link));
        });
        return reviewed;
    }

    private Component progress(List<ModuleProgress> modules) {
        Div box = new Div();
        box.addClassName("home-progress");
        List<ModuleProgress> started = modules.stream().filter(ModuleProgress::begun).toList();
        Button browse = new Button(getTranslation("agent.home.browse"),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(Routes.CATALOGUE)));
        if (started.isEmpty()) {
            Paragraph empty = EmptyState.of(getTranslation("agent.home.empty"));
            browse.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            box.add(empty, browse);
            return box;
        }
        int passed = modules.stream().mapToInt(ModuleProgress::lessonsPassed).sum();
        int total = modules.stream().mapToInt(ModuleProgress::lessonCount).sum();
        box.add(new H3(getTranslation("agent.home.progress", passed, total)));
        started.forEach(module -> box.add(moduleRow(module)));
        box.add(browse);
        return box;
    }

    private Div moduleRow(ModuleProgress module) {
        Anchor link = Routes.link(Routes.module(module.moduleId()), module.title());
        ProgressBar bar = new ProgressBar(0, 1, module.fraction());
        bar.getElement().setAttribute("aria-label", getTranslation("lessons.catalogue.progress.label", module.title()));
        Span label = new Span(getTranslation("lessons.catalogue.progress", module.lessonsPassed(), module.lessonCount()));
        label.addClassName("progress-label");
        Div row = new Div(link, bar, label);
        row.addClassName("home-module");
        if (module.lessonsAttempted() > 0) {
            Span attempted = new Span(getTranslation("agent.home.attempted", module.lessonsAttempted()));
            attempted.addClassName("home-attempted");
            row.add(attempted);
        }
        row.add(nextStep(module));
        return row;
    }

    /** The next lesson to take, or that the module is completed. */
    private Component nextStep(ModuleProgress module) {
        if (module.nextLessonId() != null) {
            Anchor next = Routes.link(Routes.lesson(module.moduleId(), module.nextLessonId()), module.nextLessonTitle());
            next.addClassName("home-next-lesson");
            return new Paragraph(new Span(getTranslation("agent.home.next") + " "), next);
        }
        Span completed = new Span(getTranslation("agent.home.moduleCompleted"));
        completed.getElement().getThemeList().add("badge success small");
        return completed;
    }

    @Override
    public String titleKey() {
        return "title.agentHomeView";
    }
}
