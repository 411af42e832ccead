package com.empathycoach.web.coaching;

import com.empathycoach.core.identity.IdentityFacade;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** A coach looking at an agent reads about the agent; nothing on the page speaks to them as if they were the agent. */
@SpringBootTest
@ActiveProfiles("test")
class CoachWordingTest extends SpringBrowserlessTest {

    @Autowired
    IdentityFacade identity;

    @Test
    @WithUserDetails("samira")
    void theAgentPageSpeaksAboutTheAgent() {
        long amara = identity.account("amara").orElseThrow().id();
        UI.getCurrent().navigate("coach/agents/" + amara);
        String text = UI.getCurrent().getCurrentView().getElement().getTextRecursively();
        assertThat(text).contains("What the agent's peers say")
                .doesNotContain("What your peers say").doesNotContain("Felt you wanted").doesNotContain("your profile");
    }
}
