package com.empathycoach.core.coaching;

import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.TeamMember;
import com.empathycoach.core.identity.TeamSummary;
import com.empathycoach.core.lesson.UnknownContentException;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.shared.NotAllowedException;
import com.empathycoach.core.shared.Page;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Assignments: a coach gives a lesson, module or role-play to their team or chosen agents with a due
 * date; agents see them; finishing the work closes them. A coach only ever reaches their own teams,
 * whatever ids a request carries.
 */
@Service
@Transactional
public class CoachingFacade {

    public static final int MAX_NOTE_LENGTH = 1000;

    private final AssignmentStore assignments;
    private final IdentityStore identity;
    private final AssignmentTitles titles;
    private final Clock clock;
    private final ZoneId zone;
    private final ApplicationEventPublisher events;

    CoachingFacade(AssignmentStore assignments, IdentityStore identity, AssignmentTitles titles,
                   ApplicationEventPublisher events, Clock clock, @Value("${empathy.organisation.time-zone:UTC}") String zone) {
        this.events = events;
        this.assignments = assignments;
        this.identity = identity;
        this.titles = titles;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    /** Something a coach can pick: a module, one of its lessons, or a role-play. */
    public record Assignable(AssignedItem item, String title) {
    }

    /** Everything the coach can assign, titled in the reader's language. */
    @Transactional(readOnly = true)
    public List<Assignable> assignable(Actor actor, Locale locale) {
        actor.require(Role.COACH);
        return titles.assignable(locale);
    }

    @Transactional(readOnly = true)
    public List<TeamSummary> myTeams(Actor actor) {
        actor.require(Role.COACH);
        return identity.teamsCoachedBy(actor.userId());
    }

    /** What an assignment did: its id, how many agents got it, and how many were left out as they had it open. */
    public record Assigned(long id, int agents, int alreadyOpen) {
    }

    /** Assigns to the chosen agents of the team, or to every agent of it when none is chosen; answers its id. */
    public long assign(Actor actor, long teamId, AssignedItem item, Set<Long> agentIds, LocalDate dueOn, String note) {
        return assignAndReport(actor, teamId, item, agentIds, dueOn, note).id();
    }

    /**
     * Assigns to the chosen agents of the team (every agent of it when none is chosen). An agent who already has the
     * same item open in this team keeps that assignment and is left out, so nobody gets the same work twice; when
     * that leaves nobody, nothing is assigned and the coach is told.
     */
    public Assigned assignAndReport(Actor actor, long teamId, AssignedItem item, Set<Long> agentIds, LocalDate dueOn,
                                    String note) {
        TeamSummary team = ownTeam(actor, teamId);
        String title = titles.english(item);
        validate(dueOn, note);
        Set<Long> members = team.agents().stream().map(TeamMember::userId).collect(Collectors.toSet());
        Set<Long> chosen = agentIds == null || agentIds.isEmpty() ? members : new HashSet<>(agentIds);
        if (!members.containsAll(chosen)) {
            throw new NotAllowedException(actor.username() + " assigned to agents outside team " + teamId);
        }
        if (chosen.isEmpty()) {
            throw new InvalidInputException("agents", "coaching.assign.noAgents");
        }
        Set<Long> open = openFor(teamId, item);
        Set<Long> fresh = chosen.stream().filter(id -> !open.contains(id)).collect(Collectors.toSet());
        if (fresh.isEmpty()) {
            throw new InvalidInputException("item", "coaching.assign.alreadyOpen");
        }
        long id = assignments.create(teamId, actor.userId(), item, title, dueOn, blankToNull(note), fresh, clock.instant());
        events.publishEvent(new AssignmentEvents.AssignmentCreated(id, assignments.coachName(actor.userId()), item, title, dueOn,
                fresh));
        return new Assigned(id, fresh.size(), chosen.size() - fresh.size());
    }

    /** The team's agents who have the item assigned and not yet done. */
    private Set<Long> openFor(long teamId, AssignedItem item) {
        return assignments.forTeam(teamId).stream().filter(a -> !a.cancelled() && a.item().key().equals(item.key()))
                .flatMap(a -> a.assignees().stream()).filter(a -> !a.done()).map(Assignment.Assignee::userId)
                .collect(Collectors.toSet());
    }

    /** The team's active assignments, titled in the reader's language. */
    @Transactional(readOnly = true)
    public List<Assignment> teamAssignments(Actor actor, long teamId, Locale locale) {
        ownTeam(actor, teamId);
        AssignmentTitles.Snapshot named = titles.in(locale);
        return assignments.forTeam(teamId).stream().map(named::of).toList();
    }

    /** One page of the team's assignments, for their coach only, titled in the reader's language. */
    @Transactional(readOnly = true)
    public List<Assignment> teamAssignments(Actor actor, long teamId, AssignmentOrder order, Page page, Locale locale) {
        ownTeam(actor, teamId);
        AssignmentTitles.Snapshot named = titles.in(locale);
        return assignments.forTeam(teamId, order, page.offset(), page.limit()).stream().map(named::of).toList();
    }

    /** The team's active assignments as stored, for the progress cells, which need no titles. */
    List<Assignment> activeAssignments(Actor actor, long teamId) {
        ownTeam(actor, teamId);
        return assignments.forTeam(teamId);
    }

    @Transactional(readOnly = true)
    public int countTeamAssignments(Actor actor, long teamId) {
        ownTeam(actor, teamId);
        return assignments.countForTeam(teamId);
    }

    /**
     * Saves an edit made to the assignment as it was at {@code version}. If someone changed it since, nothing is
     * saved and the caller is told, so the later save never silently undoes the earlier one.
     */
    public void update(Actor actor, long assignmentId, int version, LocalDate dueOn, String note) {
        Assignment assignment = own(actor, assignmentId);
        validate(dueOn, note);
        if (!assignments.update(assignment.id(), version, dueOn, blankToNull(note), clock.instant())) {
            throw new InvalidInputException("version", "coaching.assignments.changedElsewhere");
        }
    }

    public void cancel(Actor actor, long assignmentId) {
        assignments.cancel(own(actor, assignmentId).id(), clock.instant());
    }

    /** The agent's assignments: open ones soonest due first (overdue marked), then the done ones. */
    @Transactional(readOnly = true)
    public List<MyAssignment> myAssignments(Actor actor, Locale locale) {
        LocalDate today = today();
        AssignmentTitles.Snapshot named = titles.in(locale);
        return assignments.forAgent(actor.userId()).stream().map(a -> {
            var me = a.assignees().stream().filter(x -> x.userId() == actor.userId()).findFirst().orElseThrow();
            LocalDate doneOn = me.completedAt() == null ? null : me.completedAt().atZone(zone).toLocalDate();
            return new MyAssignment(a.id(), a.item(), named.of(a.item(), a.title()), a.dueOn(), a.note(), assignments.coachName(a.coachId()),
                    me.completedAt(), AssignmentOutcome.of(doneOn, a.dueOn(), today));
        }).sorted(Comparator.comparing(MyAssignment::done).thenComparing(MyAssignment::dueOn)).toList();
    }

    /** What an assignable item is called in {@code locale}; {@code stored} when its content is no longer published. */
    @Transactional(readOnly = true)
    public String title(AssignedItem item, String stored, Locale locale) {
        return titles.of(item, stored, locale);
    }

    /** The organisation's time zone, in which due dates and done dates are read. */
    public ZoneId zone() {
        return zone;
    }

    public LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }

    /** Now, by the application's clock: when coaching work (notes, suggestions) is recorded as done. */
    public Instant now() {
        return clock.instant();
    }

    private void validate(LocalDate dueOn, String note) {
        if (dueOn == null) {
            throw new InvalidInputException("due", "coaching.assign.dueMissing");
        }
        if (dueOn.isBefore(today())) {
            throw new InvalidInputException("due", "coaching.assign.duePast");
        }
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw new InvalidInputException("note", "coaching.assign.noteTooLong");
        }
    }

    private TeamSummary ownTeam(Actor actor, long teamId) {
        actor.require(Role.COACH);
        Optional<TeamSummary> team = identity.teamsCoachedBy(actor.userId()).stream()
                .filter(t -> t.id() == teamId).findFirst();
        return team.orElseThrow(() -> new NotAllowedException(actor.username() + " does not coach team " + teamId));
    }

    private Assignment own(Actor actor, long assignmentId) {
        Assignment assignment = assignments.assignment(assignmentId)
                .orElseThrow(() -> new UnknownContentException("assignment"));
        ownTeam(actor, assignment.teamId());
        return assignment;
    }

    private static String blankToNull(String note) {
        return note == null || note.isBlank() ? null : note.strip();
    }
}
