package com.empathycoach.web.browser;

import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.web.feedback.FeedbackTeam;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app killed with SIGKILL in the middle of a lesson (no shutdown hooks, nothing flushed) resumes the agent
 * at the last step they moved on from once it is started again. The app runs as its own process on the tests'
 * MariaDB, as a server would on a database server.
 */
class CrashRecoveryTest extends BrowserTestSupport {

    @Autowired
    IdentityFacade identity;

    @Autowired
    Environment env;

    private Process app;

    @AfterEach
    void stopApp() {
        if (app != null) {
            app.destroyForcibly();
        }
    }

    private int start() throws Exception {
        int appPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            appPort = socket.getLocalPort();
        }
        Path log = Path.of("target", "crash-app-" + appPort + ".log");
        Files.createDirectories(log.getParent());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        app = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "com.empathycoach.Application",
                "--server.port=" + appPort,
                "--spring.datasource.url=" + env.getProperty("spring.datasource.url"),
                "--spring.datasource.username=" + env.getProperty("spring.datasource.username"),
                "--spring.datasource.password=" + env.getProperty("spring.datasource.password", ""),
                "--empathy.demo.enabled=false", "--empathy.reminders.initial-delay=PT1H")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)) {
            assertThat(app.isAlive()).as("the app process is running; see " + log).isTrue();
            if (answers("http://localhost:" + appPort + "/login")) {
                return appPort;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The app did not start within 2 minutes; see " + log);
    }

    private static boolean answers(String address) {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(address).toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2_000);
            return connection.getResponseCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    private void signInAt(int appPort, String username) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + appPort + "/login");
        waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(FeedbackTeam.PASSWORD);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        waiting().until(d -> !d.getCurrentUrl().contains("/login"));
    }

    @Test
    void killedMidLessonTheAppResumesTheAgentAtTheLastSavedStep() throws Exception {
        Actor agent = FeedbackTeam.create(identity, 1).agent(0);
        String lesson = "/lessons/why-empathy-matters/see-it-from-their-side";

        int first = start();
        signInAt(first, agent.username());
        driver.get("http://localhost:" + first + lesson);
        waiting().until(d -> stepLabel().startsWith("Step 1 of"));
        clickOn(waitFor(By.className("next-step")));
        waiting().until(d -> stepLabel().startsWith("Step 2 of"));
        clickOn(waitFor(By.className("next-step")));
        waiting().until(d -> stepLabel().startsWith("Step 3 of"));

        app.destroyForcibly().waitFor();
        assertThat(app.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        int second = start();
        signInAt(second, agent.username());
        driver.get("http://localhost:" + second + lesson);
        waiting().until(d -> stepLabel().startsWith("Step 3 of"));
    }
}
