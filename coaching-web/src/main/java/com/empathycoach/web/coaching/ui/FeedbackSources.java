package com.empathycoach.web.coaching.ui;

import com.empathycoach.core.drill.DrillReportFacade;
import com.empathycoach.core.feedback.CustomerFeedbackFacade;
import com.empathycoach.core.feedback.PeerFeedbackFacade;
import com.empathycoach.core.interaction.PracticeFacade;
import com.empathycoach.core.profile.ProfileFacade;
import org.springframework.stereotype.Component;

/** The facades behind an agent's feedback and profile, as one bean for the coach's drill-down. */
@Component
record FeedbackSources(ProfileFacade profiles, PeerFeedbackFacade peers, CustomerFeedbackFacade customers,
                       PracticeFacade practice, DrillReportFacade drill) {
}
