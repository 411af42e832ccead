package com.empathycoach.web.browser;

import com.empathycoach.core.authoring.AuthoringFacade;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.skill.EmpathyKey;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An author's typing is never lost: leaving the editor at once saves it, and closing the tab first asks. */
class AuthoringJourneyTest extends BrowserTestSupport {

    @Autowired AuthoringFacade authoring;
    @Autowired IdentityFacade identity;

    @Test
    void textTypedJustBeforeLeavingIsSavedAndClosingTheTabBeforeTheSaveAsksFirst() {
        var samira = identity.account("samira").orElseThrow();
        String id = "journey-" + UUID.randomUUID().toString().substring(0, 8);
        authoring.createModule(new Actor(samira.id(), samira.username(), samira.roles()), id, "Journey module",
                EmpathyKey.HELP);
        signIn("samira", "empathy-demo-2026");
        driver.get(url("authoring/" + id));
        WebElement english = waitFor(By.cssSelector("vaadin-text-area.source-en textarea"));
        waiting().until(d -> leavingAsksFirst() == Boolean.FALSE);

        clickOn(english);
        english.sendKeys(Keys.CONTROL, Keys.END);
        english.sendKeys("\n# typed before the pause");
        assertThat(leavingAsksFirst()).as("unsaved typing: the browser asks before the tab closes").isTrue();
        // Leaving through a link right away: what was typed goes with the leaving, and is saved.
        clickOn(driver.findElement(By.cssSelector("a[href='authoring']")));
        waiting().until(d -> d.getCurrentUrl().endsWith("/authoring"));
        assertThat(authoring.open(new Actor(samira.id(), samira.username(), samira.roles()),
                com.empathycoach.core.authoring.ContentKind.MODULE, id).source()).endsWith("# typed before the pause");
    }

    /** What the page's own "leave the page?" guard answers, without closing anything. */
    private Boolean leavingAsksFirst() {
        return (Boolean) script("const e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e);"
                + " return e.defaultPrevented;");
    }
}
