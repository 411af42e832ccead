package com.empathycoach.web.config;

import com.empathycoach.core.coaching.ProgressFacade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up, reopens assignments that an earlier version closed on a lesson finished below its pass mark,
 * so every surface reports them as they are. The repair runs once per installation (see
 * {@link ProgressFacade#reopenWorkNotPassed()}), so later starts do no work for it.
 */
@Component
class ProgressRepair {

    private static final Logger log = LoggerFactory.getLogger(ProgressRepair.class);

    private final ProgressFacade progress;

    ProgressRepair(ProgressFacade progress) {
        this.progress = progress;
    }

    @EventListener(ApplicationReadyEvent.class)
    void reopenWorkNotPassed() {
        int reopened = progress.reopenWorkNotPassed();
        if (reopened > 0) {
            log.info("Reopened {} assignment(s) that had been marked done without the work being passed", reopened);
        }
    }
}
