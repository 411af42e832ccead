package com.empathycoach.web.identity;

import com.empathycoach.core.audit.AuditEntry;
import com.empathycoach.core.identity.AccountFacade;
import com.empathycoach.core.identity.AccountFacade.Handover;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.UserImportFacade;
import com.empathycoach.core.identity.UserImportFacade.Line;
import com.empathycoach.core.reporting.ReportingFacade;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.shared.NotAllowedException;
import com.empathycoach.core.shared.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
class AccountAdminTest {

    @Autowired
    AccountFacade accounts;

    @Autowired
    UserImportFacade imports;

    @Autowired
    IdentityFacade identity;

    @Autowired
    ReportingFacade reporting;

    private Actor admin() {
        var a = identity.account("admin").orElseThrow();
        return new Actor(a.id(), a.username(), a.roles());
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anAdminCreatesEditsDeactivatesAndResetsAndEveryStepIsAudited() {
        String run = run();
        Handover created = accounts.create(admin(), "new" + run, "Nadia Ortiz", "new" + run + "@test.empathycoach.test",
                Set.of(Role.AGENT), "UTC");
        assertThat(created.temporaryPassword()).hasSize(19);
        Actor nadia = new Actor(created.userId(), created.username(), Set.of(Role.AGENT));
        assertThat(accounts.mustChangePassword(nadia)).isTrue();

        accounts.update(admin(), created.userId(), new AccountFacade.Changes("Nadia Ortiz-Ruiz",
                "nadia" + run + "@test.empathycoach.test", Set.of(Role.AGENT, Role.COACH), false));
        var account = identity.account(created.username()).orElseThrow();
        assertThat(account.displayName()).isEqualTo("Nadia Ortiz-Ruiz");
        assertThat(account.roles()).containsExactlyInAnyOrder(Role.AGENT, Role.COACH);
        assertThat(account.active()).isFalse();
        assertThat(identity.credentials(created.username()).orElseThrow().active()).as("cannot sign in").isFalse();

        Handover reset = accounts.resetPassword(admin(), created.userId());
        assertThat(reset.temporaryPassword()).isNotEqualTo(created.temporaryPassword());

        List<AuditEntry> log = reporting.auditLog(admin(), new Page(0, 10));
        assertThat(log).extracting(AuditEntry::action).containsSubsequence("PASSWORD_RESET", "USER_DEACTIVATED", "USER_CREATED");
    }

    @Test
    void aTemporaryPasswordMustBeReplacedByOneThatMeetsThePolicy() {
        String run = run();
        Handover created = accounts.create(admin(), "tmp" + run, "Tomás Vidal", "tmp" + run + "@test.empathycoach.test",
                Set.of(Role.AGENT), "UTC");
        Actor tomas = new Actor(created.userId(), created.username(), Set.of(Role.AGENT));
        assertThatThrownBy(() -> accounts.changePassword(tomas, "not-the-password", "a fine long phrase"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("account.password.wrongCurrent"));
        assertThatThrownBy(() -> accounts.changePassword(tomas, created.temporaryPassword(), "password1234"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("validation.password.common"));
        accounts.changePassword(tomas, created.temporaryPassword(), "lanterns over the harbour");
        assertThat(accounts.mustChangePassword(tomas)).isFalse();
    }

    @Test
    void nonAdminsManageNobodyAndAnAdminCannotLockThemselvesOut() {
        var samira = identity.account("samira").orElseThrow();
        Actor coach = new Actor(samira.id(), samira.username(), samira.roles());
        assertThatThrownBy(() -> accounts.resetPassword(coach, samira.id())).isInstanceOf(NotAllowedException.class);
        Actor admin = admin();
        assertThatThrownBy(() -> accounts.update(admin, admin.userId(), new AccountFacade.Changes("Alex Morgan",
                "admin@demo.empathycoach.test", Set.of(Role.HR), true)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("admin.users.notYourself"));
    }

    @Test
    void anImportWithAnInvalidRowImportsNothingUnlessTheAdminTakesTheValidRowsOnly() {
        String run = run();
        List<Line> lines = List.of(
                new Line(2, "imp1" + run, "Ida Import", "imp1" + run + "@test.empathycoach.test", "AGENT", "Import team " + run),
                new Line(3, "imp2" + run, "Ivo Import", "imp2" + run + "@test.empathycoach.test", "COACH;AGENT", "Import team " + run),
                new Line(4, "bad name!", "", "not-an-email", "PILOT", ""),
                new Line(5, "imp1" + run, "Ida Again", "imp3" + run + "@test.empathycoach.test", "AGENT", ""));
        var rows = imports.preview(admin(), lines);
        assertThat(rows.get(0).valid()).isTrue();
        assertThat(rows.get(1).valid()).isTrue();
        assertThat(rows.get(2).problems()).contains("admin.import.unknownRole", "validation.username");
        assertThat(rows.get(3).problems()).containsExactly("admin.import.duplicate");
        var short1 = new Line(6, "few1" + run, "", "", "", "");
        var short2 = new Line(7, "few2" + run, "", "", "", "");
        assertThat(imports.preview(admin(), List.of(short1, short2)).get(1).problems())
                .as("two rows without an email are not duplicates of each other").doesNotContain("admin.import.duplicate");

        assertThatThrownBy(() -> imports.apply(admin(), lines, false))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("admin.import.hasProblems"));
        assertThat(identity.account("imp1" + run)).isEmpty();

        var result = imports.apply(admin(), lines, true);
        assertThat(result.imported()).isEqualTo(2);
        assertThat(result.skipped()).isEqualTo(2);
        assertThat(identity.account("imp2" + run).orElseThrow().roles()).containsExactlyInAnyOrder(Role.COACH, Role.AGENT);
        assertThat(identity.allTeams(admin()).stream().filter(t -> t.name().equals("Import team " + run)).findFirst().orElseThrow()
                .coaches()).extracting(m -> m.username()).containsExactly("imp2" + run);
        assertThat(result.handovers()).extracting(Handover::username).containsExactly("imp1" + run, "imp2" + run);
        assertThat(reporting.auditLog(admin(), new Page(0, 20))).extracting(AuditEntry::details)
                .as("the log names each person imported, with their roles")
                .anySatisfy(d -> assertThat(d).startsWith("imp2" + run + " roles=[").contains("COACH").contains("AGENT")
                        .endsWith(" team=Import team " + run + " (import)"));
    }
}
