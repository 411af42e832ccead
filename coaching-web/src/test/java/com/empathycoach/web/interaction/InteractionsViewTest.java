package com.empathycoach.web.interaction;

import com.empathycoach.core.identity.UserAccount;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class InteractionsViewTest extends SpringBrowserlessTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @org.junit.jupiter.api.BeforeEach
    void startWithNothingOpenInTheDemoTeams() {
        com.empathycoach.web.coaching.OpenAssignments.cancelInDemoTeams(jdbc);
    }

    @Test
    @WithUserDetails("samira")
    void aCoachPastesATranscriptAndSeesItRedactedWithEachAgentTurnScored() {
        UI.getCurrent().navigate("interactions");
        test($(Button.class).withClassName("paste-transcript").single()).click();
        @SuppressWarnings("unchecked")
        ComboBox<UserAccount> agent = $(ComboBox.class).single();
        Button analyse = $(Button.class).withText("Analyse and save").single();
        TextArea transcript = $(TextArea.class).single();

        test(transcript).setValue("Hello, nobody said who I am");
        test(analyse).click();
        assertThat(agent.isInvalid()).as("no agent chosen").isTrue();

        agent.setValue(agent.getListDataView().getItems().filter(a -> a.username().equals("amara")).findFirst().orElseThrow());
        test(analyse).click();
        assertThat(transcript.isInvalid()).as("no speaker at the start").isTrue();
        assertThat(transcript.getErrorMessage()).contains("Customer:");

        String order = UUID.randomUUID().toString().substring(0, 6);
        test(transcript).setValue("Customer: Order " + order + " never came. Call me on 07700 900123.\n"
                + "Agent: I'm so sorry, that's our mistake. I'll send a new one today and email you the tracking by 5pm.");
        test(analyse).click();

        assertThat(UI.getCurrent().getCurrentView().getClass().getSimpleName()).isEqualTo("InteractionView");
        String page = UI.getCurrent().getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains(order).contains("[PHONE]").doesNotContain("07700 900123");
        assertThat($(Div.class).withClassName("bubble-agent").all()).hasSize(1);
        assertThat(page).contains("Score").contains("strong");
    }

    @Test
    @WithUserDetails("ben")
    void anAgentSeesOnlyTheirOwnInteractions() {
        long amaras = com.empathycoach.web.security.AccessMatrixTest.sampleInteraction(interactions);
        UI.getCurrent().navigate("interactions/" + amaras);
        assertThat(UI.getCurrent().getCurrentView()).as("the same page as an id nobody has")
                .isInstanceOf(com.empathycoach.web.layout.NotFoundView.class);
        UI.getCurrent().navigate("interactions/999999999");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(com.empathycoach.web.layout.NotFoundView.class);
    }

    @org.springframework.beans.factory.annotation.Autowired
    com.empathycoach.core.interaction.InteractionFacade interactions;

    @Test
    @WithUserDetails("samira")
    void fromAnInteractionTheCoachAssignsTheModuleOfItsWeakestKeyInOneClick() {
        long amaras = com.empathycoach.web.security.AccessMatrixTest.sampleInteraction(interactions);
        UI.getCurrent().navigate("interactions/" + amaras);
        Button practise = $(Button.class).withClassName("assign-practice").single();
        assertThat(practise.getText()).startsWith("Practise this: assign");
        String title = practise.getText().split("\"")[1];
        assertThat(practise.getText().split(java.util.regex.Pattern.quote(title), -1)).as("the title once").hasSize(2);
        test(practise).click();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withClassName("practice-result").single().getText())
                .startsWith("Assigned").endsWith("due in a week.");
        assertThat(practise.isEnabled()).isFalse();

        UI.getCurrent().navigate("interactions/" + amaras);
        test($(Button.class).withClassName("assign-practice").single()).click();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withClassName("practice-result").single().getText())
                .as("a second click does not give the agent the module twice")
                .isEqualTo("The agent already has this module open, so it is not assigned again.");
    }
}
