package com.empathycoach.web.roleplay;

import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.UserAccount;
import com.empathycoach.core.roleplay.RolePlayFacade;
import com.empathycoach.core.roleplay.RolePlayStore.WrittenReply;
import com.empathycoach.core.roleplay.RolePlayViews.RolePlay;
import com.empathycoach.core.roleplay.RolePlayViews.ScenarioCard;
import com.empathycoach.core.roleplay.Scenario;
import com.empathycoach.web.layout.AccessDeniedView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.Query;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class ScenarioInsightsViewTest extends SpringBrowserlessTest {

    private static final String SCENARIO = "refund-refused";

    @Autowired RolePlayFacade rolePlays;
    @Autowired IdentityFacade identity;

    @Test
    @WithUserDetails("samira")
    void aCoachReadsTheRepliesWrittenAtANodeWithoutNamesAndSeesHowOftenEachChoiceIsPicked() {
        String marker = "I am sorry about the refund, reference " + UUID.randomUUID().toString().substring(0, 8);
        // Replies show once three people have written at a step; the newest is this test's marker.
        play("jade", "I see why this is upsetting; let me look at the refund rules with you.");
        play("kofi", "I understand. I'll check what we can offer and e-mail you today.");
        play("ivan", marker);

        UI.getCurrent().navigate("insights/roleplays");
        @SuppressWarnings("unchecked")
        ComboBox<ScenarioCard> scenario = $(ComboBox.class).single();
        scenario.setValue(scenario.getListDataView().getItems().filter(s -> s.scenarioId().equals(SCENARIO))
                .findFirst().orElseThrow());

        assertThat($(Card.class).all()).hasSizeGreaterThan(3);
        assertThat($(Span.class).all()).extracting(Span::getText)
                .anyMatch(t -> t.startsWith("Strong: ") && t.contains("%"))
                .anyMatch(t -> t.startsWith("Weak: "));
        @SuppressWarnings("unchecked")
        Grid<WrittenReply> replies = $(Grid.class).first();
        List<WrittenReply> rows = replies.getDataProvider().fetch(new Query<>(0, 50, List.of(), null, null)).toList();
        assertThat(rows).extracting(WrittenReply::reply).contains(marker);
        assertThat(rows.getFirst().reply()).as("newest first").isEqualTo(marker);
        assertThat(replies.getColumns()).extracting(Grid.Column::getHeaderText)
                .doesNotContain("Agent", "Name").contains("Reply");
    }

    @Test
    @WithUserDetails("amara")
    void agentsDoNotSeeRolePlayInsights() {
        UI.getCurrent().navigate("insights/roleplays");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    private void play(String username, String reply) {
        UserAccount account = identity.account(username).orElseThrow();
        Actor agent = new Actor(account.id(), account.username(), account.roles());
        RolePlay play = rolePlays.replay(agent, SCENARIO, Locale.ENGLISH);
        for (int guard = 0; guard < 20 && !play.completed(); guard++) {
            Scenario.Node node = play.current().orElseThrow();
            play = node.freeText().isPresent()
                    ? rolePlays.reply(agent, play.attemptId(), play.turnNo(), reply, Locale.ENGLISH)
                    : rolePlays.choose(agent, play.attemptId(), play.turnNo(),
                    node.choices().stream().max(Comparator.comparingInt(Scenario.Choice::total)).orElseThrow().id(),
                    Locale.ENGLISH);
        }
        assertThat(play.completed()).isTrue();
    }
}
