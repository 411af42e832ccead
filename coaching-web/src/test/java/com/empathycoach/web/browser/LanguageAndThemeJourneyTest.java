package com.empathycoach.web.browser;

import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.web.feedback.FeedbackTeam;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageAndThemeJourneyTest extends BrowserTestSupport {

    @Autowired
    IdentityFacade identity;

    /** Opens the user menu and picks the items; clicked by script, as the development-mode badge may cover the corner. */
    private void menu(String... path) {
        script("arguments[0].click()", waitFor(By.cssSelector("vaadin-menu-bar.user-menu vaadin-menu-bar-button")));
        for (String item : path) {
            script("arguments[0].click()", waitFor(By.xpath("//vaadin-menu-bar-item[contains(normalize-space(.), '" + item + "')]")));
        }
    }

    private boolean dark() {
        return (Boolean) script("return getComputedStyle(document.documentElement).colorScheme.trim() === 'dark'");
    }

    @Test
    void anAgentSwitchesToSpanishAndDarkAndBothAreRememberedAfterSigningInAgain() {
        Actor agent = FeedbackTeam.create(identity, 1).agent(0);
        signIn(agent.username(), FeedbackTeam.PASSWORD);
        driver.get(url("lessons"));
        waiting().until(d -> pageText().contains("Why empathy matters"));

        menu("Español");
        waiting().until(d -> pageText().contains("Lecciones") && pageText().contains("Por qué importa la empatía"));
        waiting().until(d -> "Lecciones | Empathy Coach".equals(d.getTitle()));
        driver.get(url("lessons/why-empathy-matters/see-it-from-their-side"));
        waiting().until(d -> pageText().contains("Empatía es ponerse en su lugar"));

        assertThat(dark()).as("color scheme " + script("return getComputedStyle(document.documentElement).colorScheme")).isFalse();
        menu("Tema oscuro");
        waiting().until(d -> dark());
        screenshot("dark-spanish-lesson");

        signIn(agent.username(), FeedbackTeam.PASSWORD);
        driver.get(url("lessons"));
        waiting().until(d -> pageText().contains("Lecciones"));
        waiting().until(d -> dark());
        // The page says it is Spanish (screen readers pronounce it so), and so does its connection indicator.
        waiting().until(d -> "es".equals(script("return document.documentElement.lang")));
        assertThat(script("return document.querySelector('vaadin-connection-indicator').offlineText"))
                .isEqualTo("Se perdió la conexión");
    }

    @Test
    void theSignInPageSpeaksTheBrowsersLanguage() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=es");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "es-ES,es"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        WebDriver spanish = new ChromeDriver(service, options);
        try {
            spanish.get(url("login"));
            new WebDriverWait(spanish, Duration.ofSeconds(20)).until(d -> d.findElement(By.tagName("body")).getText()
                    .contains("Iniciar sesión"));
            new WebDriverWait(spanish, Duration.ofSeconds(20)).until(d -> "es".equals(
                    ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.documentElement.lang")));
        } finally {
            spanish.quit();
        }
    }
}
