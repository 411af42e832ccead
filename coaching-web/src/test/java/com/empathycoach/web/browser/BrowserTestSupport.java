package com.empathycoach.web.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import com.empathycoach.core.lesson.ContentCatalog;
import com.empathycoach.core.lesson.Question;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real-browser journeys in headless Chromium. They run whenever Chromium and its driver are installed
 * (CI installs them) and are skipped with a message otherwise.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
abstract class BrowserTestSupport {

    static final Path CHROMIUM = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));

    static WebDriver driver;

    @LocalServerPort
    int port;

    @Autowired
    ContentCatalog catalog;

    @BeforeAll
    static void startBrowser() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium or chromedriver not installed: browser journeys skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // A server round trip may replace an element while a condition reads it; ask again.
        wait.ignoring(StaleElementReferenceException.class);
        wait.withMessage(() -> "at " + driver.getCurrentUrl() + " the page reads: " + pageText());
        return wait;
    }

    WebElement waitFor(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void signIn(String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get(url("login"));
        waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("/login"));
    }

    void signOut() {
        driver.manage().deleteAllCookies();
    }

    String pageText() {
        return (String) script("return document.body.innerText");
    }

    /** Scrolls an element to the middle of the window first, as a person would before clicking it. */
    void clickOn(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    Object script(String javascript, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(javascript, args);
    }

    /** Keeps a picture of the page under target/screenshots for a person to look at after a run. */
    void screenshot(String name) {
        try {
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Plays the open lesson to its end with the first options, using the keyboard to check answers. */
    void playLessonToTheEnd() {
        playLesson(this::chooseFirstOption);
    }

    /** Plays the open lesson to its end answering every question right, so the lesson is passed. */
    void passLessonToTheEnd() {
        playLesson(this::chooseRightAnswer);
        assertThat(pageText()).contains("Lesson passed").contains("Your score: 100%");
    }

    private void playLesson(Runnable answer) {
        for (int guard = 0; guard < 40 && !finished(); guard++) {
            String before = stepLabel();
            if (before.equals("End of the lesson")) {
                break;
            }
            List<WebElement> check = driver.findElements(By.cssSelector("vaadin-button.check-answer"));
            if (!check.isEmpty()) {
                answer.run();
                check.getFirst().sendKeys(Keys.ENTER);
                waiting().until(d -> !d.findElements(By.className("verdict")).isEmpty());
            }
            waiting().until(d -> finished() || nextReady());
            if (finished()) {
                break;
            }
            click(By.className("next-step"));
            waiting().until(d -> finished() || !stepLabel().equals(before));
        }
        waiting().until(d -> finished());
    }

    /** Answers the question on screen correctly, looking its right answer up in the published content. */
    void chooseRightAnswer() {
        String prompt = driver.findElement(By.cssSelector(".question-panel h3")).getText().strip();
        // Many questions share a prompt; the options on screen tell them apart.
        String onScreen = String.valueOf(script("""
                return Array.from(document.querySelectorAll('.question-panel vaadin-radio-button label,'
                    + ' .question-panel vaadin-checkbox label, .question-panel .ordering-text'))
                    .map(e => e.textContent).join('|');"""));
        java.util.Set<String> shown = java.util.Arrays.stream(onScreen.split("\\|")).map(BrowserTestSupport::normal)
                .collect(java.util.stream.Collectors.toSet());
        Question question = catalog.current().stream().flatMap(m -> m.content().lessons().stream())
                .flatMap(l -> l.questions().stream()).filter(q -> q.prompt().strip().equals(prompt))
                .filter(q -> q.options().stream().map(o -> normal(o.text())).collect(java.util.stream.Collectors.toSet())
                        .equals(shown)).findFirst()
                .orElseThrow(() -> new AssertionError("no question with the prompt " + prompt + " and options " + shown));
        List<String> expected = question.expected().stream()
                .map(id -> normal(question.option(id).orElseThrow().text())).toList();
        List<WebElement> radios = driver.findElements(By.cssSelector(".question-panel vaadin-radio-button"));
        List<WebElement> boxes = driver.findElements(By.cssSelector(".question-panel vaadin-checkbox"));
        if (!radios.isEmpty() || !boxes.isEmpty()) {
            for (WebElement option : radios.isEmpty() ? boxes : radios) {
                String label = String.valueOf(script("return arguments[0].querySelector('label').textContent", option));
                if (expected.contains(normal(label))) {
                    script("arguments[0].scrollIntoView({block: 'center'})", option);
                    if (radios.isEmpty()) {
                        clickOn(option);
                    } else {
                        option.findElement(By.tagName("input")).sendKeys(Keys.SPACE);
                    }
                }
            }
            return;
        }
        for (int target = 0; target < expected.size(); target++) {
            List<String> order = java.util.Arrays.stream(orderingText().split("\\|")).map(BrowserTestSupport::normal).toList();
            int at = order.indexOf(expected.get(target));
            while (at > target) {
                String before = orderingText();
                WebElement row = driver.findElements(By.className("ordering-row")).get(at);
                clickOn(row.findElements(By.tagName("vaadin-button")).getFirst());
                waiting().until(d -> !orderingText().equals(before));
                at--;
            }
        }
    }

    private static String normal(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    void chooseFirstOption() {
        List<WebElement> radios = driver.findElements(By.cssSelector(".question-panel vaadin-radio-button"));
        List<WebElement> boxes = driver.findElements(By.cssSelector(".question-panel vaadin-checkbox"));
        if (!radios.isEmpty()) {
            script("arguments[0].scrollIntoView({block: 'center'})", radios.getFirst());
            radios.getFirst().findElement(By.tagName("input")).sendKeys(Keys.SPACE);
        } else if (!boxes.isEmpty()) {
            clickOn(boxes.getFirst());
        } else {
            // Ordering: move the last reply up once, using the keyboard-reachable buttons.
            List<WebElement> ups = driver.findElements(By.cssSelector(".ordering-row vaadin-button:not([disabled])"));
            String before = orderingText();
            clickOn(ups.getLast());
            // Wait for the server's answer (the new order and its focus) before pressing any key.
            waiting().until(d -> !orderingText().equals(before));
        }
    }

    String orderingText() {
        return String.valueOf(script("return Array.from(document.querySelectorAll('.ordering-text'))"
                + ".map(e => e.textContent).join('|')"));
    }

    boolean nextReady() {
        return Boolean.TRUE.equals(script("""
                const next = document.querySelector('vaadin-button.next-step');
                return !!next && next.offsetParent !== null && !next.hasAttribute('disabled');"""));
    }

    boolean finished() {
        return !driver.findElements(By.className("retry-lesson")).isEmpty();
    }

    String stepLabel() {
        List<WebElement> labels = driver.findElements(By.className("step-label"));
        return labels.isEmpty() ? "" : labels.getFirst().getText();
    }

    void click(By by) {
        waiting().until(d -> {
            WebElement element = d.findElement(by);
            return element.isEnabled() && element.getDomAttribute("disabled") == null ? element : null;
        });
        clickOn(driver.findElement(by));
    }
}
