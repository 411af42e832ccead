package com.empathycoach.web.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LessonJourneyTest extends BrowserTestSupport {

    @Test
    void agentCompletesALessonReloadsAndSeesItCompleteWithItsScore() {
        signIn("chen", "empathy-demo-2026");
        driver.get(url("lessons"));
        waitFor(By.className("module-card"));
        screenshot("catalogue");
        driver.findElements(By.cssSelector("a.module-link")).stream()
                .filter(a -> a.getText().contains("Mind the knowledge gap")).findFirst().orElseThrow().click();
        waitFor(By.className("lesson-card"));
        clickOn(driver.findElements(By.cssSelector(".lesson-card vaadin-button")).getFirst());
        waiting().until(d -> !d.findElements(By.cssSelector(".retry-lesson, .question-panel, .card-panel")).isEmpty());
        if (finished()) {
            click(By.className("retry-lesson"));
            waiting().until(d -> !finished());
        }
        screenshot("lesson-card-step");
        if (!driver.findElements(By.className("card-panel")).isEmpty() && nextReady()) {
            // A double click moves on one step, never past a card unread.
            String before = stepLabel();
            int shown = Integer.parseInt(before.replaceAll("\\D+", " ").trim().split(" ")[0]);
            WebElement next = driver.findElement(By.className("next-step"));
            script("arguments[0].scrollIntoView({block: 'center'})", next);
            new Actions(driver).doubleClick(next).perform();
            waiting().until(d -> !stepLabel().equals(before));
            waiting().until(d -> !(Boolean) script("return Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive())"));
            assertThat(stepLabel()).startsWith("Step " + (shown + 1) + " of");
        }

        for (int guard = 0; guard < 40 && !finished(); guard++) {
            String before = stepLabel();
            if (before.equals("End of the lesson")) {
                break; // the last click's answer arrived between the loop check and reading the label
            }
            List<WebElement> check = driver.findElements(By.cssSelector("vaadin-button.check-answer"));
            if (!check.isEmpty()) {
                chooseFirstOption();
                // Keyboard only: Enter on the focused button checks the answer.
                check.getFirst().sendKeys(Keys.ENTER);
                waiting().until(d -> !d.findElements(By.className("verdict")).isEmpty());
                if (guard < 8) {
                    screenshot("lesson-feedback");
                }
            }
            // Either the lesson just finished (the next button is gone) or it is ready to move on.
            waiting().until(d -> finished() || nextReady());
            if (finished()) {
                break;
            }
            try {
                click(By.className("next-step"));
            } catch (RuntimeException e) {
                screenshot("journey-failure");
                throw new AssertionError("could not move on from " + before + ": " + pageText(), e);
            }
            waiting().until(d -> finished() || !stepLabel().equals(before));
        }
        waiting().until(d -> finished());
        assertThat(pageText()).contains("Your score:").contains("XP for this attempt: +");
        boolean passed = pageText().contains("Passed. The pass mark is");
        assertThat(pageText()).as("the heading agrees with the verdict")
                .contains(passed ? "Lesson passed" : "Not passed yet").doesNotContain("Lesson complete");
        String score = pageText().lines().map(String::strip).filter(l -> l.startsWith("Your score:")).findFirst()
                .orElseThrow(() -> new AssertionError(pageText()));
        screenshot("lesson-complete");

        // At 360 px the completed lesson still fits without sideways scrolling.
        driver.manage().window().setSize(new Dimension(360, 800));
        waiting().until(d -> Boolean.TRUE.equals(script("""
                const player = document.querySelector('.lesson-player');
                return document.documentElement.scrollWidth <= 360
                    && player.scrollWidth <= player.clientWidth + 1
                    && player.getBoundingClientRect().right <= 361;""")));
        screenshot("lesson-complete-360");
        driver.manage().window().setSize(new Dimension(1280, 900));

        driver.navigate().refresh();
        waiting().until(d -> pageText().contains("Your score:"));
        assertThat(pageText()).contains(score).contains(passed ? "Lesson passed" : "Not passed yet");
    }
}
