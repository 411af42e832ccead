package com.empathycoach.web.coaching;

import com.empathycoach.core.coaching.AssignedItem;
import com.empathycoach.core.coaching.CoachingFacade;
import com.empathycoach.core.coaching.ProgressFacade;
import com.empathycoach.core.coaching.ProgressViews.AgentFilter;
import com.empathycoach.core.coaching.ProgressViews.AgentOrder;
import com.empathycoach.core.coaching.ProgressViews.AgentRow;
import com.empathycoach.core.shared.NotAllowedException;
import com.empathycoach.core.shared.Page;
import com.empathycoach.core.coaching.ProgressViews.Status;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.UserAccount;
import com.empathycoach.core.lesson.AnswerOption;
import com.empathycoach.core.lesson.LessonFacade;
import com.empathycoach.core.lesson.LessonPlay;
import com.empathycoach.core.lesson.LessonStep;
import com.empathycoach.core.lesson.QuestionType;
import com.empathycoach.core.roleplay.RolePlayFacade;
import com.empathycoach.core.roleplay.RolePlayViews.RolePlay;
import com.empathycoach.core.roleplay.Scenario;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.web.layout.AccessDeniedView;
import com.empathycoach.web.security.CurrentUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

import java.util.Locale;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
class TeamProgressViewTest extends SpringBrowserlessTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @org.junit.jupiter.api.BeforeEach
    void startWithNothingOpenInTheDemoTeams() {
        com.empathycoach.web.coaching.OpenAssignments.cancelInDemoTeams(jdbc);
    }

    /** The rows as the grid loads them, page by page. */
    private List<AgentRow> rows(Grid<AgentRow> grid) {
        var rows = test(grid);
        return IntStream.range(0, rows.size()).mapToObj(rows::getRow).toList();
    }

    @Autowired
    CoachingFacade coaching;

    @Autowired
    ProgressFacade progress;

    @Autowired
    RolePlayFacade rolePlays;

    @Autowired
    IdentityFacade identity;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    LessonFacade lessons;

    private Actor actor(String username) {
        UserAccount account = identity.account(username).orElseThrow();
        return new Actor(account.id(), account.username(), account.roles());
    }

    @Test
    @WithUserDetails("samira")
    @SuppressWarnings("unchecked")
    void theCoachSeesWhoFinishedFiltersByStatusAndOpensTheTranscript() {
        Actor samira = currentUser.actor();
        Actor elif = actor("elif");
        long team = coaching.myTeams(samira).getFirst().id();
        coaching.assign(samira, team, AssignedItem.scenario("confused-bank-transfer"), Set.of(elif.userId()),
                coaching.today().plusDays(3), null);
        RolePlay play = rolePlays.replay(elif, "confused-bank-transfer", Locale.ENGLISH);
        for (int guard = 0; guard < 20 && !play.completed(); guard++) {
            Scenario.Node node = play.current().orElseThrow();
            play = node.freeText().isPresent()
                    ? rolePlays.reply(elif, play.attemptId(), play.turnNo(), "I'm sorry for the worry. I'll check it now.", Locale.ENGLISH)
                    : rolePlays.choose(elif, play.attemptId(), play.turnNo(),
                    node.choices().stream().max(Comparator.comparingInt(Scenario.Choice::total)).orElseThrow().id(), Locale.ENGLISH);
        }

        UI.getCurrent().navigate("coach/progress");
        Grid<AgentRow> grid = $(Grid.class).withClassName("progress-grid").first();
        AgentRow elifRow = rows(grid).stream().filter(r -> r.agentId() == elif.userId()).findFirst().orElseThrow();
        assertThat(elifRow.done()).isPositive();
        int row = rows(grid).indexOf(elifRow);
        int assignments = grid.getColumns().size() - 3;
        java.util.List<String> cells = new java.util.ArrayList<>();
        for (int column = 1; column <= assignments; column++) {
            if (test(grid).getCellComponent(row, column) instanceof Span span) {
                cells.add(span.getText());
            }
        }
        assertThat(cells).anyMatch(t -> t.matches("Done (on time|late) \u00B7 score \\d+%"));

        Select<Optional<Status>> filter = $(Select.class).withClassName("progress-filter").first();
        test(filter).selectItem("Done on time");
        Grid<AgentRow> filtered = $(Grid.class).withClassName("progress-grid").first();
        assertThat(rows(filtered))
                .allSatisfy(r -> assertThat(r.cells().values()).anyMatch(c -> c.status().done()))
                .anyMatch(r -> r.agentId() == elif.userId());

        test(filtered).sortByColumn(filtered.getColumns().size() - 2, SortDirection.DESCENDING);
        assertThat(rows(filtered)).extracting(AgentRow::done).as("most work done first")
                .isSortedAccordingTo(Comparator.reverseOrder());

        UI.getCurrent().navigate("coach/agents/" + elif.userId());
        assertThat($(Details.class).withClassName("role-play-details").all()).isNotEmpty();
        assertThat($(Details.class).withClassName("role-play-details").all().stream()
                .map(d -> d.getElement().getTextRecursively())).anyMatch(t -> t.contains("Agent: "));
    }

    @Test
    @WithUserDetails("samira")
    void shouldPageTheTeamsAgentsAsTheWholeGridHasThemAndOnlyForTheirCoach() {
        Actor samira = currentUser.actor();
        long team = coaching.myTeams(samira).getFirst().id();
        List<AgentRow> whole = progress.team(samira, team, Locale.ENGLISH).agents();
        List<AgentRow> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < whole.size(); offset += 2) {
            paged.addAll(progress.agents(samira, team, AgentFilter.EVERYONE, AgentOrder.BY_NAME, new Page(offset, 2)));
        }
        assertThat(paged).isEqualTo(whole.stream().sorted(Comparator.comparing(AgentRow::name)).toList());
        assertThat(progress.countAgents(samira, team, AgentFilter.EVERYONE)).isEqualTo(whole.size());

        AgentFilter notStarted = new AgentFilter(Status.NOT_STARTED);
        List<AgentRow> filtered = progress.agents(samira, team, notStarted,
                new AgentOrder(AgentOrder.By.LAST_ACTIVITY, null, true), new Page(0, 100));
        assertThat(filtered).isEqualTo(whole.stream().filter(notStarted::test)
                .sorted(Comparator.comparing(AgentRow::lastActivity, Comparator.nullsFirst(Comparator.<java.time.Instant>naturalOrder()))
                        .reversed()).toList());
        assertThat(progress.countAgents(samira, team, notStarted)).isEqualTo(filtered.size());

        assertThatThrownBy(() -> progress.agents(actor("tomas"), team, AgentFilter.EVERYONE, AgentOrder.BY_NAME,
                new Page(0, 10))).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> progress.countAgents(actor("tomas"), team, AgentFilter.EVERYONE))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    @WithUserDetails("samira")
    void theDrillDownListsTheQuizQuestionsTheAgentMissed() {
        Actor dara = actor("dara");
        LessonPlay play = lessons.retry(dara, "saying-no-with-empathy", lessons.module(dara, "saying-no-with-empathy", Locale.ENGLISH)
                .lessons().getFirst().lessonId(), Locale.ENGLISH);
        for (int guard = 0; guard < 60 && !play.completed(); guard++) {
            LessonStep step = play.steps().get(play.stepIndex());
            if (step instanceof LessonStep.QuestionStep q && q.answer().isEmpty()) {
                var options = q.question().options();
                // A wrong answer on purpose: the lowest-ranked reply last, or an incorrect option.
                List<String> wrong = q.question().type() == QuestionType.ORDERING
                        ? options.stream().sorted(Comparator.comparingInt(AnswerOption::rank).reversed()).map(AnswerOption::id).toList()
                        : List.of(options.stream().filter(o -> !o.correct()).findFirst().orElseThrow().id());
                play = lessons.answer(dara, play.attemptId(), q.question().id(), wrong, Locale.ENGLISH);
            }
            play = lessons.next(dara, play.attemptId(), play.stepIndex(), Locale.ENGLISH);
        }
        UI.getCurrent().navigate("coach/agents/" + dara.userId());
        assertThat($(Div.class).withClassName("missed-row").all()).isNotEmpty();
        assertThat($(Div.class).withClassName("missed-row").first().getElement().getTextRecursively())
                .contains("Their answer: ").contains("Right answer: ");
    }

    @Test
    @WithUserDetails("samira")
    void anotherTeamsAgentCannotBeOpenedByUrl() {
        long kofi = actor("kofi").userId();
        UI.getCurrent().navigate("coach/agents/" + kofi);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
