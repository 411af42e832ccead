package com.empathycoach.web.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import static org.assertj.core.api.Assertions.assertThat;

class SignInJourneyTest extends BrowserTestSupport {

    private static final String PASSWORD = "empathy-demo-2026";

    @Test
    void agentSignsInAndSeesTheirHome() {
        signIn("amara", PASSWORD);
        waitFor(By.className("agent-home"));
        assertThat(driver.getCurrentUrl()).endsWith("/agent");
        assertThat(pageText()).contains("Welcome back, Amara").contains("Harbour Team");
        screenshot("agent-home");
    }

    @Test
    void everyVisitorGetsTheProductionBuildWithoutDevelopmentTools() {
        signOut();
        for (String page : new String[]{"login", "f/no-such-link"}) {
            driver.get(url(page));
            waiting().until(d -> !pageText().isBlank());
            assertNoDevelopmentTools(page);
        }
        signIn("amara", PASSWORD);
        waitFor(By.className("agent-home"));
        assertNoDevelopmentTools("agent home");
        signIn("samira", PASSWORD);
        driver.get(url("coach/assignments"));
        waiting().until(d -> !pageText().isBlank());
        assertNoDevelopmentTools("coach assignments");
    }

    private void assertNoDevelopmentTools(String where) {
        Object devParts = script("return document.querySelectorAll('vaadin-dev-tools, copilot-main, vaadin-devmode-gizmo').length"
                + " + (window.Vaadin && window.Vaadin.developmentMode ? 1 : 0)");
        assertThat(((Number) devParts).intValue()).as("development tools on " + where).isZero();
        assertThat(pageText()).as(where).doesNotContainIgnoringCase("development mode");
        assertThat(driver.getPageSource()).as(where).doesNotContain("vaadin-dev-tools").doesNotContain("copilot");
    }

    @Test
    void coachSignsInAndSeesTheirTeams() {
        signIn("samira", PASSWORD);
        waitFor(By.className("coach-home"));
        assertThat(pageText()).contains("My teams").contains("Harbour Team").contains("Amara Okafor");
        screenshot("coach-home");
    }

    @Test
    void wrongPasswordGetsOneMessageThatDoesNotSayWhichPartWasWrong() {
        signOut();
        driver.get(url("login"));
        waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys("amara");
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys("not-the-password");
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        waiting().until(d -> d.getCurrentUrl().contains("error"));
        waiting().until(d -> Boolean.TRUE.equals(script("const f = document.querySelector('vaadin-login-form'); return !!f && f.error")));
        assertThat(script("return document.querySelector('vaadin-login-form').i18n.errorMessage.message"))
                .isEqualTo("The username or password is not correct. Check both and try again.");
        screenshot("login-error");
    }

    @Test
    void signedInAgentIsRefusedTheAdminViewAndAnonymousIsSentToLogin() {
        signIn("ben", PASSWORD);
        driver.get(url("admin/users"));
        waiting().until(d -> pageText().contains("Access denied"));
        signOut();
        driver.get(url("hr"));
        waiting().until(d -> d.getCurrentUrl().contains("/login"));
    }

    @Test
    void unknownAddressShowsFriendlyNotFound() {
        signIn("ben", PASSWORD);
        driver.get(url("no-such-page"));
        waiting().until(d -> pageText().contains("Page not found"));
        assertThat(pageText()).doesNotContain("Exception").doesNotContain("at com.");
    }
}
