package com.empathycoach.web.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * First load of the sign-in page in headless Chromium, as a new visitor has it: a new browser with an empty
 * profile and cache for every load. The time is from navigation start until the network has been idle for
 * 500 ms (no new resource for that long) with the sign-in form on screen: the latest resource or load event.
 * Not a test; run by docs/bench/login-load.sh against a running app.
 */
public final class LoginPageLoadBenchmark {

    private static final String LOADED = """
            const nav = performance.getEntriesByType('navigation')[0];
            const resources = performance.getEntriesByType('resource');
            const form = document.querySelector('vaadin-login-form');
            const ready = document.readyState === 'complete' && nav.loadEventEnd > 0 && form !== null
                && form.shadowRoot !== null && form.querySelector('input[name=username]') !== null;
            const end = Math.max(nav.loadEventEnd, ...resources.map(r => r.responseEnd));
            return [ready, resources.length, end];""";

    private LoginPageLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String url = args.length > 0 ? args[0] : "http://localhost:8080/login";
        int loads = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        List<Double> times = new ArrayList<>();
        for (int i = 0; i <= loads; i++) {
            double ms = load(url);
            if (i == 0) {
                System.out.printf("warm-up load (server side only; not counted): %.0f ms%n", ms);
                continue;
            }
            times.add(ms);
            System.out.printf("load %2d: %.0f ms%n", i, ms);
        }
        List<Double> sorted = times.stream().sorted().toList();
        double median = sorted.size() % 2 == 1 ? sorted.get(sorted.size() / 2)
                : (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
        System.out.printf("loads: %d, median %.0f ms, min %.0f ms, max %.0f ms%n", sorted.size(), median,
                sorted.getFirst(), sorted.getLast());
    }

    private static double load(String url) throws InterruptedException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(new File(System.getProperty("chromium.binary", "/usr/bin/chromium")));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--incognito");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        try {
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.get(url);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            long lastCount = -1;
            long stableSince = System.nanoTime();
            while (System.nanoTime() < deadline) {
                List<?> state = (List<?>) ((JavascriptExecutor) driver).executeScript(LOADED);
                long count = ((Number) state.get(1)).longValue();
                if (count != lastCount) {
                    lastCount = count;
                    stableSince = System.nanoTime();
                } else if ((Boolean) state.get(0) && System.nanoTime() - stableSince >= Duration.ofMillis(500).toNanos()) {
                    return ((Number) state.get(2)).doubleValue();
                }
                Thread.sleep(50);
            }
            throw new IllegalStateException("the sign-in page did not finish loading within 30 s");
        } finally {
            driver.quit();
        }
    }
}
