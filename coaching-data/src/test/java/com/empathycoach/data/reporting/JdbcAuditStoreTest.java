package com.empathycoach.data.reporting;

import com.empathycoach.core.audit.AuditEntry;
import com.empathycoach.core.audit.AuditStore;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.shared.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class JdbcAuditStoreTest {

    @Autowired
    AuditStore audit;

    @Autowired
    IdentityStore identity;

    @Autowired
    JdbcTemplate jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    /** After every line already in the shared log, so this test's lines are the newest. */
    private Instant now;
    private long actor;

    @BeforeEach
    void setUp() {
        actor = identity.createUser(new NewUser("a" + tag, "Auditor " + tag, tag + "@example.org", "long-enough-password",
                Set.of(Role.HR), "UTC"), "h");
        Timestamp newest = jdbc.queryForObject("select max(at) from audit_log", Timestamp.class);
        now = (newest == null ? Instant.parse("2026-11-23T10:00:00Z") : newest.toInstant()).plusSeconds(60);
    }

    @Test
    void anEntryReadsBackWithTheActorsName() {
        audit.record(actor, "EXPORT_COMPLETION", "team=all module=all", 42, now);

        AuditEntry entry = audit.recent(new Page(0, 1)).getFirst();
        assertThat(entry).isEqualTo(new AuditEntry(entry.id(), actor, "Auditor " + tag, "EXPORT_COMPLETION",
                "team=all module=all", 42, now));
    }

    @Test
    void anActionWithoutARowCountReadsBackWithoutOne() {
        audit.record(actor, "USER_UPDATED", "user=7", null, now);
        assertThat(audit.recent(new Page(0, 1)).getFirst().rowCount()).isNull();
    }

    @Test
    void anExportOfNoRowsKeepsItsZero() {
        audit.record(actor, "EXPORT_COMPLETION", "empty", 0, now);
        assertThat(audit.recent(new Page(0, 1)).getFirst().rowCount()).isZero();
    }

    @Test
    void theNewestComeFirstAndEqualTimesByLastRecorded() {
        audit.record(actor, "A", tag, null, now.plusSeconds(5));
        audit.record(actor, "B", tag, null, now.plusSeconds(10));
        audit.record(actor, "C", tag, null, now.plusSeconds(10));
        audit.record(actor, "D", tag, null, now);

        assertThat(audit.recent(new Page(0, 4))).extracting(AuditEntry::action).containsExactly("C", "B", "A", "D");
    }

    @Test
    void pagesFollowOnWithoutGapsOrRepeats() {
        for (int i = 0; i < 5; i++) {
            audit.record(actor, "STEP_" + i, tag, null, now.plusSeconds(i));
        }
        List<String> all = audit.recent(new Page(0, 5)).stream().map(AuditEntry::action).toList();
        List<String> first = audit.recent(new Page(0, 2)).stream().map(AuditEntry::action).toList();
        List<String> second = audit.recent(new Page(2, 2)).stream().map(AuditEntry::action).toList();

        assertThat(all).containsExactly("STEP_4", "STEP_3", "STEP_2", "STEP_1", "STEP_0");
        assertThat(first).containsExactly("STEP_4", "STEP_3");
        assertThat(second).containsExactly("STEP_2", "STEP_1");
    }

    @Test
    void everyRecordAddsOneToTheCount() {
        int before = audit.count();
        audit.record(actor, "A", tag, null, now);
        audit.record(actor, "A", tag, null, now);
        assertThat(audit.count()).isEqualTo(before + 2);
    }

    @Test
    void overlongDetailsAreCutToTheColumnInsteadOfFailing() {
        audit.record(actor, "IMPORT", "d".repeat(2500), 3, now);
        assertThat(audit.recent(new Page(0, 1)).getFirst().details()).isEqualTo("d".repeat(2000));
    }
}
