package com.empathycoach.web.browser;

import com.empathycoach.core.coaching.AssignedItem;
import com.empathycoach.core.coaching.CoachingFacade;
import com.empathycoach.core.identity.AccountFacade;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.lesson.LessonFacade;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.web.LearnerSteps;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lesson finished at 0% as the agent and their coach see it in the browser: never "done", with what to do
 * next, in English and in Spanish, and at 360 px wide without sideways scrolling.
 */
class ProgressJourneyTest extends BrowserTestSupport {

    private static final String MODULE = "why-empathy-matters";
    private static final String PASSWORD = "a-long-test-passphrase";

    @Autowired IdentityFacade identity;
    @Autowired AccountFacade accounts;
    @Autowired CoachingFacade coaching;
    @Autowired LessonFacade lessons;

    private record People(Actor coach, Actor agent) {
    }

    private People failedLesson() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long team = identity.ensureTeam("Journey " + run);
        Actor coach = person("jc" + run, "Jo Coach", Role.COACH, team);
        Actor agent = person("ja" + run, "Ana Agent", Role.AGENT, team);
        String lesson = lessons.module(agent, MODULE, Locale.ENGLISH).lessons().getFirst().lessonId();
        coaching.assign(coach, team, AssignedItem.lesson(MODULE, lesson), Set.of(), coaching.today().plusDays(3), null);
        LearnerSteps.failLesson(lessons, agent, MODULE, lesson);
        return new People(coach, agent);
    }

    private Actor person(String username, String name, Role role, long team) {
        long id = identity.register(new NewUser(username, name, username + "@test.empathycoach.test", PASSWORD,
                Set.of(role), "UTC"));
        identity.addToTeam(team, id, role);
        return new Actor(id, username, Set.of(role));
    }

    @Test
    void aFailedLessonIsNeverDoneForTheAgentOrTheCoachAndHomeSaysWhatIsNext() {
        People people = failedLesson();
        signIn(people.agent().username(), PASSWORD);
        waitFor(By.className("home-progress"));
        assertThat(((Number) script("return document.querySelectorAll('[role=main], main').length")).intValue())
                .as("a main landmark").isPositive();
        // A mouse click right on the unread count opens the bell (the count never takes the click).
        WebElement count = waiting().until(d -> d.findElements(By.className("bell-count")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        new Actions(driver).moveToElement(count).click().perform();
        waiting().until(d -> pageText().contains("assigned you"));
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        assertThat(pageText()).contains("1 lesson finished below the pass mark").contains("Next:")
                .doesNotContain("You have not started a lesson yet").doesNotContain("Done on time")
                .doesNotContain("Recently done");
        screenshot("progress-home-attempted");
        driver.manage().window().setSize(new Dimension(360, 800));
        assertNoSidewaysScroll("agent home at 360 px");
        screenshot("progress-home-attempted-360");
        driver.manage().window().setSize(new Dimension(1280, 900));

        driver.get(url("lessons/" + MODULE));
        waitFor(By.className("lesson-card"));
        assertThat(pageText()).contains("Not passed yet: best score 0%, pass mark 80%").contains("Try again");
        // The lesson itself shows the last attempt's end screen ("Try again" on the module starts a new one, below).
        driver.get(url("lessons/" + MODULE + "/" + firstLesson(people.agent())));
        waiting().until(d -> finished());
        assertThat(pageText()).contains("Not passed yet").contains("Your score: 0%").contains("XP for this attempt: +")
                .contains("First attempt at this lesson: full XP.").doesNotContain("Lesson passed");
        driver.manage().window().setSize(new Dimension(360, 800));
        assertNoSidewaysScroll("lesson end screen at 360 px");
        screenshot("progress-end-screen-360");
        driver.manage().window().setSize(new Dimension(1280, 900));

        signIn(people.coach().username(), PASSWORD);
        driver.get(url("coach/progress"));
        waitFor(By.className("progress-grid"));
        waiting().until(d -> pageText().contains("In progress \u00B7 score 0%"));
        assertThat(pageText()).doesNotContain("Done on time").doesNotContain("Done late");
        screenshot("progress-coach-grid");

        signIn(people.agent().username(), PASSWORD);
        driver.get(url("lessons/" + MODULE));
        waitFor(By.className("lesson-card"));
        driver.findElements(By.cssSelector(".lesson-card vaadin-button")).getFirst().click();
        waiting().withMessage("Try again starts a new attempt at its first step")
                .until(d -> pageText().contains("Step 1 of") && !finished());
    }

    private String firstLesson(Actor agent) {
        return lessons.module(agent, MODULE, Locale.ENGLISH).lessons().getFirst().lessonId();
    }

    @Test
    void inSpanishTheHomeAndTheEndScreenSayTheSame() {
        People people = failedLesson();
        accounts.setLocale(people.agent(), "es");
        signIn(people.agent().username(), PASSWORD);
        waitFor(By.className("home-progress"));
        assertThat(pageText()).contains("1 lección terminada por debajo de la nota para aprobar").contains("Siguiente:")
                .doesNotContain("Todavía no has empezado ninguna lección");
        driver.get(url("lessons/" + MODULE + "/" + firstLesson(people.agent())));
        waiting().until(d -> finished());
        assertThat(pageText()).contains("Aún no aprobada").contains("XP de este intento: +");
        screenshot("progress-end-screen-es");

        accounts.setLocale(people.coach(), "es");
        signIn(people.coach().username(), PASSWORD);
        driver.manage().window().setSize(new Dimension(360, 800));
        driver.get(url("coach/progress"));
        waitFor(By.className("progress-grid"));
        waiting().until(d -> pageText().contains("En curso \u00B7 puntuación 0%"));
        screenshot("progress-coach-grid-es-360");
        driver.manage().window().setSize(new Dimension(1280, 900));
    }

    private void assertNoSidewaysScroll(String where) {
        waiting().withMessage(where).until(d -> Boolean.TRUE.equals(script("""
                return document.documentElement.scrollWidth <= window.innerWidth + 1
                    && Array.from(document.querySelectorAll('.xp-summary, .xp-earned, .home-progress, .my-assignments,'
                        + ' .completion-panel')).every(e => e.getBoundingClientRect().right <= window.innerWidth + 1);""")));
    }
}
