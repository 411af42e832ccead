package com.empathycoach.web.interaction;

import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.UserAccount;
import com.empathycoach.core.interaction.CalibrationFacade;
import com.empathycoach.core.interaction.CalibrationFacade.SessionView;
import com.empathycoach.core.interaction.InteractionFacade;
import com.empathycoach.core.interaction.InteractionViews.NewInteraction;
import com.empathycoach.core.interaction.InteractionViews.NewTurn;
import com.empathycoach.core.skill.EmpathyKey;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The owner's list of calibration sessions says what each one waits for. */
@SpringBootTest
@ActiveProfiles("test")
class CalibrationListViewTest extends SpringBrowserlessTest {

    @Autowired InteractionFacade interactions;
    @Autowired CalibrationFacade calibration;
    @Autowired IdentityFacade identity;

    private Actor actor(String username) {
        UserAccount account = identity.account(username).orElseThrow();
        return new Actor(account.id(), account.username(), account.roles());
    }

    @Test
    @WithUserDetails("samira")
    @SuppressWarnings("unchecked")
    void aSessionEveryoneHasScoredWaitsForItsOwnerToCloseIt() {
        Actor samira = actor("samira");
        Actor tomas = actor("tomas");
        long interaction = interactions.ingest(new NewInteraction("amara", "CHAT", "2026-11-20T10:00:00Z",
                "calibration-list-" + UUID.randomUUID(), List.of(new NewTurn("CUSTOMER", "It broke again."),
                        new NewTurn("AGENT", "Sorry to hear that. When did it stop working?")))).interaction().id();
        long id = calibration.open(samira, interaction, Set.of(tomas.userId()));

        assertThat(status(id)).isEqualTo("Your score is due");
        calibration.score(samira, id, Map.of(EmpathyKey.DISCOVER, 4));
        assertThat(status(id)).isEqualTo("Waiting for others");
        calibration.score(tomas, id, Map.of(EmpathyKey.DISCOVER, 3));
        assertThat(status(id)).isEqualTo("Everyone has scored: ready for you to close");
        calibration.close(samira, id);
        assertThat(status(id)).isEqualTo("Closed");
    }

    @SuppressWarnings("unchecked")
    private String status(long id) {
        UI.getCurrent().navigate("qa");
        UI.getCurrent().navigate("calibration");
        Grid<SessionView> grid = $(Grid.class).withClassName("calibration-grid").first();
        var rows = test(grid);
        int row = IntStream.range(0, rows.size()).filter(i -> rows.getRow(i).session().id() == id).findFirst().orElseThrow();
        return rows.getCellText(row, 4);
    }
}
