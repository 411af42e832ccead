package com.empathycoach.web.config;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Lookup;
import com.vaadin.flow.server.VaadinService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class StableLookupsInstalledTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("amara")
    void shouldRememberStableServicesAndStillCheckRolesOnNavigation() {
        assertThat(VaadinService.getCurrent().getContext().getAttribute(Lookup.class))
                .isInstanceOf(StableLookups.Remembering.class);

        UI.getCurrent().navigate("agent");
        UI.getCurrent().navigate("agent");

        assertThat(UI.getCurrent().getCurrentView().getElement().getClassList()).contains("agent-home");
    }
}
