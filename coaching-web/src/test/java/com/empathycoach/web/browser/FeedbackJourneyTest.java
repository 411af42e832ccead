package com.empathycoach.web.browser;

import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.web.feedback.FeedbackTeam;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackJourneyTest extends BrowserTestSupport {

    @Autowired
    IdentityFacade identity;

    @Test
    void aCustomerOpensTheLinkWithoutSigningInAnswersAndTheAgentsProfileChanges() {
        Actor agent = FeedbackTeam.create(identity, 1).agent(0);
        signIn(agent.username(), FeedbackTeam.PASSWORD);
        driver.get(url("profile"));
        waiting().until(d -> pageText().contains("No scores yet"));

        driver.get(url("feedback/customers"));
        clickOn(waitFor(By.className("create-link")));
        waitFor(By.className("new-link-url"));
        String link = (String) script("return document.querySelector('vaadin-text-field.new-link-url').value");
        assertThat(link).startsWith(url("f/"));
        waiting().until(d -> (Boolean) script(
                "const img = document.querySelector('img.qr-code'); return !!img && img.complete && img.naturalWidth > 0"));
        screenshot("feedback-new-link");

        signOut();
        // The customer is on a phone.
        driver.manage().window().setSize(new Dimension(360, 780));
        driver.get(link);
        waiting().until(d -> pageText().contains("How did Agent0 do?"));
        assertThat((Boolean) script("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("the form fits a 360 px wide screen").isTrue();
        assertThat(String.valueOf(script("""
                return Array.from(document.querySelectorAll('.customer-feedback label[slot=label]'))
                    .filter(l => l.scrollWidth > l.clientWidth + 1 || l.getBoundingClientRect().right > window.innerWidth + 1)
                    .map(l => l.textContent).join(' | ');"""))).as("every label shows in full at 360 px").isEmpty();
        screenshot("customer-form-360");
        assertThat(pageText()).doesNotContain("Tester");
        List<WebElement> scales = driver.findElements(By.cssSelector("vaadin-radio-group.rating-scale"));
        assertThat(scales).hasSize(4);
        for (WebElement scale : scales) {
            clickOn(scale.findElements(By.tagName("vaadin-radio-button")).get(4));
        }
        driver.findElement(By.cssSelector("vaadin-text-area.customer-comment textarea"))
                .sendKeys("You found what I actually needed.");
        screenshot("feedback-customer-form");
        clickOn(driver.findElement(By.className("send-feedback")));
        waiting().until(d -> pageText().contains("Your feedback has been sent"));

        driver.get(link);
        waiting().until(d -> pageText().contains("This link has already been used"));
        driver.manage().window().setSize(new Dimension(1280, 900));

        signIn(agent.username(), FeedbackTeam.PASSWORD);
        driver.get(url("profile"));
        waitFor(By.className("profile-table"));
        waiting().until(d -> pageText().contains("100 (1)"));
        assertThat(pageText()).contains("You found what I actually needed.");
        waiting().until(d -> (Boolean) script("const c = document.querySelector('.profile-bars canvas');"
                + " return !!window.Chart && !!c && !!window.Chart.getChart(c)"));
        screenshot("feedback-profile");
    }
}
