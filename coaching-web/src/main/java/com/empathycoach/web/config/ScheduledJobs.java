package com.empathycoach.web.config;

import com.empathycoach.core.notification.DrillReminderFacade;
import com.empathycoach.core.notification.ReminderFacade;
import com.empathycoach.web.reporting.LrsForwarder;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * The app's scheduled jobs, each run by one node at a time however many share the database: a job first
 * takes its row in the {@code shedlock} table (ShedLock, database time), and a node that finds it taken
 * skips that run. {@code lockAtLeastFor} also keeps a second node from repeating a run just finished.
 */
@Component
public class ScheduledJobs {

    static final String REMINDERS = "coaching-reminders";
    static final String XAPI = "xapi-forwarding";
    static final String DRILL_REMINDERS = "drill-reminders";

    private static final Logger LOG = LoggerFactory.getLogger(ScheduledJobs.class);

    private final LockingTaskExecutor locks;
    private final ReminderFacade reminders;
    private final DrillReminderFacade drillReminders;
    private final LrsForwarder forwarder;
    private final Clock clock;

    ScheduledJobs(DataSource dataSource, ReminderFacade reminders, DrillReminderFacade drillReminders, LrsForwarder forwarder,
                  Clock clock) {
        this.locks = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
                .builder().withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build()));
        this.reminders = reminders;
        this.drillReminders = drillReminders;
        this.forwarder = forwarder;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${empathy.reminders.initial-delay:PT1M}", fixedDelayString = "${empathy.reminders.every:PT1H}")
    void remindersOnSchedule() {
        runReminders();
    }

    @Scheduled(initialDelayString = "${empathy.drill.reminders.initial-delay:PT2M}",
            fixedDelayString = "${empathy.drill.reminders.every:PT15M}")
    void drillRemindersOnSchedule() {
        runOnce(DRILL_REMINDERS, Duration.ofMinutes(10), Duration.ofMinutes(1), drillReminders::remindNow);
    }

    @Scheduled(initialDelayString = "${empathy.xapi.lrs.initial-delay:PT30S}", fixedDelayString = "${empathy.xapi.lrs.every:PT30S}")
    void forwardingOnSchedule() {
        if (forwarder.enabled()) {
            runOnce(XAPI, Duration.ofMinutes(10), Duration.ofSeconds(10), forwarder::forwardDue);
        }
    }

    /** Sends due and overdue reminders unless another node is doing it or has just done it; true if this node did. */
    public boolean runReminders() {
        return runOnce(REMINDERS, Duration.ofMinutes(30), Duration.ofMinutes(5), reminders::remindToday);
    }

    private boolean runOnce(String name, Duration atMost, Duration atLeast, Callable<?> job) {
        try {
            boolean ran = locks.executeWithLock(job::call, new LockConfiguration(clock.instant(), name, atMost, atLeast))
                    .wasExecuted();
            if (ran) {
                LOG.info("Scheduled job {} ran on this node", name);
            } else {
                LOG.debug("Scheduled job {} skipped: another node has it or has just run it", name);
            }
            return ran;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Scheduled job " + name + " failed", e);
        }
    }
}
