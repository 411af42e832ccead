package com.empathycoach.web.identity;

import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.TeamSummary;
import com.empathycoach.core.identity.UserAccount;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.NotAllowedException;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
class AdminTeamsViewTest extends SpringBrowserlessTest {

    @Autowired
    IdentityFacade identity;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private Actor actor(String username) {
        UserAccount account = identity.account(username).orElseThrow();
        return new Actor(account.id(), account.username(), account.roles());
    }

    @Test
    @WithUserDetails("admin")
    @SuppressWarnings("unchecked")
    void anAdminCreatesATeamAndAppointsACoachWhoThenSeesIt() {
        String name = "Night Shift " + UUID.randomUUID().toString().substring(0, 6);
        UI.getCurrent().navigate("admin/teams");
        test($(TextField.class).withClassName("team-name").first()).setValue(name);
        test($(Button.class).withClassName("create-team").first()).click();
        Card card = $(Card.class).withClassName("team-card").all().stream()
                .filter(c -> c.getElement().getTextRecursively().contains(name)).findFirst().orElseThrow();
        ComboBox<UserAccount> person = $(ComboBox.class, card).withClassName("team-person").first();
        UserAccount tomas = identity.account("tomas").orElseThrow();
        person.setValue(tomas);
        test($(Button.class, card).withClassName("add-agent").first()).click();
        assertThat(person.isInvalid()).as("a coach without the agent role cannot join as agent").isTrue();
        test($(Button.class, card).withClassName("add-coach").first()).click();

        TeamSummary team = identity.allTeams(actor("admin")).stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
        assertThat(team.coaches()).extracting(m -> m.username()).containsExactly("tomas");
        assertThat(identity.myCoachedTeams(actor("tomas"))).anyMatch(t -> t.name().equals(name));
        identity.removeFromTeam(actor("admin"), team.id(), tomas.id(), Role.COACH);
        assertThat(jdbc.queryForList("select action from audit_log where details in (?, ?, ?) order by id", String.class,
                name, "tomas as COACH in " + name, "tomas as COACH in " + name))
                .as("each change of a team is in the audit log")
                .containsExactly("TEAM_CREATED", "TEAM_MEMBER_ADDED", "TEAM_MEMBER_REMOVED");

        test($(TextField.class).withClassName("team-name").first()).setValue(name);
        test($(Button.class).withClassName("create-team").first()).click();
        TextField again = $(TextField.class).withClassName("team-name").first();
        assertThat(again.isInvalid()).as("a name in use is refused, not quietly taken").isTrue();
        assertThat(again.getErrorMessage()).isEqualTo("A team with this name already exists.");
        assertThat(identity.allTeams(actor("admin")).stream().filter(t -> t.name().equals(name))).hasSize(1);
    }

    @Test
    @WithUserDetails("admin")
    void anAdminRenamesATeamAndDeletesOnlyOneNothingRefersTo() {
        String name = "Typo Team " + UUID.randomUUID().toString().substring(0, 6);
        long id = identity.createTeam(actor("admin"), name);
        UI.getCurrent().navigate("admin/teams");
        footerButton(name, "rename-team").click();
        TextField field = $(TextField.class).withClassName("rename-team-name").first();
        test(field).setValue("Harbour Team");
        test($(Button.class).withClassName("save-team-name").first()).click();
        assertThat(field.getErrorMessage()).isEqualTo("A team with this name already exists.");
        test(field).setValue("  ");
        test($(Button.class).withClassName("save-team-name").first()).click();
        assertThat(field.getErrorMessage()).isEqualTo("Enter a team name.");
        String renamed = name.replace("Typo", "Fixed");
        test(field).setValue(renamed);
        test($(Button.class).withClassName("save-team-name").first()).click();
        assertThat(identity.allTeams(actor("admin"))).anyMatch(t -> t.id() == id && t.name().equals(renamed));

        footerButton(renamed, "delete-team").click();
        test($(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).withClassName("confirm-delete-team").first())
                .confirm();
        assertThat(identity.allTeams(actor("admin"))).noneMatch(t -> t.id() == id);
        assertThat(jdbc.queryForList("select action from audit_log where details in (?, ?) order by id", String.class,
                name + " -> " + renamed, renamed)).containsExactly("TEAM_RENAMED", "TEAM_DELETED");

        long harbour = identity.allTeams(actor("admin")).stream().filter(t -> t.name().equals("Harbour Team"))
                .findFirst().orElseThrow().id();
        assertThatThrownBy(() -> identity.deleteTeam(actor("admin"), harbour)).as("a team with members and history stays")
                .isInstanceOfSatisfying(com.empathycoach.core.shared.InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("admin.teams.inUse"));
        assertThatThrownBy(() -> identity.renameTeam(actor("samira"), harbour, "Mine")).isInstanceOf(NotAllowedException.class);
    }

    /** A team card's footer button (footer buttons are reached through the card's element). */
    private com.vaadin.flow.component.button.ButtonTester<Button> footerButton(String team, String className) {
        Card card = $(Card.class).withClassName("team-card").all().stream()
                .filter(c -> c.getElement().getTextRecursively().contains(team)).findFirst().orElseThrow();
        Button button = card.getElement().getChildren().flatMap(e -> e.getComponent().stream())
                .filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> b.hasClassName(className)).findFirst().orElseThrow();
        return test(button);
    }

    @Test
    void onlyAdminsManageTeams() {
        assertThatThrownBy(() -> identity.createTeam(actor("samira"), "Mine")).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> identity.createTeam(actor("priya"), "Mine")).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> identity.allTeams(actor("samira"))).isInstanceOf(NotAllowedException.class);
        assertThat(identity.allTeams(actor("priya"))).as("HR reads teams to find people").isNotEmpty();
    }
}
