package com.empathycoach.web.interaction.ui;

import com.empathycoach.core.interaction.CalibrationFacade;
import com.empathycoach.core.interaction.PracticeFacade;
import com.empathycoach.core.interaction.ScorecardExtrasFacade;
import com.empathycoach.core.interaction.ScorecardFacade;
import org.springframework.stereotype.Component;

/** The facades behind the QA of one interaction, as one bean for its view. */
@Component
record QaFacades(ScorecardFacade scorecards, ScorecardExtrasFacade extras, PracticeFacade practice,
                 CalibrationFacade calibration) {
}
