package com.empathycoach.web.progress;

import com.empathycoach.core.coaching.AssignedItem;
import com.empathycoach.core.coaching.AssignmentOutcome;
import com.empathycoach.core.coaching.CoachingFacade;
import com.empathycoach.core.coaching.MyAssignment;
import com.empathycoach.core.coaching.ProgressFacade;
import com.empathycoach.core.coaching.ProgressViews;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.lesson.ContentCatalog;
import com.empathycoach.core.lesson.LessonContent;
import com.empathycoach.core.lesson.LessonFacade;
import com.empathycoach.core.lesson.LessonViews;
import com.empathycoach.core.reporting.CertificateFacade;
import com.empathycoach.core.reporting.CompletionRow;
import com.empathycoach.core.reporting.ReportFilter;
import com.empathycoach.core.reporting.ReportingFacade;
import com.empathycoach.core.reporting.XapiFacade;
import com.empathycoach.core.reporting.XapiStatement;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.web.LearnerSteps;
import com.empathycoach.web.reporting.CsvExport;
import com.empathycoach.web.reporting.XlsxExport;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.util.Locale;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lesson finished at 0% is never reported as done, on any surface: agent home data, module list, coach grid,
 * the agent's assignments, HR's dashboard, CSV and XLSX exports, xAPI and certificates. Passing it then moves
 * every surface together, and the module stays incomplete until every lesson is passed.
 */
@SpringBootTest
@ActiveProfiles("test")
class TruthfulProgressTest {

    private static final String MODULE = "why-empathy-matters";

    @Autowired LessonFacade lessons;
    @Autowired CoachingFacade coaching;
    @Autowired ProgressFacade progress;
    @Autowired ReportingFacade reporting;
    @Autowired XapiFacade xapi;
    @Autowired CertificateFacade certificates;
    @Autowired ContentCatalog modules;
    @Autowired IdentityFacade identity;

    private record Org(long teamId, Actor coach, Actor agent, Actor hr) {
    }

    private Org organisation() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long team = identity.ensureTeam("Truth " + run);
        return new Org(team, person("tc" + run, Role.COACH, team), person("ta" + run, Role.AGENT, team),
                person("th" + run, Role.HR, null));
    }

    private Actor person(String username, Role role, Long team) {
        long id = identity.register(new NewUser(username, "Person " + username, username + "@test.empathycoach.test",
                "a-long-test-passphrase", Set.of(role), "UTC"));
        if (team != null) {
            identity.addToTeam(team, id, role);
        }
        return new Actor(id, username, Set.of(role));
    }

    private List<CompletionRow> export(Org org) {
        List<CompletionRow> rows = new ArrayList<>();
        reporting.export(org.hr(), new ReportFilter(org.teamId(), null, null, null), "CSV", rows::add);
        return rows;
    }

    private List<String> lessonVerbs(Org org) {
        List<String> verbs = new ArrayList<>();
        xapi.export(org.hr(), LocalDate.now().minusDays(1), null, s -> {
            if (s.statement().userId() == org.agent().userId() && s.statement().activityType() == XapiStatement.ActivityType.LESSON) {
                verbs.add(s.statement().verb().name());
            }
        });
        return verbs;
    }

    @Test
    void aLessonFinishedAtZeroIsAttemptedEverywhereAndPassingItMovesEverySurfaceTogether() throws Exception {
        Org org = organisation();
        List<LessonContent> all = modules.current(MODULE).orElseThrow().content().lessons();
        String first = all.getFirst().id();
        coaching.assign(org.coach(), org.teamId(), AssignedItem.lesson(MODULE, first), Set.of(), coaching.today().plusDays(7), null);
        coaching.assign(org.coach(), org.teamId(), AssignedItem.module(MODULE), Set.of(), coaching.today().plusDays(7), null);

        LearnerSteps.failLesson(lessons, org.agent(), MODULE, first);

        LessonViews.ModuleProgress module = lessons.catalogue(org.agent(), Locale.ENGLISH).stream()
                .filter(m -> m.moduleId().equals(MODULE)).findFirst().orElseThrow();
        assertThat(module.lessonsPassed()).as("module list").isZero();
        assertThat(module.lessonsAttempted()).isEqualTo(1);
        assertThat(module.nextLessonId()).as("what is next on home").isEqualTo(first);
        assertThat(lessons.module(org.agent(), MODULE, Locale.ENGLISH).lessons().getFirst().state())
                .isEqualTo(LessonViews.LessonState.ATTEMPTED);
        assertThat(coaching.myAssignments(org.agent(), Locale.ENGLISH)).as("the agent's assignments").noneMatch(MyAssignment::done)
                .allSatisfy(a -> assertThat(a.outcome()).isEqualTo(AssignmentOutcome.OPEN));
        assertThat(progress.team(org.coach(), org.teamId(), Locale.ENGLISH).agents().getFirst().cells().values()).as("coach grid")
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(ProgressViews.Status.IN_PROGRESS));
        assertThat(export(org)).as("export rows").allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(CompletionRow.Status.ATTEMPTED);
            assertThat(r.assignment()).isEqualTo(AssignmentOutcome.OPEN);
            assertThat(r.completedOn()).isNull();
            assertThat(r.bestScore()).isZero();
        });
        var dashboard = reporting.dashboard(org.hr(), new ReportFilter(org.teamId(), null, null, null), Locale.ENGLISH);
        assertThat(dashboard.totals().completed()).as("HR dashboard").isZero();
        assertThat(lessonVerbs(org)).as("xAPI: started (attempted) and failed, never completed or passed")
                .containsExactlyInAnyOrder("ATTEMPTED", "FAILED");
        assertThat(certificates.mine(org.agent())).as("certificates").isEmpty();
        assertFiles(org, "ATTEMPTED", "OPEN");

        LearnerSteps.finishLesson(lessons, org.agent(), MODULE, first);

        assertThat(coaching.myAssignments(org.agent(), Locale.ENGLISH)).filteredOn(a -> a.item().kind() == com.empathycoach.core.coaching.AssignmentKind.LESSON)
                .singleElement().satisfies(a -> assertThat(a.outcome()).isEqualTo(AssignmentOutcome.MET));
        List<CompletionRow> rows = export(org);
        assertThat(rows).filteredOn(r -> r.item().contains("\u203A")).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(CompletionRow.Status.PASSED));
        assertThat(rows).filteredOn(r -> !r.item().contains("\u203A")).singleElement().as("the module: one lesson of "
                + all.size() + " passed").satisfies(r -> {
                    assertThat(r.status()).isEqualTo(CompletionRow.Status.ATTEMPTED);
                    assertThat(r.assignment()).isEqualTo(AssignmentOutcome.OPEN);
                });
        assertThat(lessonVerbs(org)).containsExactlyInAnyOrder("ATTEMPTED", "FAILED", "ATTEMPTED", "PASSED");
        assertThat(certificates.mine(org.agent())).as("no certificate before the module is completed").isEmpty();

        for (LessonContent lesson : all.subList(1, all.size())) {
            LearnerSteps.finishLesson(lessons, org.agent(), MODULE, lesson.id());
        }
        assertThat(export(org)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(CompletionRow.Status.PASSED);
            assertThat(r.assignment()).isEqualTo(AssignmentOutcome.MET);
        });
        assertThat(certificates.mine(org.agent())).singleElement().satisfies(c -> {
            assertThat(c.moduleId()).isEqualTo(MODULE);
            assertThat(c.lessons()).hasSize(all.size());
        });
    }

    private void assertFiles(Org org, String status, String assignment) throws Exception {
        ReportFilter filter = new ReportFilter(org.teamId(), null, null, null);
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        CsvExport.write(csv, false, sink -> reporting.export(org.hr(), filter, "CSV", sink));
        String text = csv.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("," + status + "," + assignment + ",").doesNotContain("PASSED").doesNotContain("COMPLETED");
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        XlsxExport.write(xlsx, sink -> reporting.export(org.hr(), filter, "XLSX", sink));
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.toByteArray()))) {
            var cells = book.getFirstSheet().read().stream().skip(1)
                    .map(r -> r.getCellText(7) + "/" + r.getCellText(8)).toList();
            assertThat(cells).isNotEmpty().containsOnly(status + "/" + assignment);
        }
    }

    @Autowired
    com.empathycoach.core.coaching.ProgressFacade progressRepair;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void assignmentsClosedOnAFailedLessonByTheOldRuleAreReopenedOnceAndPassedOnesStayDone() {
        Org org = organisation();
        List<LessonContent> all = modules.current(MODULE).orElseThrow().content().lessons();
        String failed = all.getFirst().id();
        String passed = all.get(1).id();
        coaching.assign(org.coach(), org.teamId(), AssignedItem.lesson(MODULE, failed), Set.of(), coaching.today().plusDays(7), null);
        coaching.assign(org.coach(), org.teamId(), AssignedItem.lesson(MODULE, passed), Set.of(), coaching.today().plusDays(7), null);
        LearnerSteps.failLesson(lessons, org.agent(), MODULE, failed);
        LearnerSteps.finishLesson(lessons, org.agent(), MODULE, passed);
        // What the earlier version left behind: the failed lesson's assignment marked done.
        jdbc.update("update assignment_agent set completed_at = current_timestamp(6) where user_id = ? and item_key = ?",
                org.agent().userId(), AssignedItem.lesson(MODULE, failed).key());
        jdbc.update("delete from one_time_task where name = ?", "reopen-assignments-closed-below-the-pass-mark");

        assertThat(progressRepair.reopenWorkNotPassed()).isPositive();
        assertThat(coaching.myAssignments(org.agent(), Locale.ENGLISH)).filteredOn(a -> a.item().lessonId().equals(failed))
                .singleElement().satisfies(a -> assertThat(a.done()).isFalse());
        assertThat(coaching.myAssignments(org.agent(), Locale.ENGLISH)).filteredOn(a -> a.item().lessonId().equals(passed))
                .singleElement().satisfies(a -> assertThat(a.done()).isTrue());

        jdbc.update("update assignment_agent set completed_at = current_timestamp(6) where user_id = ? and item_key = ?",
                org.agent().userId(), AssignedItem.lesson(MODULE, failed).key());
        assertThat(progressRepair.reopenWorkNotPassed()).as("a repair runs once per installation").isZero();
    }
}
