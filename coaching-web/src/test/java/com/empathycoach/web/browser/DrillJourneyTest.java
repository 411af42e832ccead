package com.empathycoach.web.browser;

import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily drill in a real browser at 360 px, from the keyboard only: start it from home, answer every item with a
 * digit key, go on with Enter, and see the drill done, the XP and the streak, with the home card saying so.
 */
class DrillJourneyTest extends BrowserTestSupport {

    private static final String PASSWORD = "a-long-test-passphrase";

    @Autowired IdentityFacade identity;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anAgentDrillsFromTheKeyboardOnANarrowScreenAndKeepsTheStreak() {
        String username = "jd" + UUID.randomUUID().toString().substring(0, 8);
        long id = identity.register(new NewUser(username, "Dee Drill", username + "@test.empathycoach.test", PASSWORD,
                Set.of(Role.AGENT), "UTC"));
        driver.manage().window().setSize(new Dimension(360, 800));
        try {
            signIn(username, PASSWORD);
            clickOn(waitFor(By.className("home-drill-start")));
            clickOn(waitFor(By.className("drill-start")));
            for (int item = 1; item <= 5; item++) {
                waitFor(By.className("drill-option"));
                assertThat(pageText()).contains("Item " + item + " of 5");
                if (item == 1) {
                    // A digit typed into the reminder's time is the time, not an answer.
                    WebElement time = driver.findElement(By.cssSelector(".drill-reminders vaadin-time-picker input"));
                    clickOn(time);
                    time.sendKeys("1");
                    time.sendKeys(Keys.ESCAPE);
                    waiting().until(d -> !(Boolean) script("return Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive())"));
                    assertThat(driver.findElements(By.className("drill-feedback"))).as("no answer was given").isEmpty();
                    script("document.querySelector('.drill-option').focus()");
                }
                new Actions(driver).sendKeys("2").perform();
                waitFor(By.className("drill-feedback"));
                assertThat(((Number) script("return document.querySelectorAll('.drill-option-right').length")).intValue())
                        .as("the best answer is marked").isEqualTo(1);
                assertNoSidewaysScroll();
                if (item == 1) {
                    screenshot("drill-feedback-360");
                }
                new Actions(driver).sendKeys(Keys.ENTER).perform();
            }
            waitFor(By.className("drill-finished"));
            assertThat(pageText()).contains("Drill done").contains("+20 XP").contains("Your streak counts today");
            assertThat(jdbc.queryForObject("select count(*) from drill_review where user_id = ?", Integer.class, id))
                    .isEqualTo(5);
            driver.get(url("agent"));
            waitFor(By.className("home-drill"));
            assertThat(pageText()).contains("Done for today");
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
    }

    private void assertNoSidewaysScroll() {
        Number overflow = (Number) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("no sideways scrolling at 360 px").isLessThanOrEqualTo(0);
    }
}
