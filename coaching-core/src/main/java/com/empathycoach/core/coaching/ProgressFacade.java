package com.empathycoach.core.coaching;

import com.empathycoach.core.coaching.ProgressViews.AgentDetail;
import com.empathycoach.core.coaching.ProgressViews.AgentFilter;
import com.empathycoach.core.coaching.ProgressViews.AgentOrder;
import com.empathycoach.core.coaching.ProgressViews.AgentRow;
import com.empathycoach.core.coaching.ProgressViews.Cell;
import com.empathycoach.core.coaching.ProgressViews.LessonRow;
import com.empathycoach.core.coaching.ProgressViews.MissedRow;
import com.empathycoach.core.coaching.ProgressViews.RolePlayRow;
import com.empathycoach.core.coaching.ProgressViews.Status;
import com.empathycoach.core.coaching.ProgressViews.TeamProgress;
import com.empathycoach.core.identity.AccessFacade;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.TeamMember;
import com.empathycoach.core.identity.TeamSummary;
import com.empathycoach.core.lesson.AttemptStore;
import com.empathycoach.core.lesson.ContentCatalog;
import com.empathycoach.core.lesson.LessonFacade;
import com.empathycoach.core.lesson.LessonResult;
import com.empathycoach.core.lesson.LocalizedLessons;
import com.empathycoach.core.lesson.TranslatedContent;
import com.empathycoach.core.roleplay.RolePlayFacade;
import com.empathycoach.core.roleplay.RolePlayResult;
import com.empathycoach.core.roleplay.RolePlayStore;
import com.empathycoach.core.roleplay.ScenarioCatalog;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.NotAllowedException;
import com.empathycoach.core.shared.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/** The team progress grid and the drill-down into one agent, for their coach only. */
@Service
@Transactional(readOnly = true)
public class ProgressFacade {

    private final CoachingFacade coaching;
    private final IdentityStore identity;
    private final AccessFacade coaches;
    private final AttemptStore lessonAttempts;
    private final RolePlayStore plays;
    private final ContentCatalog lessons;
    private final ScenarioCatalog scenarios;
    private final RolePlayFacade rolePlays;
    private final AssignmentCompletion completion;
    private final AssignmentTitles titles;
    private final LocalizedLessons localized;

    /** What learners did and what there is to do, read together for the progress views. */
    @org.springframework.stereotype.Component
    record LearningRecords(AttemptStore lessonAttempts, RolePlayStore plays, ContentCatalog lessons,
                           ScenarioCatalog scenarios, AssignmentTitles titles, TranslatedContent translations) {
    }

    ProgressFacade(CoachingFacade coaching, IdentityStore identity, AccessFacade coaches, LearningRecords learning,
                   RolePlayFacade rolePlays, AssignmentCompletion completion) {
        this.coaching = coaching;
        this.identity = identity;
        this.coaches = coaches;
        this.lessonAttempts = learning.lessonAttempts();
        this.plays = learning.plays();
        this.lessons = learning.lessons();
        this.scenarios = learning.scenarios();
        this.titles = learning.titles();
        this.localized = new LocalizedLessons(learning.translations());
        this.rolePlays = rolePlays;
        this.completion = completion;
    }

    /**
     * Reopens assignments an earlier version closed without the work being passed; runs once per
     * installation (see {@link AssignmentCompletion#reopenWorkNotPassed()}). Returns how many were reopened.
     */
    @Transactional
    public int reopenWorkNotPassed() {
        return completion.reopenWorkNotPassed();
    }

    /** The team's grid: agents by assignments, titles in the reader's language. */
    public TeamProgress team(Actor actor, long teamId, Locale locale) {
        List<Assignment> assignments = coaching.teamAssignments(actor, teamId, locale);
        TeamSummary team = ownTeam(actor, teamId);
        LocalDate today = coaching.today();
        List<AgentRow> rows = team.agents().stream().map(agent -> row(agent, assignments, today)).toList();
        return new TeamProgress(team.id(), team.name(), assignments, rows);
    }

    /**
     * One page of the team's agents with their cells, for the team's coach only. Sorted by name and not filtered,
     * only the page's agents are read; otherwise every agent's row is needed to filter and sort before the cut.
     */
    public List<AgentRow> agents(Actor actor, long teamId, AgentFilter filter, AgentOrder order, Page page) {
        List<Assignment> assignments = coaching.activeAssignments(actor, teamId);
        List<TeamMember> members = ownTeam(actor, teamId).agents();
        LocalDate today = coaching.today();
        if (filter.status() == null && order.by() == AgentOrder.By.NAME) {
            Comparator<TeamMember> byName = Comparator.comparing(TeamMember::displayName);
            return members.stream().sorted(order.descending() ? byName.reversed() : byName)
                    .skip(page.offset()).limit(page.limit()).map(agent -> row(agent, assignments, today)).toList();
        }
        return members.stream().map(agent -> row(agent, assignments, today)).filter(filter::test)
                .sorted(order.comparator()).skip(page.offset()).limit(page.limit()).toList();
    }

    /** How many of the team's agents the filter lets through. */
    public int countAgents(Actor actor, long teamId, AgentFilter filter) {
        List<Assignment> assignments = coaching.activeAssignments(actor, teamId);
        List<TeamMember> members = ownTeam(actor, teamId).agents();
        if (filter.status() == null) {
            return members.size();
        }
        LocalDate today = coaching.today();
        return (int) members.stream().map(agent -> row(agent, assignments, today)).filter(filter::test).count();
    }

    private TeamSummary ownTeam(Actor actor, long teamId) {
        return identity.teamsCoachedBy(actor.userId()).stream().filter(t -> t.id() == teamId).findFirst()
                .orElseThrow(() -> new NotAllowedException(actor.username() + " does not coach team " + teamId));
    }

    private AgentRow row(TeamMember agent, List<Assignment> assignments, LocalDate today) {
        List<LessonResult> lessonResults = lessonAttempts.results(agent.userId());
        List<RolePlayResult> playResults = plays.results(agent.userId());
        Map<Long, Cell> cells = new HashMap<>();
        for (Assignment a : assignments) {
            a.assignees().stream().filter(x -> x.userId() == agent.userId()).findFirst()
                    .ifPresent(x -> cells.put(a.id(), cell(a, x, lessonResults, playResults, today, coaching.zone())));
        }
        Instant last = Stream.concat(lessonResults.stream().map(LessonResult::lastActivity),
                playResults.stream().map(RolePlayResult::lastActivity)).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        return new AgentRow(agent.userId(), agent.displayName(), cells, last);
    }

    static Cell cell(Assignment a, Assignment.Assignee who, List<LessonResult> lessonResults,
                     List<RolePlayResult> playResults, LocalDate today, ZoneId zone) {
        AssignedItem item = a.item();
        boolean started;
        Integer score;
        switch (item.kind()) {
            case LESSON -> {
                var result = lessonResults.stream().filter(r -> r.moduleId().equals(item.contentId())
                        && r.lessonId().equals(item.lessonId())).findFirst();
                started = result.isPresent();
                score = result.map(LessonResult::bestScore).orElse(null);
            }
            case MODULE -> {
                var results = lessonResults.stream().filter(r -> r.moduleId().equals(item.contentId())).toList();
                started = !results.isEmpty();
                var scores = results.stream().map(LessonResult::bestScore).filter(Objects::nonNull).toList();
                score = scores.isEmpty() ? null
                        : (int) Math.round(scores.stream().mapToInt(Integer::intValue).average().orElse(0));
            }
            default -> {
                var result = playResults.stream().filter(r -> r.scenarioId().equals(item.contentId())).findFirst();
                started = result.isPresent();
                score = result.map(RolePlayResult::bestOverall).orElse(null);
            }
        }
        AssignmentOutcome outcome = AssignmentOutcome.of(who.completedAt() == null ? null
                : who.completedAt().atZone(zone).toLocalDate(), a.dueOn(), today);
        Status status = switch (outcome) {
            case MET -> Status.MET;
            case LATE -> Status.LATE;
            case OVERDUE -> Status.OVERDUE;
            case OPEN -> started ? Status.IN_PROGRESS : Status.NOT_STARTED;
        };
        return new Cell(status, score);
    }

    /** One agent's lessons, role-plays and missed questions, in the reader's language. */
    public AgentDetail agent(Actor actor, long agentId, Locale locale) {
        coaches.requireCoachOf(actor, agentId);
        String name = identity.user(agentId).map(u -> u.displayName()).orElse("");
        List<LessonRow> lessonRows = new ArrayList<>();
        List<MissedRow> missed = new ArrayList<>();
        for (LessonResult r : lessonAttempts.results(agentId)) {
            String moduleTitle = titles.module(r.moduleId(), locale);
            String lessonTitle = titles.lesson(r.moduleId(), r.lessonId(), locale);
            lessonRows.add(new LessonRow(moduleTitle, lessonTitle, r.completedAttempts(), r.bestScore(), r.passed(),
                    r.openAttemptStep() != null, r.lastActivity()));
            lessonAttempts.latest(agentId, r.moduleId(), r.lessonId()).ifPresent(attempt ->
                    lessons.revision(attempt.moduleId(), attempt.revision())
                            .flatMap(m -> m.content().lesson(attempt.lessonId()))
                            .ifPresent(lesson -> LessonFacade.missedIn(lesson, attempt)
                                    .forEach(q -> missed.add(new MissedRow(lessonTitle,
                                            localized.missed(attempt.moduleId(), attempt.lessonId(), q, locale))))));
        }
        List<RolePlayRow> playRows = plays.results(agentId).stream().map(r -> new RolePlayRow(
                titles.of(AssignedItem.scenario(r.scenarioId()), r.scenarioId(), locale),
                r.completedPlays(), r.bestOverall(),
                rolePlays.latestOf(actor, coaches, agentId, r.scenarioId(), locale).orElse(null))).toList();
        return new AgentDetail(agentId, name, lessonRows, playRows, missed);
    }
}
