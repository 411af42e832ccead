package com.empathycoach.web.interaction;

import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.UserAccount;
import com.empathycoach.core.interaction.CalibrationFacade;
import com.empathycoach.core.interaction.CalibrationFacade.SessionView;
import com.empathycoach.core.interaction.CalibrationResults.RaterResult;
import com.empathycoach.core.interaction.CalibrationResults.Result;
import com.empathycoach.core.interaction.InteractionFacade;
import com.empathycoach.core.interaction.InteractionViews.NewInteraction;
import com.empathycoach.core.interaction.InteractionViews.NewTurn;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.shared.NotAllowedException;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.web.feedback.FeedbackTeam;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A calibration session: blind until you score, the result with the analyzer as a rater, closed by its owner. */
@SpringBootTest
@ActiveProfiles("test")
class CalibrationTest {

    @Autowired InteractionFacade interactions;
    @Autowired CalibrationFacade calibration;
    @Autowired IdentityFacade identity;
    @Autowired JdbcTemplate jdbc;

    private Actor actor(String username) {
        UserAccount account = identity.account(username).orElseThrow();
        return new Actor(account.id(), account.username(), account.roles());
    }

    @Test
    void coachesScoreBlindThenSeeTheConsensusTheirDistanceAndTheAnalyzer() {
        FeedbackTeam mine = FeedbackTeam.create(identity, 1);
        FeedbackTeam other = FeedbackTeam.create(identity, 1);
        FeedbackTeam third = FeedbackTeam.create(identity, 0);
        Actor owner = mine.coach();
        Actor second = other.coach();
        Actor last = third.coach();
        long interaction = interactions.ingest(new NewInteraction(mine.agent(0).username(), "CHAT",
                "2026-11-20T10:00:00Z", "calibration-" + UUID.randomUUID(), List.of(new NewTurn("CUSTOMER", "It broke again."),
                new NewTurn("AGENT", "Sorry to hear that. Could you tell me when it stopped working?")))).interaction().id();

        assertThatThrownBy(() -> calibration.open(owner, interaction, Set.of())).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> calibration.open(owner, interaction, Set.of(mine.agent(0).userId())))
                .as("agents are not invited").isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> calibration.open(second, interaction, Set.of(last.userId())))
                .as("only a coach who sees the interaction opens one").isInstanceOf(NotAllowedException.class);
        long id = calibration.open(owner, interaction, Set.of(second.userId(), last.userId()));
        for (Actor invited : List.of(second, last)) {
            assertThat(jdbc.queryForObject("select count(*) from notification where user_id = ?"
                    + " and kind = 'CALIBRATION_INVITED' and link = ?", Integer.class, invited.userId(), "calibration/" + id))
                    .as("every invited coach is told").isEqualTo(1);
        }

        calibration.score(owner, id, Map.of(EmpathyKey.HELP, 4, EmpathyKey.DISCOVER, 4));
        SessionView blind = calibration.view(second, id);
        assertThat(blind.resultVisible()).isFalse();
        assertThat(blind.mayScore()).isTrue();
        assertThat(blind.session().analyzer()).as("the analyzer is hidden too").isEmpty();
        assertThat(blind.session().ratings()).allSatisfy(r -> assertThat(r.scores()).isEmpty());
        assertThatThrownBy(() -> calibration.result(second, id)).isInstanceOf(NotAllowedException.class);
        assertThat(calibration.interaction(second, id).turns()).as("the transcript, though not their agent").hasSize(2);
        assertThatThrownBy(() -> calibration.view(actor("samira"), id)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> calibration.view(mine.agent(0), id)).isInstanceOf(NotAllowedException.class);

        calibration.score(second, id, Map.of(EmpathyKey.HELP, 2, EmpathyKey.DISCOVER, 4));
        assertThatThrownBy(() -> calibration.score(second, id, Map.of(EmpathyKey.HELP, 3)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> calibration.close(second, id)).isInstanceOf(NotAllowedException.class);
        calibration.close(owner, id);
        assertThatThrownBy(() -> calibration.score(last, id, Map.of(EmpathyKey.HELP, 3)))
                .as("closed").isInstanceOf(InvalidInputException.class);

        Result result = calibration.result(last, id);
        assertThat(result.keys().stream().filter(k -> k.key() == EmpathyKey.HELP).findFirst().orElseThrow().consensus())
                .as("median of 4 and 2").isEqualTo(3.0);
        RaterResult ownerRow = result.raters().stream().filter(r -> r.name().equals(
                identity.account(owner.username()).orElseThrow().displayName())).findFirst().orElseThrow();
        assertThat(ownerRow.distance()).as("|4-3| and |4-4| over two keys").isEqualTo(0.5);
        assertThat(result.raters()).anyMatch(RaterResult::analyzer);
        assertThat(result.history()).hasSize(2);
        assertThat(jdbc.queryForObject("select count(*) from audit_log where action like 'QA_CALIBRATION_%' and (details = ? or details like ?)",
                Integer.class, "session " + id, "session " + id + " %")).isEqualTo(4);
    }
}
