package com.empathycoach.web.interaction;

import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.UserAccount;
import com.empathycoach.core.interaction.InteractionFacade;
import com.empathycoach.core.interaction.InteractionViews.NewInteraction;
import com.empathycoach.core.interaction.InteractionViews.NewTurn;
import com.empathycoach.core.interaction.QaOverviewFacade;
import com.empathycoach.core.interaction.QaOverviewFacade.MonthPoint;
import com.empathycoach.core.interaction.QaOverviewFacade.TeamCoverage;
import com.empathycoach.core.interaction.ScorecardFacade;
import com.empathycoach.core.shared.NotAllowedException;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.web.feedback.FeedbackTeam;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** QA coverage and score trends by team, as a coach and as HR see them. */
@SpringBootTest
@ActiveProfiles("test")
class QaOverviewTest {

    @Autowired InteractionFacade interactions;
    @Autowired ScorecardFacade scorecards;
    @Autowired QaOverviewFacade qa;
    @Autowired IdentityFacade identity;

    private long ingest(Actor agent, int overallHint) {
        String reply = overallHint > 50 ? "I'm sorry about this, Ana. I'll refund it today and e-mail you by 5pm."
                : "That's the policy.";
        return interactions.ingest(new NewInteraction(agent.username(), "EMAIL", Instant.now().toString(),
                "qa-overview-" + UUID.randomUUID(), List.of(new NewTurn("CUSTOMER", "I was charged twice."),
                        new NewTurn("AGENT", reply)))).interaction().id();
    }

    @Test
    void coverageCountsAgentsWithEnoughScoredInteractionsAndTrendsAverageTheTeamsMonth() {
        FeedbackTeam team = FeedbackTeam.create(identity, 2);
        Actor coach = team.coach();
        long first = ingest(team.agent(0), 90);
        long second = ingest(team.agent(0), 10);
        ingest(team.agent(0), 90);
        scorecards.score(coach, first, Map.of(EmpathyKey.HELP, 5, EmpathyKey.DISCOVER, 3), Map.of());
        scorecards.score(coach, second, Map.of(EmpathyKey.HELP, 2), Map.of());

        TeamCoverage coverage = qa.coverage(coach, qa.thisMonth(), 2).stream().filter(t -> t.teamId() == team.teamId())
                .findFirst().orElseThrow();
        assertThat(coverage.agents()).hasSize(2);
        assertThat(coverage.covered()).isEqualTo(1);
        assertThat(coverage.percent()).isEqualTo(50);
        assertThat(qa.coverage(coach, qa.thisMonth(), 3).getFirst().covered()).isZero();
        assertThat(qa.coverage(coach, qa.thisMonth().minusMonths(1), 1).getFirst().covered())
                .as("scored this month, not last").isZero();

        MonthPoint month = qa.trends(coach, 6).getFirst().months().getLast();
        assertThat(qa.trends(coach, 6).getFirst().months()).hasSize(6);
        assertThat(month.month()).isEqualTo(qa.thisMonth());
        assertThat(month.interactions()).isEqualTo(3);
        assertThat(month.scorecards()).isEqualTo(2);
        assertThat(month.coach()).containsEntry(EmpathyKey.HELP, 3.5).containsEntry(EmpathyKey.DISCOVER, 3.0)
                .doesNotContainKey(EmpathyKey.CHANNEL);
        assertThat(month.analyzerOverall()).isNotNull();

        UserAccount priya = identity.account("priya").orElseThrow();
        Actor hr = new Actor(priya.id(), priya.username(), priya.roles());
        assertThat(qa.coverage(hr, qa.thisMonth(), 2)).anyMatch(t -> t.teamId() == team.teamId());
        UserAccount samira = identity.account("samira").orElseThrow();
        assertThat(qa.coverage(new Actor(samira.id(), samira.username(), samira.roles()), qa.thisMonth(), 2))
                .as("a coach sees only their teams").noneMatch(t -> t.teamId() == team.teamId());
        assertThatThrownBy(() -> qa.coverage(team.agent(0), qa.thisMonth(), 2)).isInstanceOf(NotAllowedException.class);
        assertThat(team.agent(0).roles()).containsExactly(Role.AGENT);
    }
}
