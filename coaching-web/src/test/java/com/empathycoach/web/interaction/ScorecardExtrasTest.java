package com.empathycoach.web.interaction;

import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.UserAccount;
import com.empathycoach.core.interaction.InteractionFacade;
import com.empathycoach.core.interaction.InteractionViews.NewInteraction;
import com.empathycoach.core.interaction.InteractionViews.NewTurn;
import com.empathycoach.core.interaction.ScorecardExtrasFacade;
import com.empathycoach.core.interaction.ScorecardExtrasStore.ItemScore;
import com.empathycoach.core.interaction.ScorecardFacade;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.shared.NotAllowedException;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.web.feedback.FeedbackTeam;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The organisation's own scorecard items and comments anchored on a turn, hidden from the agent until self-review. */
@SpringBootTest
@ActiveProfiles("test")
class ScorecardExtrasTest {

    @Autowired InteractionFacade interactions;
    @Autowired ScorecardFacade scorecards;
    @Autowired ScorecardExtrasFacade extras;
    @Autowired IdentityFacade identity;

    private Actor actor(String username) {
        UserAccount account = identity.account(username).orElseThrow();
        return new Actor(account.id(), account.username(), account.roles());
    }

    @Test
    void adminsKeepItemsCoachesScoreThemAndCommentOnTurnsAgentsSeeThemAfterTheirSelfReview() {
        Actor admin = actor("admin");
        String run = UUID.randomUUID().toString().substring(0, 6);
        long check = extras.addItem(admin, "Identity check " + run, "Asked the two security questions");
        long callback = extras.addItem(admin, "Offered a callback " + run, "");
        assertThatThrownBy(() -> extras.addItem(admin, " Identity check " + run + " ", null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> extras.addItem(admin, " ", null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> extras.addItem(actor("samira"), "Mine", null)).isInstanceOf(NotAllowedException.class);

        FeedbackTeam team = FeedbackTeam.create(identity, 1);
        Actor coach = team.coach();
        Actor agent = team.agent(0);
        long id = interactions.ingest(new NewInteraction(agent.username(), "PHONE", "2026-11-28T15:00:00Z",
                "extras-" + run, List.of(new NewTurn("CUSTOMER", "I need my PIN reset."),
                        new NewTurn("AGENT", "Sure. What is your date of birth?")))).interaction().id();
        Map<Long, Integer> items = new HashMap<>();
        items.put(check, 2);
        items.put(callback, null);
        assertThatThrownBy(() -> extras.score(coach, id, Map.of(EmpathyKey.HELP, 3), Map.of(), Map.of(check, 7), Map.of()))
                .isInstanceOf(InvalidInputException.class);
        extras.score(coach, id, Map.of(EmpathyKey.HELP, 3), Map.of(), items, Map.of(check, "Only one question asked."));
        extras.comment(coach, id, 1, "Ask how they are before the security questions.");
        assertThatThrownBy(() -> extras.comment(coach, id, 9, "x")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> extras.comment(coach, id, 1, "  ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> extras.comment(actor("samira"), id, 1, "Not my agent"))
                .isInstanceOf(NotAllowedException.class);

        assertThat(extras.itemScores(agent, id)).as("hidden before the self-review").isEmpty();
        assertThat(extras.comments(agent, id)).isEmpty();
        scorecards.selfReview(agent, id, Map.of(EmpathyKey.HELP, 4));
        assertThat(extras.itemScores(agent, id)).extracting(ItemScore::score).containsExactlyInAnyOrder(2, null);
        assertThat(extras.itemScores(agent, id)).anyMatch(s -> "Only one question asked.".equals(s.comment()));
        assertThat(extras.comments(agent, id)).singleElement().satisfies(c -> {
            assertThat(c.turnIndex()).isEqualTo(1);
            assertThat(c.text()).startsWith("Ask how they are");
        });
        assertThat(extras.comments(actor("priya"), id)).as("HR sees them").hasSize(1);

        extras.updateItem(admin, callback, "Offered a callback " + run, null, false);
        assertThat(extras.activeItems()).noneMatch(i -> i.id() == callback);
        assertThat(extras.itemScores(coach, id)).as("scores already given keep it").hasSize(2);
    }
}
