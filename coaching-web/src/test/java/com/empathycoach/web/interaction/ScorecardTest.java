package com.empathycoach.web.interaction;

import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.UserAccount;
import com.empathycoach.core.interaction.InteractionFacade;
import com.empathycoach.core.interaction.InteractionViews.NewInteraction;
import com.empathycoach.core.interaction.InteractionViews.NewTurn;
import com.empathycoach.core.interaction.Scorecard;
import com.empathycoach.core.interaction.ScorecardFacade;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.shared.NotAllowedException;
import com.empathycoach.core.skill.EmpathyKey;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The QA flow on one real interaction: score, self-review before seeing it, dispute, settle, all audited. */
@SpringBootTest
@ActiveProfiles("test")
class ScorecardTest {

    @Autowired InteractionFacade interactions;
    @Autowired ScorecardFacade scorecards;
    @Autowired IdentityFacade identity;
    @Autowired JdbcTemplate jdbc;

    private Actor actor(String username) {
        UserAccount account = identity.account(username).orElseThrow();
        return new Actor(account.id(), account.username(), account.roles());
    }

    private long newInteraction() {
        return interactions.ingest(new NewInteraction("amara", "CHAT", "2026-12-02T09:00:00Z", "qa-" + UUID.randomUUID(),
                List.of(new NewTurn("CUSTOMER", "Where is my refund?"),
                        new NewTurn("AGENT", "I'm sorry for the wait, Ana. I'll check it now and message you by noon."))))
                .interaction().id();
    }

    @Test
    void theCoachScoresTheAgentReviewsThemselfFirstDisputesAndHrSettlesItWithATrail() {
        long id = newInteraction();
        Actor samira = actor("samira");
        Actor amara = actor("amara");
        Actor priya = actor("priya");
        assertThat(ScorecardFacade.suggestion(interactions.get(samira, id))).hasSize(4)
                .allSatisfy((key, value) -> assertThat(value).isBetween(1, 5));
        assertThatThrownBy(() -> scorecards.score(actor("tomas"), id, Map.of(EmpathyKey.HELP, 3), Map.of()))
                .as("only the agent's coach scores").isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> scorecards.score(samira, id, Map.of(EmpathyKey.HELP, 6), Map.of()))
                .isInstanceOf(InvalidInputException.class);

        scorecards.score(samira, id, Map.of(EmpathyKey.HELP, 4, EmpathyKey.DISCOVER, 2), Map.of(EmpathyKey.DISCOVER,
                "Ask what she needs the refund for."));
        Scorecard beforeSelf = scorecards.view(amara, id).orElseThrow();
        assertThat(beforeSelf.scoresHidden()).isTrue();
        assertThat(beforeSelf.scores()).as("hidden until the agent reviews themself").isEmpty();
        assertThatThrownBy(() -> scorecards.dispute(amara, id, " ")).isInstanceOf(InvalidInputException.class);

        scorecards.selfReview(amara, id, Map.of(EmpathyKey.HELP, 5, EmpathyKey.DISCOVER, 4));
        Scorecard seen = scorecards.view(amara, id).orElseThrow();
        assertThat(seen.scores()).containsEntry(EmpathyKey.HELP, 4);
        assertThat(seen.gap()).containsEntry(EmpathyKey.DISCOVER, 2).containsEntry(EmpathyKey.HELP, 1)
                .doesNotContainKey(EmpathyKey.CHANNEL);

        scorecards.dispute(amara, id, "I asked about the refund in the turn before.");
        assertThat(scorecards.view(samira, id).orElseThrow().status()).isEqualTo(Scorecard.Status.DISPUTED);
        assertThat(jdbc.queryForObject("select count(*) from notification where user_id = ? and kind = 'QA_DISPUTED'"
                + " and link = ?", Integer.class, samira.userId(), "interactions/" + id))
                .as("the team's coach is told, with a link to the interaction").isEqualTo(1);
        assertThatThrownBy(() -> scorecards.score(samira, id, Map.of(EmpathyKey.HELP, 5), Map.of()))
                .as("a disputed score is settled elsewhere").isInstanceOf(InvalidInputException.class);
        assertThat(scorecards.mayResolve(samira, id)).as("not by the coach who gave it").isFalse();
        assertThatThrownBy(() -> scorecards.resolve(samira, id, null, "I stand by it")).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> scorecards.resolve(priya, id, null, "")).isInstanceOf(InvalidInputException.class);

        scorecards.resolve(priya, id, Map.of(EmpathyKey.HELP, 4, EmpathyKey.DISCOVER, 3), "She did ask; DISCOVER is a 3.");
        Scorecard settled = scorecards.view(amara, id).orElseThrow();
        assertThat(settled.status()).isEqualTo(Scorecard.Status.RESOLVED);
        assertThat(settled.scores()).containsEntry(EmpathyKey.DISCOVER, 3);
        assertThat(settled.resolutionNote()).startsWith("She did ask");

        assertThat(scorecards.settledExamples(priya)).anySatisfy(e -> assertThat(e.interaction().id()).isEqualTo(id));
        assertThat(scorecards.settledExamples(actor("tomas"))).as("not his agent")
                .noneMatch(e -> e.interaction().id() == id);
        var line = com.empathycoach.web.interaction.SettledScores.line(scorecards.settledExamples(samira).stream()
                .filter(e -> e.interaction().id() == id).findFirst().orElseThrow());
        assertThat(line.get("finalScores").get("discover").asInt()).isEqualTo(3);
        assertThat(line.get("finalScores").get("channel").isNull()).as("N/A").isTrue();
        assertThat(line.get("agentTurns").get(0).get("text").asString()).contains("I'll check it now");
        assertThat(line.get("analyzer").get("version").asString()).startsWith("2.0+");
        assertThat(line.get("disputeReason").asString()).startsWith("I asked");

        List<String> trail = jdbc.queryForList("select action from audit_log where details regexp ? order by id",
                String.class, "^interaction " + id + "([^0-9]|$)");
        assertThat(trail).containsExactly("QA_SCORED", "QA_SELF_REVIEWED", "QA_DISPUTED", "QA_DISPUTE_CHANGED");
    }

    @Test
    void anAgentCanSelfReviewBeforeTheCoachScoresAndAcknowledgeAfter() {
        long id = newInteraction();
        Actor amara = actor("amara");
        scorecards.selfReview(amara, id, Map.of(EmpathyKey.CHANNEL, 4));
        assertThat(scorecards.view(actor("samira"), id).orElseThrow().status()).isEqualTo(Scorecard.Status.SELF_REVIEWED);
        assertThatThrownBy(() -> scorecards.acknowledge(amara, id)).isInstanceOf(InvalidInputException.class);
        scorecards.score(actor("samira"), id, Map.of(EmpathyKey.CHANNEL, 3), Map.of());
        scorecards.acknowledge(amara, id);
        assertThat(scorecards.view(amara, id).orElseThrow().status()).isEqualTo(Scorecard.Status.ACKNOWLEDGED);
        assertThatThrownBy(() -> scorecards.selfReview(amara, id, Map.of())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> scorecards.view(actor("ben"), id)).as("another agent").isInstanceOf(NotAllowedException.class);
    }
}
