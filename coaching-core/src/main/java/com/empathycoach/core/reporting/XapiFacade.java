package com.empathycoach.core.reporting;

import com.empathycoach.core.audit.AuditStore;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.reporting.StatementStore.StoredStatement;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;

/** xAPI statements: exported by HR, and handed to the forwarder with retry bookkeeping. */
@Service
@Transactional
public class XapiFacade {

    private static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private final StatementStore store;
    private final AuditStore audit;
    private final Clock clock;
    private final ZoneId zone;

    public XapiFacade(StatementStore store, AuditStore audit, Clock clock,
                      @Value("${empathy.organisation.time-zone:UTC}") String zone) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    /** Streams the statements made between the two days (inclusive) and audits the export. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int export(Actor actor, LocalDate from, LocalDate to, Consumer<StoredStatement> sink) {
        actor.requireAny(Role.HR, Role.ADMIN);
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "reporting.filter.rangeBackwards");
        }
        Instant start = from == null ? Instant.EPOCH : from.atStartOfDay(zone).toInstant();
        Instant end = to == null ? clock.instant().plusSeconds(1) : to.plusDays(1).atStartOfDay(zone).toInstant();
        int[] rows = {0};
        boolean finished = false;
        try {
            store.stream(start, end, s -> {
                sink.accept(s);
                rows[0]++;
            });
            finished = true;
            return rows[0];
        } finally {
            audit.record(actor.userId(), "EXPORT_XAPI", "from=" + (from == null ? "-" : from) + " to="
                    + (to == null ? "-" : to) + (finished ? "" : " (interrupted)"), rows[0], clock.instant());
        }
    }

    public List<StoredStatement> dueForForwarding(int limit) {
        return store.dueForForwarding(clock.instant(), limit);
    }

    public void forwarded(List<String> ids) {
        store.markForwarded(ids, clock.instant());
    }

    /** Schedules the next try after a failure: one minute, doubling with each attempt, at most an hour. */
    public void failed(List<StoredStatement> batch, String error) {
        int attempts = batch.stream().mapToInt(StoredStatement::attempts).max().orElse(0);
        store.markFailed(batch.stream().map(s -> s.statement().id()).toList(), error, clock.instant().plus(backoff(attempts)));
    }

    static Duration backoff(int previousAttempts) {
        Duration wait = Duration.ofMinutes(1L << Math.min(previousAttempts, 10));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
