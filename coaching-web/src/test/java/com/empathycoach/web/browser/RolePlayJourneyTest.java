package com.empathycoach.web.browser;

import com.empathycoach.core.roleplay.ScenarioCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RolePlayJourneyTest extends BrowserTestSupport {

    @Autowired
    private ScenarioCatalog scenarios;

    private static final String REPLY = "I'm so sorry, Tanvi, I know this is stressful. <b>Step one</b>: I'll refresh "
            + "all 23 posts with you now, and I'll message you by 2 pm today. Which client should we start with?";

    @Test
    void agentPlaysAScenarioWritesAReplyWithTheKeyboardAndReadsTheDebrief() {
        signIn("hana", "empathy-demo-2026");
        driver.get(url("roleplay"));
        waitFor(By.className("scenario-card"));
        screenshot("roleplay-catalogue");
        driver.findElements(By.cssSelector("a.scenario-link")).stream()
                .filter(a -> a.getText().contains("The posts that never went out")).findFirst().orElseThrow().click();
        waiting().until(d -> !d.findElements(By.cssSelector("vaadin-button.choice, .replay-scenario")).isEmpty());
        if (!driver.findElements(By.className("replay-scenario")).isEmpty()) {
            clickOn(driver.findElement(By.className("replay-scenario")));
            waiting().until(d -> d.findElements(By.className("replay-scenario")).isEmpty());
        }
        String startMood = moodText();
        screenshot("roleplay-start");

        boolean wrote = false;
        for (int guard = 0; guard < 20 && driver.findElements(By.className("replay-scenario")).isEmpty(); guard++) {
            int bubbles = driver.findElements(By.className("bubble")).size();
            if (!driver.findElements(By.cssSelector("vaadin-text-area.reply-box")).isEmpty()) {
                WebElement box = driver.findElement(By.cssSelector("vaadin-text-area.reply-box textarea"));
                box.sendKeys(REPLY);
                box.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
                wrote = true;
            } else {
                clickOn(strongest());
            }
            waiting().until(d -> d.findElements(By.className("bubble")).size() > bubbles);
            if (guard == 1) {
                assertThat(moodText()).as("the mood meter moved").isNotEqualTo(startMood);
                screenshot("roleplay-mid");
            }
        }
        assertThat(wrote).isTrue();
        waitFor(By.className("debrief"));
        String text = pageText();
        assertThat(text).contains("Debrief").contains("Overall score:").contains("Awaiting coach review")
                .contains("<b>Step one</b>");
        assertThat(driver.findElements(By.cssSelector(".marked-reply b"))).as("markup is not rendered").isEmpty();
        assertThat(driver.findElements(By.cssSelector(".marked-reply .finding-good"))).isNotEmpty();
        screenshot("roleplay-debrief");

        driver.navigate().refresh();
        waitFor(By.className("debrief"));
        assertThat(pageText()).contains("<b>Step one</b>").contains("Overall score:");

        // The XP it earned shows on the home view, the badge cabinet and the leaderboard.
        driver.get(url("agent"));
        waitFor(By.className("xp-summary"));
        assertThat(driver.findElement(By.className("xp-text")).getText()).matches("[1-9][\\d,]* XP, next level .*");
        screenshot("agent-home-xp");
        driver.get(url("badges"));
        waitFor(By.className("badge-earned"));
        screenshot("badge-cabinet");
        driver.get(url("leaderboard"));
        WebElement weekRank = waitFor(By.className("board-my-rank"));
        // All time: replays pay less and from the fourth on nothing, but all-time XP stays.
        driver.findElements(By.cssSelector("vaadin-radio-group.board-period vaadin-radio-button")).stream()
                .filter(t -> t.getText().equals("All time")).findFirst().orElseThrow().click();
        waiting().until(ExpectedConditions.stalenessOf(weekRank));
        String rank = String.valueOf(script("const r = document.querySelector('.board-my-rank');"
                + " return r ? r.innerText : ''"));
        assertThat(rank).as(pageText()).matches("You are #\\d+ with \\d+ XP\\.");
        screenshot("leaderboard");
    }

    /** The choice button worth the most points; choices are shuffled, so position says nothing. */
    private WebElement strongest() {
        Map<String, Integer> totals = new HashMap<>();
        scenarios.current("vanished-images").orElseThrow().scenario().nodes()
                .forEach(n -> n.choices().forEach(c -> totals.put(c.text(), c.total())));
        return driver.findElements(By.cssSelector("vaadin-button.choice")).stream()
                .max(Comparator.comparingInt(b -> totals.getOrDefault(b.getText().strip(), -1))).orElseThrow();
    }

    private String moodText() {
        return driver.findElement(By.className("mood-text")).getText();
    }
}
