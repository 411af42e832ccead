package com.empathycoach.web.profile.ui;

import com.empathycoach.core.drill.DrillReportFacade;
import com.empathycoach.web.drill.ui.SkillProfilePanel;
import com.empathycoach.web.shared.LocalizedTitle;
import com.empathycoach.core.feedback.CustomerFeedbackFacade;
import com.empathycoach.core.feedback.PeerFeedbackFacade;
import com.empathycoach.core.interaction.PracticeFacade;
import com.empathycoach.core.profile.ProfileFacade;
import com.empathycoach.web.interaction.ui.ImpactPanel;
import com.empathycoach.web.feedback.ui.CustomerSummaryPanel;
import com.empathycoach.web.feedback.ui.PeerSummaryPanel;
import com.empathycoach.web.security.CurrentUser;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The agent's own empathy profile: every source on the four keys, with peers' and customers' words. */
@Route("profile")
@Menu(order = 4.5, title = "menu.profile", icon = "vaadin:chart-line")
@RolesAllowed("AGENT")
class EmpathyProfileView extends VerticalLayout implements LocalizedTitle {

    EmpathyProfileView(CurrentUser currentUser, ProfileFacade profiles, PeerFeedbackFacade peers,
                              CustomerFeedbackFacade customers, PracticeFacade practice, DrillReportFacade drill) {
        addClassName("profile-view");
        var actor = currentUser.actor();
        add(new H2(getTranslation("profile.myTitle")), new ProfilePanel(profiles.mine(actor)),
                new SkillProfilePanel(drill.mine(actor), false),
                new ImpactPanel(practice.impact(actor, actor.userId(), getLocale()), false),
                new PeerSummaryPanel(peers.mySummary(actor)), new CustomerSummaryPanel(customers.mySummary(actor)));
    }

    @Override
    public String titleKey() {
        return "title.empathyProfileView";
    }
}
