package com.empathycoach.web.coaching.ui;

import com.empathycoach.core.coaching.CoachingFacade;
import com.empathycoach.core.coaching.NotesFacade;
import com.empathycoach.core.coaching.ProgressFacade;
import com.empathycoach.core.coaching.ProgressViews.AgentDetail;
import com.empathycoach.core.coaching.ProgressViews.LessonRow;
import com.empathycoach.core.coaching.ProgressViews.MissedRow;
import com.empathycoach.core.coaching.ProgressViews.RolePlayRow;
import com.empathycoach.core.lesson.AnswerOption;
import com.empathycoach.core.lesson.QuestionType;
import com.empathycoach.core.roleplay.RolePlayViews.Exchange;
import com.empathycoach.core.shared.NotAllowedException;
import com.empathycoach.web.shared.EmptyState;
import com.empathycoach.web.security.CurrentUser;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.Comparator;
import java.util.stream.Collectors;

/** One agent's work for their coach: lesson attempts, role-play transcripts and the quiz questions missed. */
@Route("coach/agents/:agentId")
@RolesAllowed("COACH")
class AgentProgressView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CurrentUser currentUser;
    private final transient ProgressFacade progress;
    private String title = "";

    private final transient NotesFacade notes;
    private final transient CoachingFacade coaching;

    private final transient FeedbackSources feedback;

    AgentProgressView(CurrentUser currentUser, ProgressFacade progress, NotesFacade notes, CoachingFacade coaching,
                             FeedbackSources feedback) {
        this.currentUser = currentUser;
        this.feedback = feedback;
        this.progress = progress;
        this.notes = notes;
        this.coaching = coaching;
        addClassName("agent-progress");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long agentId;
        try {
            agentId = Long.parseLong(event.getRouteParameters().get("agentId").orElse(""));
        } catch (NumberFormatException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        AgentDetail detail;
        try {
            detail = progress.agent(currentUser.actor(), agentId, getLocale());
        } catch (NotAllowedException e) {
            event.rerouteToError(AccessDeniedException.class);
            return;
        }
        title = detail.name();
        removeAll();
        add(new RouterLink(getTranslation("coaching.progress.back"), TeamProgressView.class), new H2(detail.name()));
        add(new NotesPanel(notes, currentUser.actor(), agentId, coaching.today()));
        add(new AgentFeedbackPanel(feedback, currentUser.actor(), agentId, detail.name()));
        showLessons(detail);
        showRolePlays(detail);
        showMissed(detail);
    }

    /** The agent's lessons: one row per lesson of the content, so a small list kept in memory. */
    private void showLessons(AgentDetail detail) {
        add(new H3(getTranslation("coaching.agent.lessons")));
        if (detail.lessons().isEmpty()) {
            add(EmptyState.of(getTranslation("coaching.agent.noLessons")));
            return;
        }
        Grid<LessonRow> lessons = new Grid<>();
        lessons.addClassName("agent-lessons");
        lessons.addThemeVariants(GridVariant.LUMO_COMPACT);
        lessons.addColumn(r -> r.moduleTitle() + " \u203A " + r.lessonTitle()).setHeader(getTranslation("coaching.kind.LESSON"))
                .setFlexGrow(3).setSortable(true);
        lessons.addColumn(LessonRow::attempts).setHeader(getTranslation("coaching.agent.attempts")).setAutoWidth(true);
        lessons.addColumn(r -> r.bestScore() == null ? "" : r.bestScore() + "%")
                .setHeader(getTranslation("coaching.agent.best")).setAutoWidth(true);
        lessons.addColumn(r -> getTranslation(r.open() ? "coaching.status.IN_PROGRESS"
                : r.passed() ? "coaching.agent.passed" : "coaching.agent.notPassed")).setHeader(getTranslation("coaching.agent.state"));
        lessons.setItems(detail.lessons());
        lessons.setAllRowsVisible(true);
        add(lessons);
    }

    private void showRolePlays(AgentDetail detail) {
        add(new H3(getTranslation("coaching.agent.rolePlays")));
        if (detail.rolePlays().isEmpty()) {
            add(EmptyState.of(getTranslation("coaching.agent.noRolePlays")));
        }
        for (RolePlayRow row : detail.rolePlays()) {
            String summary = getTranslation("coaching.agent.rolePlayLine", row.scenarioTitle(), row.completedPlays(),
                    row.bestOverall() == null ? "\u2014" : row.bestOverall() + "%");
            Details details = new Details(summary, transcript(row));
            details.addClassName("role-play-details");
            add(details);
        }
    }

    /** The latest play of the scenario: each exchange, weak replies marked, and how it ended. */
    private Div transcript(RolePlayRow row) {
        Div transcript = new Div();
        transcript.addClassName("coach-transcript");
        if (row.latest() == null) {
            return transcript;
        }
        for (Exchange e : row.latest().transcript()) {
            transcript.add(new Paragraph(getTranslation("coaching.agent.customer", e.customer())));
            Paragraph reply = new Paragraph(getTranslation("coaching.agent.reply", e.agentText()));
            reply.addClassName(e.weak() ? "turn-weak" : "turn-strong");
            transcript.add(reply);
        }
        row.latest().debrief().ifPresent(d -> transcript.add(new Paragraph(
                getTranslation("outcome." + d.ending().outcome()) + ". "
                        + getTranslation("roleplay.debrief.overall", d.overall()))));
        return transcript;
    }

    private void showMissed(AgentDetail detail) {
        add(new H3(getTranslation("coaching.agent.missed")));
        if (detail.missed().isEmpty()) {
            add(EmptyState.of(getTranslation("coaching.agent.noMissed")));
        }
        detail.missed().forEach(m -> add(missed(m)));
    }

    private Div missed(MissedRow m) {
        Div box = new Div();
        box.addClassName("missed-row");
        var question = m.missed().question();
        boolean ordering = question.type() == QuestionType.ORDERING;
        // For a ranking question the answer is an order of all replies; otherwise the options picked.
        String picked = m.missed().answer().answer().stream()
                .flatMap(id -> question.options().stream().filter(o -> o.id().equals(id))).map(AnswerOption::text)
                .collect(Collectors.joining(ordering ? " < " : " / "));
        String right = ordering
                ? question.options().stream().sorted(Comparator.comparingInt(AnswerOption::rank)).map(AnswerOption::text)
                        .collect(Collectors.joining(" < "))
                : question.options().stream().filter(AnswerOption::correct).map(AnswerOption::text)
                        .collect(Collectors.joining(" / "));
        box.add(new Paragraph(m.lessonTitle() + ": " + m.missed().question().prompt()),
                new Paragraph(getTranslation("coaching.agent.picked", picked)),
                new Paragraph(getTranslation("coaching.agent.right", right)));
        return box;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
