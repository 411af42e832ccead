package com.empathycoach.web.reporting;

import com.empathycoach.core.coaching.AssignedItem;
import com.empathycoach.core.coaching.CoachingFacade;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.lesson.ContentCatalog;
import com.empathycoach.core.lesson.LessonContent;
import com.empathycoach.core.lesson.LessonFacade;
import com.empathycoach.core.reporting.Certificate;
import com.empathycoach.core.reporting.CertificateFacade;
import com.empathycoach.core.coaching.AssignmentOutcome;
import com.empathycoach.core.reporting.CompletionRow;
import com.empathycoach.core.reporting.Dashboard;
import com.empathycoach.core.reporting.ReportFilter;
import com.empathycoach.core.reporting.ReportingFacade;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.NotAllowedException;
import com.empathycoach.core.shared.Page;
import com.empathycoach.web.LearnerSteps;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
class ReportingTest {

    private static final String MODULE = "why-empathy-matters";

    @Autowired
    ReportingFacade reporting;

    @Autowired
    CertificateFacade certificates;

    @Autowired
    CoachingFacade coaching;

    @Autowired
    LessonFacade lessons;

    @Autowired
    ContentCatalog modules;

    @Autowired
    IdentityFacade identity;

    private record Org(long teamId, Actor coach, Actor agent, Actor hr) {
    }

    private Org organisation() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long team = identity.ensureTeam("Équipe \"Nord\", " + run);
        Actor coach = person("rc" + run, "Łukasz Żółć " + run, Role.COACH, team);
        Actor agent = person("ra" + run, "Zoë O'Brien " + run, Role.AGENT, team);
        Actor hr = person("rh" + run, "Hana Reyes " + run, Role.HR, null);
        return new Org(team, coach, agent, hr);
    }

    private Actor person(String username, String name, Role role, Long team) {
        long id = identity.register(new NewUser(username, name, username + "@test.empathycoach.test", "a-long-test-passphrase",
                Set.of(role), "Europe/London"));
        if (team != null) {
            identity.addToTeam(team, id, role);
        }
        return new Actor(id, username, Set.of(role));
    }

    private List<CompletionRow> export(Actor actor, ReportFilter filter) {
        List<CompletionRow> rows = new ArrayList<>();
        reporting.export(actor, filter, "CSV", rows::add);
        return rows;
    }

    @Test
    void finishedWorkShowsInTheExportTheDashboardAndTheAuditLogWithAttemptsAndScores() {
        Org org = organisation();
        coaching.assign(org.coach(), org.teamId(), AssignedItem.module(MODULE), Set.of(), coaching.today().plusDays(7), null);
        coaching.assign(org.coach(), org.teamId(), AssignedItem.scenario("price-rise"), Set.of(), coaching.today().plusDays(7), null);
        List<LessonContent> moduleLessons = modules.current(MODULE).orElseThrow().content().lessons();
        int total = 0;
        for (LessonContent lesson : moduleLessons) {
            total += LearnerSteps.finishLesson(lessons, org.agent(), MODULE, lesson.id()).score();
        }

        ReportFilter mine = new ReportFilter(org.teamId(), null, coaching.today(), coaching.today());
        List<CompletionRow> rows = export(org.hr(), mine);
        assertThat(rows).hasSize(2).allSatisfy(r -> {
            assertThat(r.agent()).startsWith("Zoë O'Brien");
            assertThat(r.team()).startsWith("Équipe \"Nord\", ");
            assertThat(r.coach()).startsWith("Łukasz Żółć");
            assertThat(r.assignedOn()).isEqualTo(coaching.today());
        });
        CompletionRow module = rows.stream().filter(r -> r.item().equals(modules.current(MODULE).orElseThrow().content().title()))
                .findFirst().orElseThrow();
        assertThat(module.status()).isEqualTo(CompletionRow.Status.PASSED);
        assertThat(module.assignment()).isEqualTo(AssignmentOutcome.MET);
        assertThat(module.completedOn()).isEqualTo(coaching.today());
        assertThat(module.attempts()).isEqualTo(moduleLessons.size());
        assertThat(module.bestScore()).isEqualTo(Math.round((float) total / moduleLessons.size()));
        CompletionRow scenario = rows.stream().filter(r -> r != module).findFirst().orElseThrow();
        assertThat(scenario.status()).isEqualTo(CompletionRow.Status.NOT_STARTED);
        assertThat(scenario.assignment()).isEqualTo(AssignmentOutcome.OPEN);
        assertThat(scenario.bestScore()).isNull();
        assertThat(scenario.attempts()).isZero();

        assertThat(export(org.hr(), new ReportFilter(org.teamId(), MODULE, null, null))).hasSize(1);

        Dashboard dashboard = reporting.dashboard(org.hr(), mine, Locale.ENGLISH);
        assertThat(dashboard.totals().assigned()).isEqualTo(2);
        assertThat(dashboard.totals().completed()).isEqualTo(1);
        assertThat(dashboard.totals().overdue()).isZero();
        assertThat(dashboard.totals().averageScore()).isEqualTo(module.bestScore().doubleValue());
        assertThat(dashboard.byTeam()).singleElement().satisfies(g -> assertThat(g.figures().completionRate()).isEqualTo(0.5));
        assertThat(dashboard.byModule()).extracting(Dashboard.Group::id).containsExactlyInAnyOrder(MODULE, "price-rise");
        assertThat(dashboard.weekly()).last().satisfies(w -> {
            assertThat(w.assigned()).isEqualTo(2);
            assertThat(w.completed()).isEqualTo(1);
        });

        var audit = reporting.auditLog(org.hr(), new Page(0, 5)).stream().filter(e -> e.actorId() == org.hr().userId()).toList();
        assertThat(audit).hasSize(2);
        assertThat(audit.getLast().action()).isEqualTo("EXPORT_CSV");
        assertThat(audit.getLast().details()).startsWith("team=\"Équipe \"Nord\", ").doesNotContain("team=" + org.teamId());
        assertThat(audit.getLast().rowCount()).isEqualTo(2);
    }

    @Test
    void onlyHrAndAdminsReachFiguresAndExports() {
        Org org = organisation();
        for (Actor outsider : List.of(org.agent(), org.coach())) {
            assertThatThrownBy(() -> reporting.dashboard(outsider, ReportFilter.everything(), Locale.ENGLISH)).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> export(outsider, ReportFilter.everything())).isInstanceOf(NotAllowedException.class);
            assertThatThrownBy(() -> reporting.auditLog(outsider, new Page(0, 5))).isInstanceOf(NotAllowedException.class);
        }
        Actor admin = new Actor(identity.account("admin").orElseThrow().id(), "admin", Set.of(Role.ADMIN));
        assertThat(reporting.dashboard(admin, ReportFilter.everything(), Locale.ENGLISH).totals().assigned()).isNotNegative();
    }

    @Test
    void aFinishedModuleGivesACertificateItsAgentAndHrCanDownloadAndNobodyElse() throws Exception {
        Org org = organisation();
        Org other = organisation();
        assertThat(certificates.mine(org.agent())).isEmpty();
        for (LessonContent lesson : modules.current(MODULE).orElseThrow().content().lessons()) {
            LearnerSteps.finishLesson(lessons, org.agent(), MODULE, lesson.id());
        }
        List<Certificate> mine = certificates.mine(org.agent());
        assertThat(mine).singleElement().satisfies(c -> {
            assertThat(c.moduleId()).isEqualTo(MODULE);
            assertThat(c.completedOn()).isEqualTo(coaching.today());
        });
        assertThat(certificates.of(org.hr(), org.agent().userId())).isEqualTo(mine);
        assertThat(certificates.certificate(org.hr(), org.agent().userId(), MODULE)).isPresent();
        assertThatThrownBy(() -> certificates.certificate(other.agent(), org.agent().userId(), MODULE))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> certificates.of(org.coach(), org.agent().userId())).isInstanceOf(NotAllowedException.class);

        byte[] pdf = CertificatePdf.render(mine.getFirst(), Locale.UK);
        PdfReader reader = new PdfReader(pdf);
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        reader.close();
        assertThat(text).contains("Certificate of completion").contains("Zoë O'Brien")
                .contains(mine.getFirst().moduleTitle()).contains(mine.getFirst().number());
    }
}
