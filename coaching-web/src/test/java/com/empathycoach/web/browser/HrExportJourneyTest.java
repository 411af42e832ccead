package com.empathycoach.web.browser;

import com.empathycoach.core.coaching.AssignedItem;
import com.empathycoach.core.coaching.CoachingFacade;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

class HrExportJourneyTest extends BrowserTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @org.junit.jupiter.api.BeforeEach
    void startWithNothingOpenInTheDemoTeams() {
        com.empathycoach.web.coaching.OpenAssignments.cancelInDemoTeams(jdbc);
    }

    @Autowired
    CoachingFacade coaching;

    @Autowired
    IdentityFacade identity;

    @Test
    void hrOpensTheDashboardAndDownloadsTheCsvAndXlsxOfWhatIsFiltered() {
        var samira = identity.account("samira").orElseThrow();
        Actor coach = new Actor(samira.id(), samira.username(), samira.roles());
        coaching.assign(coach, coaching.myTeams(coach).getFirst().id(), AssignedItem.scenario("price-rise"), Set.of(),
                coaching.today().plusDays(5), null);
        signIn("priya", "empathy-demo-2026");
        driver.get(url("hr"));
        waitFor(By.className("export-csv"));
        screenshot("hr-dashboard");
        String csv = fetch("a.export-csv");
        assertThat(csv).startsWith("agent,email,team,coach,item,assigned_on,due_on,status,assignment,completed_on,best_score,attempts")
                .contains("Harbour Team");
        String xlsxMagic = (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector('a.export-xlsx').href).then(r => r.arrayBuffer())
                  .then(b => done(String.fromCharCode(...new Uint8Array(b).slice(0, 2))));""");
        assertThat(xlsxMagic).isEqualTo("PK");
        driver.get(url("hr/audit"));
        waiting().until(d -> pageText().contains("CSV export") && pageText().contains("XLSX export"));
    }

    /** Downloads a link's file inside the signed-in browser session and returns it as text. */
    private String fetch(String selector) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(document.querySelector(arguments[0]).href).then(r => r.text()).then(done);""", selector);
    }
}
