package com.empathycoach.core.reporting;

import com.empathycoach.core.audit.AuditEntry;
import com.empathycoach.core.audit.AuditStore;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.Page;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** Completion across the organisation for HR and admins: the dashboard, exports and the audit log. */
@Service
@Transactional(readOnly = true)
public class ReportingFacade {

    /** What the filters can choose from. */
    public record Options(List<Choice> teams, List<Choice> modules) {
    }

    public record Choice(String id, String name) {
    }

    private final ReportingStore store;
    private final AuditStore audit;
    private final IdentityStore identity;
    private final ModuleNames modules;
    private final Clock clock;
    private final ZoneId zone;

    ReportingFacade(ReportingStore store, AuditStore audit, IdentityStore identity, ModuleNames modules,
                    Clock clock, @Value("${empathy.organisation.time-zone:UTC}") String zone) {
        this.store = store;
        this.audit = audit;
        this.identity = identity;
        this.modules = modules;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    /** What the report can be filtered by; module names in the reader's language. */
    public Options options(Actor actor, Locale locale) {
        requireReader(actor);
        List<Choice> teams = identity.allTeams().stream().map(t -> new Choice(String.valueOf(t.id()), t.name())).toList();
        return new Options(teams, modules.choices(locale));
    }

    /** Completion figures in total, per team, per module (named in the reader's language) and per week. */
    public Dashboard dashboard(Actor actor, ReportFilter filter, Locale locale) {
        requireReader(actor);
        return modules.named(store.dashboard(filter, today(), zone), locale);
    }

    /**
     * Streams the export rows to {@code sink}, then writes the export to the audit log with the number of
     * rows that left, also when the download broke off half way.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int export(Actor actor, ReportFilter filter, String format, Consumer<CompletionRow> sink) {
        requireReader(actor);
        int[] rows = {0};
        boolean finished = false;
        try {
            store.streamRows(filter, today(), zone, row -> {
                sink.accept(row);
                rows[0]++;
            });
            finished = true;
            return rows[0];
        } finally {
            audit.record(actor.userId(), "EXPORT_" + format, filter.describe(teamName(filter)) + (finished ? "" : " (interrupted)"),
                    rows[0], clock.instant());
        }
    }

    /** The export's file-name part for the filter, naming its team (see {@link ReportFilter#slug(String)}). */
    public String fileSlug(ReportFilter filter) {
        return filter.slug(teamName(filter));
    }

    private String teamName(ReportFilter filter) {
        return filter.teamId() == null ? null : identity.allTeams().stream().filter(t -> t.id() == filter.teamId())
                .map(t -> t.name()).findFirst().orElse(String.valueOf(filter.teamId()));
    }

    /** Records an export made elsewhere (for example of xAPI statements). */
    @Transactional
    public void recordExport(Actor actor, String format, String details, int rows) {
        requireReader(actor);
        audit.record(actor.userId(), "EXPORT_" + format, details, rows, clock.instant());
    }

    public List<AuditEntry> auditLog(Actor actor, Page page) {
        requireReader(actor);
        return audit.recent(page);
    }

    public int auditCount(Actor actor) {
        requireReader(actor);
        return audit.count();
    }

    public LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }

    private static void requireReader(Actor actor) {
        actor.requireAny(Role.HR, Role.ADMIN);
    }
}
