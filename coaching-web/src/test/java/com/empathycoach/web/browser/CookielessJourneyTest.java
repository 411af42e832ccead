package com.empathycoach.web.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A browser that refuses cookies reaches the sign-in page once and stays there: no jsessionid URL, no reload loop. */
class CookielessJourneyTest extends BrowserTestSupport {

    @Test
    void aBrowserWithoutCookiesGetsTheSignInPageWithoutALoop() throws InterruptedException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--lang=en-GB");
        options.setExperimentalOption("prefs", Map.of("profile.default_content_setting_values.cookies", 2));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        ChromeDriver cookieless = new ChromeDriver(service, options);
        try {
            // Counts every document the tab loads; window.name survives reloads and redirects within the tab.
            cookieless.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                    "window.name = String(Number(window.name || 0) + 1);"));
            cookieless.get(url(""));
            new WebDriverWait(cookieless, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/login")
                    && !d.findElements(By.cssSelector("vaadin-login-form")).isEmpty());
            Thread.sleep(4000);
            String loads = String.valueOf(((JavascriptExecutor) cookieless).executeScript("return window.name"));
            assertThat(cookieless.getCurrentUrl()).endsWith("/login").doesNotContainIgnoringCase("jsessionid");
            assertThat(Integer.parseInt(loads)).as("documents loaded in the tab").isLessThanOrEqualTo(2);
        } finally {
            cookieless.quit();
        }
    }
}
