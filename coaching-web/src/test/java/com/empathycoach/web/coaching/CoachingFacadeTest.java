package com.empathycoach.web.coaching;

import com.empathycoach.core.coaching.AssignedItem;
import com.empathycoach.core.coaching.Assignment;
import com.empathycoach.core.coaching.AssignmentOrder;
import com.empathycoach.core.coaching.CoachingFacade;
import com.empathycoach.core.coaching.MyAssignment;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.TeamMember;
import com.empathycoach.core.identity.TeamSummary;
import com.empathycoach.core.identity.UserAccount;
import com.empathycoach.core.lesson.LessonFacade;
import com.empathycoach.core.roleplay.RolePlayFacade;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.shared.NotAllowedException;
import com.empathycoach.core.shared.Page;
import com.empathycoach.web.LearnerSteps;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.util.Locale;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
class CoachingFacadeTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @org.junit.jupiter.api.BeforeEach
    void startWithNothingOpenInTheDemoTeams() {
        com.empathycoach.web.coaching.OpenAssignments.cancelInDemoTeams(jdbc);
    }

    @Autowired
    CoachingFacade coaching;

    @Autowired
    IdentityFacade identity;

    @Autowired
    LessonFacade lessons;

    @Autowired
    RolePlayFacade rolePlays;

    private Actor actor(String username) {
        UserAccount account = identity.account(username).orElseThrow();
        return new Actor(account.id(), account.username(), account.roles());
    }

    private TeamSummary teamOf(Actor coach) {
        return coaching.myTeams(coach).getFirst();
    }

    @Test
    void workAnAgentHasOpenIsNotGivenToThemAgainAndAssigningItOnlyToThemIsRefused() {
        Actor samira = actor("samira");
        TeamSummary harbour = teamOf(samira);
        long first = harbour.agents().getFirst().userId();
        CoachingFacade.Assigned one = coaching.assignAndReport(samira, harbour.id(), AssignedItem.scenario("price-rise"),
                Set.of(first), coaching.today().plusDays(5), null);
        assertThat(one.agents()).isEqualTo(1);

        CoachingFacade.Assigned team = coaching.assignAndReport(samira, harbour.id(), AssignedItem.scenario("price-rise"),
                Set.of(), coaching.today().plusDays(9), null);
        assertThat(team.agents()).isEqualTo(harbour.agents().size() - 1);
        assertThat(team.alreadyOpen()).isEqualTo(1);
        assertThat(coaching.myAssignments(actor(harbour.agents().getFirst().username()), Locale.ENGLISH))
                .filteredOn(a -> a.item().equals(AssignedItem.scenario("price-rise")) && !a.done())
                .as("one open copy, the first one").hasSize(1);

        assertThatThrownBy(() -> coaching.assign(samira, harbour.id(), AssignedItem.scenario("price-rise"), Set.of(),
                coaching.today().plusDays(12), null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("coaching.assign.alreadyOpen"));
        // Another item is new work.
        assertThat(coaching.assignAndReport(samira, harbour.id(), AssignedItem.module("why-empathy-matters"), Set.of(first),
                coaching.today().plusDays(5), null).agents()).isEqualTo(1);
    }

    @Test
    void aCoachAssignsToTheWholeTeamAndTheAgentsSeeItSoonestDueFirst() {
        Actor samira = actor("samira");
        TeamSummary harbour = teamOf(samira);
        long later = coaching.assign(samira, harbour.id(), AssignedItem.module("why-empathy-matters"), Set.of(),
                coaching.today().plusDays(20), "Whole module, please");
        long sooner = coaching.assign(samira, harbour.id(), AssignedItem.scenario("price-rise"), Set.of(),
                coaching.today().plusDays(2), null);
        Assignment assignment = coaching.teamAssignments(samira, harbour.id(), Locale.ENGLISH).stream().filter(a -> a.id() == later)
                .findFirst().orElseThrow();
        assertThat(assignment.assignees()).hasSize(harbour.agents().size());
        List<MyAssignment> mine = coaching.myAssignments(actor(harbour.agents().getFirst().username()), Locale.ENGLISH).stream()
                .filter(a -> a.assignmentId() == later || a.assignmentId() == sooner).toList();
        assertThat(mine).extracting(MyAssignment::assignmentId).containsExactly(sooner, later);
        assertThat(mine.getLast().note()).isEqualTo("Whole module, please");
        assertThat(mine.getLast().coachName()).isNotBlank();
    }

    @Test
    void shouldPageTeamAssignmentsInTheChosenOrderWithEveryAssigneeAndOnlyForTheirCoach() {
        Actor samira = actor("samira");
        TeamSummary harbour = teamOf(samira);
        coaching.assign(samira, harbour.id(), AssignedItem.scenario("price-rise"), Set.of(), coaching.today().plusDays(4), null);
        coaching.assign(samira, harbour.id(), AssignedItem.module("why-empathy-matters"), Set.of(),
                coaching.today().plusDays(1), null);
        List<Assignment> all = coaching.teamAssignments(samira, harbour.id(), Locale.ENGLISH);
        int count = coaching.countTeamAssignments(samira, harbour.id());
        assertThat(count).isEqualTo(all.size());

        List<Assignment> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < count; offset += 3) {
            paged.addAll(coaching.teamAssignments(samira, harbour.id(), AssignmentOrder.SOONEST_DUE,
                    new Page(offset, 3), Locale.ENGLISH));
        }
        assertThat(paged).as("pages cut from the whole list, agents included").isEqualTo(all);

        List<Assignment> latestFirst = coaching.teamAssignments(samira, harbour.id(),
                new AssignmentOrder(AssignmentOrder.By.DUE, true), new Page(0, count), Locale.ENGLISH);
        assertThat(latestFirst).extracting(Assignment::dueOn).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        List<Assignment> byItem = coaching.teamAssignments(samira, harbour.id(),
                new AssignmentOrder(AssignmentOrder.By.ITEM, false), new Page(0, count), Locale.ENGLISH);
        assertThat(byItem).extracting(a -> a.item().kind()).isSorted();

        assertThatThrownBy(() -> coaching.teamAssignments(actor("tomas"), harbour.id(), AssignmentOrder.SOONEST_DUE,
                new Page(0, 10), Locale.ENGLISH)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> coaching.countTeamAssignments(actor("tomas"), harbour.id()))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void finishingTheWorkClosesTheAssignmentByItself() {
        Actor samira = actor("samira");
        TeamSummary harbour = teamOf(samira);
        TeamMember agent = harbour.agents().get(1);
        Actor learner = actor(agent.username());
        long lesson = coaching.assign(samira, harbour.id(), AssignedItem.lesson("why-empathy-matters", "see-it-from-their-side"),
                Set.of(agent.userId()), coaching.today().plusDays(3), null);
        long scenario = coaching.assign(samira, harbour.id(), AssignedItem.scenario("third-call"), Set.of(agent.userId()),
                coaching.today().plusDays(3), null);
        finishLesson(learner, "why-empathy-matters", "see-it-from-their-side");
        finishScenario(learner, "third-call");
        List<Assignment> team = coaching.teamAssignments(samira, harbour.id(), Locale.ENGLISH);
        assertThat(team).filteredOn(a -> a.id() == lesson || a.id() == scenario)
                .allSatisfy(a -> assertThat(a.doneCount()).isEqualTo(1));
        assertThat(coaching.myAssignments(learner, Locale.ENGLISH)).filteredOn(a -> a.assignmentId() == lesson)
                .singleElement().satisfies(a -> assertThat(a.done()).isTrue());
    }

    @Test
    void aSecondEditFromAnOutdatedCopyIsRefusedAndTheFirstIsKept() {
        Actor samira = actor("samira");
        TeamSummary harbour = teamOf(samira);
        long id = coaching.assign(samira, harbour.id(), AssignedItem.scenario("price-rise"), Set.of(),
                coaching.today().plusDays(5), null);
        int read = coaching.teamAssignments(samira, harbour.id(), Locale.ENGLISH).stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow().version();
        // Two coaches (or two tabs) opened the same assignment; the first saves a new date.
        coaching.update(samira, id, read, coaching.today().plusDays(9), "Moved to Friday");
        assertThatThrownBy(() -> coaching.update(samira, id, read, coaching.today().plusDays(2), "Sooner"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("coaching.assignments.changedElsewhere"));
        Assignment kept = coaching.teamAssignments(samira, harbour.id(), Locale.ENGLISH).stream().filter(a -> a.id() == id).findFirst()
                .orElseThrow();
        assertThat(kept.dueOn()).isEqualTo(coaching.today().plusDays(9));
        assertThat(kept.note()).isEqualTo("Moved to Friday");
        assertThat(kept.version()).isEqualTo(read + 1);
        coaching.update(samira, id, kept.version(), coaching.today().plusDays(2), "Sooner after all");
        coaching.cancel(samira, id);
    }

    @Test
    void editingAndCancellingChangeWhatAgentsSee() {
        Actor samira = actor("samira");
        TeamSummary harbour = teamOf(samira);
        Actor agent = actor(harbour.agents().getFirst().username());
        long id = coaching.assign(samira, harbour.id(), AssignedItem.scenario("angry-delivery"), Set.of(),
                coaching.today().plusDays(5), null);
        coaching.update(samira, id, 0, coaching.today().plusDays(9), "New date");
        assertThat(coaching.myAssignments(agent, Locale.ENGLISH)).filteredOn(a -> a.assignmentId() == id).singleElement()
                .satisfies(a -> assertThat(a.dueOn()).isEqualTo(coaching.today().plusDays(9)));
        coaching.cancel(samira, id);
        assertThat(coaching.myAssignments(agent, Locale.ENGLISH)).noneMatch(a -> a.assignmentId() == id);
        assertThat(coaching.teamAssignments(samira, harbour.id(), Locale.ENGLISH)).noneMatch(a -> a.id() == id);
    }

    @Test
    void badInputIsRefusedWithAClearReason() {
        Actor samira = actor("samira");
        long team = teamOf(samira).id();
        assertThatThrownBy(() -> coaching.assign(samira, team, AssignedItem.scenario("price-rise"), Set.of(),
                coaching.today().minusDays(1), null)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("coaching.assign.duePast"));
        assertThatThrownBy(() -> coaching.assign(samira, team, AssignedItem.scenario("price-rise"), Set.of(),
                coaching.today(), "x".repeat(CoachingFacade.MAX_NOTE_LENGTH + 1)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("coaching.assign.noteTooLong"));
    }

    @Test
    void aCoachCannotReachAnotherTeamByTamperingWithIds() {
        Actor samira = actor("samira");
        Actor tomas = actor("tomas");
        TeamSummary summit = teamOf(tomas);
        TeamSummary harbour = teamOf(samira);
        long theirs = coaching.assign(tomas, summit.id(), AssignedItem.scenario("price-rise"), Set.of(),
                coaching.today().plusDays(4), null);
        assertThatThrownBy(() -> coaching.teamAssignments(samira, summit.id(), Locale.ENGLISH)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> coaching.assign(samira, summit.id(), AssignedItem.scenario("price-rise"), Set.of(),
                coaching.today().plusDays(4), null)).isInstanceOf(NotAllowedException.class);
        // Own team, but an agent of another team slipped into the request.
        assertThatThrownBy(() -> coaching.assign(samira, harbour.id(), AssignedItem.scenario("price-rise"),
                Set.of(summit.agents().getFirst().userId()), coaching.today().plusDays(4), null))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> coaching.update(samira, theirs, 0, coaching.today().plusDays(8), "mine now"))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> coaching.cancel(samira, theirs)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> coaching.myTeams(actor("amara"))).isInstanceOf(NotAllowedException.class);
        assertThat(coaching.teamAssignments(tomas, summit.id(), Locale.ENGLISH)).anyMatch(a -> a.id() == theirs);
    }

    private void finishLesson(Actor learner, String moduleId, String lessonId) {
        LearnerSteps.finishLesson(lessons, learner, moduleId, lessonId);
    }

    private void finishScenario(Actor learner, String scenarioId) {
        LearnerSteps.finishScenario(rolePlays, learner, scenarioId);
    }
}
