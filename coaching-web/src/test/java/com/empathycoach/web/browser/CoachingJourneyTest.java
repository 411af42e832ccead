package com.empathycoach.web.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

class CoachingJourneyTest extends BrowserTestSupport {

    private static final String LESSON = "Hear past the anger";

    @Test
    void coachAssignsALessonTheAgentFinishesItAndTheCoachSeesItDone() {
        signIn("samira", "empathy-demo-2026");
        driver.get(url("coach/assignments"));
        WebElement item = waitFor(By.cssSelector("vaadin-combo-box.assign-item input"));
        item.sendKeys(LESSON);
        waiting().until(d -> !d.findElements(By.cssSelector("vaadin-combo-box-item")).isEmpty());
        item.sendKeys(Keys.ARROW_DOWN);
        item.sendKeys(Keys.ENTER);
        waiting().until(d -> String.valueOf(script("return document.querySelector('vaadin-combo-box.assign-item').selectedItem ? 'picked' : ''")).equals("picked"));
        WebElement note = driver.findElement(By.cssSelector("vaadin-text-area textarea"));
        note.sendKeys("Before Friday's team meeting, please.");
        clickOn(driver.findElement(By.className("assign-submit")));
        waitForGridRow("assignment-grid", text -> text.contains("Lesson: Discover the real need \u203A " + LESSON));
        screenshot("coach-assigned");
        signOut();

        signIn("fatima", "empathy-demo-2026");
        waitFor(By.className("my-assignments"));
        WebElement link = waiting().until(d -> d.findElements(By.cssSelector("a.assignment-link")).stream()
                .filter(a -> a.getText().contains(LESSON)).findFirst().orElse(null));
        assertThat(pageText()).contains("Before Friday's team meeting, please.");
        // The bell counts the new assignment and lists it.
        waiting().until(d -> d.findElement(By.className("bell-count")).isDisplayed());
        // Keyboard: the bell opens with Enter (the development-mode badge covers it for a mouse here).
        driver.findElement(By.className("bell-button")).sendKeys(Keys.ENTER);
        waiting().until(d -> pageText().contains("assigned you Discover the real need \u203A " + LESSON));
        screenshot("agent-bell");
        screenshot("agent-home-assignment");
        clickOn(link);
        waiting().until(d -> !d.findElements(By.cssSelector(".retry-lesson, .question-panel, .card-panel")).isEmpty());
        if (finished()) {
            click(By.className("retry-lesson"));
            waiting().until(d -> !finished());
        }
        passLessonToTheEnd();
        driver.get(url("agent"));
        waitFor(By.className("my-assignments"));
        waiting().until(d -> d.findElements(By.cssSelector(".assignment-done-list a.assignment-link")).stream()
                .anyMatch(a -> a.getText().contains(LESSON)));
        signOut();

        signIn("samira", "empathy-demo-2026");
        driver.get(url("coach/assignments"));
        waitFor(By.className("assignment-grid"));
        waitForGridRow("assignment-grid", text -> text.contains(LESSON) && text.matches("(?s).*[1-9] of 6.*"));
        screenshot("coach-sees-done");
    }

    /**
     * Waits until the lazy grid shows a row with the wanted text, scrolling it a few rows further each time it is
     * read: rows below the fold are not in the page until the grid loads them.
     */
    private void waitForGridRow(String gridClass, java.util.function.Predicate<String> wanted) {
        waiting().until(d -> wanted.test(String.valueOf(script("""
                const grid = document.querySelector('vaadin-grid.%s');
                if (!grid) {
                    return '';
                }
                const text = Array.from(grid.querySelectorAll('vaadin-grid-cell-content')).map(c => c.innerText).join('|');
                grid.__nextRow = ((grid.__nextRow || 0) + 4) %% Math.max(grid.size || 1, 1);
                grid.scrollToIndex(grid.__nextRow);
                return text;""".formatted(gridClass)))));
    }
}
