package com.empathycoach.web.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.empathycoach.core.coaching.AssignedItem;
import com.empathycoach.core.coaching.CoachingFacade;
import com.empathycoach.core.feedback.CustomerAnswer;
import com.empathycoach.core.feedback.CustomerFeedbackFacade;
import com.empathycoach.core.identity.AccountFacade;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.lesson.LessonFacade;
import com.empathycoach.web.LearnerSteps;
import com.empathycoach.core.identity.Actor;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core on every view, as each role sees it, in English and Spanish, light and dark: no serious or critical
 * violation of WCAG 2.1 A/AA. The scan runs against the production build people use.
 */
class AccessibilityTest extends BrowserTestSupport {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    @Autowired
    IdentityFacade identity;

    @Autowired
    CustomerFeedbackFacade customers;

    private final List<String> problems = new ArrayList<>();
    private String combination = "en/light";

    private void scan(String path) {
        driver.get(url(path));
        waitFor(By.cssSelector("body"));
        waiting().until(d -> (Boolean) script("return !!document.querySelector('vaadin-app-layout, .login-view, main, vaadin-vertical-layout')"));
        waiting().until(d -> (Boolean) script("return !(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive()))"));
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(driver);
        for (Rule rule : results.getViolations()) {
            if (BLOCKING.contains(rule.getImpact())) {
                problems.add(combination + " /" + path + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).collect(Collectors.joining(", ")));
            }
        }
    }

    @Autowired
    CoachingFacade coaching;

    @Autowired
    AccountFacade accounts;

    @Autowired
    LessonFacade lessons;

    private static final String PASSWORD = "a-long-test-passphrase";

    private record Cast(Actor agent, Actor coach, Actor hr, Actor admin) {
        List<Actor> all() {
            return List.of(agent, coach, hr, admin);
        }
    }

    /** People of every role with work to show: an assignment, a failed and a passed lesson, a customer answer. */
    private Cast cast() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long team = identity.ensureTeam("Scan " + run);
        Cast cast = new Cast(person("sa" + run, "Sam Agent", Role.AGENT, team), person("sc" + run, "Sol Coach", Role.COACH, team),
                person("sh" + run, "Sky HR", Role.HR, null), person("sd" + run, "Sid Admin", Role.ADMIN, null));
        coaching.assign(cast.coach(), team, AssignedItem.module("why-empathy-matters"), Set.of(), coaching.today().plusDays(3),
                "Before Friday, please");
        LearnerSteps.failLesson(lessons, cast.agent(), "why-empathy-matters", "see-it-from-their-side");
        LearnerSteps.finishLesson(lessons, cast.agent(), "discover-the-real-need", "hear-past-the-anger");
        customers.submit(customers.createLink(cast.agent()).token(), new CustomerAnswer(4, 5, 4, 5, "Kind and quick."));
        return cast;
    }

    private Actor person(String username, String name, Role role, Long team) {
        long id = identity.register(new NewUser(username, name, username + "@test.empathycoach.test", PASSWORD,
                Set.of(role), "UTC"));
        if (team != null) {
            identity.addToTeam(team, id, role);
        }
        return new Actor(id, username, Set.of(role));
    }

    @Test
    void everyViewForEveryRoleInBothLanguagesLightAndDarkHasNoSeriousOrCriticalViolations() {
        Cast cast = cast();
        for (String language : List.of("en", "es")) {
            for (boolean dark : List.of(false, true)) {
                combination = language + (dark ? "/dark" : "/light");
                for (Actor actor : cast.all()) {
                    accounts.setLocale(actor, language);
                    accounts.setDark(actor, dark);
                }
                signOut();
                // A visitor who is not signed in: the browser's language and colour scheme decide.
                ChromeDriver chrome = (ChromeDriver) driver;
                chrome.executeCdpCommand("Network.enable", Map.of());
                chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of("Accept-Language", language)));
                chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                        List.of(Map.of("name", "prefers-color-scheme", "value", dark ? "dark" : "light"))));
                scan("login");
                scan("f/" + customers.createLink(cast.agent()).token());
                chrome.executeCdpCommand("Network.setExtraHTTPHeaders", Map.of("headers", Map.of()));

                signIn(cast.agent().username(), PASSWORD);
                for (String path : List.of("agent", "drill", "lessons", "lessons/why-empathy-matters",
                        "lessons/why-empathy-matters/see-it-from-their-side", "roleplay", "roleplay/price-rise",
                        "roleplay/reviewed", "badges", "leaderboard", "profile", "feedback/peers", "feedback/customers",
                        "certificates", "account/password", "no-such-page")) {
                    scan(path);
                }
                signIn(cast.coach().username(), PASSWORD);
                for (String path : List.of("coach", "coach/assignments", "coach/reviews", "coach/progress",
                        "coach/agents/" + cast.agent().userId(), "insights/questions", "insights/roleplays", "interactions",
                        "qa", "drill/teams",
                        "lessons", "roleplay")) {
                    scan(path);
                }
                signIn(cast.hr().username(), PASSWORD);
                for (String path : List.of("hr", "hr/audit", "certificates", "insights/questions", "drill/teams")) {
                    scan(path);
                }
                signIn(cast.admin().username(), PASSWORD);
                for (String path : List.of("admin/users", "admin/teams", "admin/import", "admin/scorecard", "hr")) {
                    scan(path);
                }
            }
        }
        chromeMediaReset();
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
    }

    /**
     * On a 360 px phone, in Spanish (the longer texts), nothing on any view runs past the right edge of the screen:
     * no sideways scrolling, nothing cut off and no list squeezed narrow. Grids scroll sideways inside themselves, so their cells are left out,
     * and so is what is hidden (the menu bar keeps its hidden overflow button past the edge).
     */
    @Test
    void everyViewForEveryRoleFitsA360PixelScreenInSpanish() {
        Cast cast = cast();
        for (Actor actor : cast.all()) {
            accounts.setLocale(actor, "es");
            accounts.setDark(actor, false);
        }
        List<String> past = new ArrayList<>();
        driver.manage().window().setSize(new Dimension(360, 800));
        try {
            signIn(cast.agent().username(), PASSWORD);
            for (String path : List.of("agent", "drill", "lessons", "lessons/why-empathy-matters",
                    "lessons/why-empathy-matters/see-it-from-their-side", "roleplay", "roleplay/price-rise",
                    "roleplay/reviewed", "badges", "leaderboard", "profile", "feedback/peers", "feedback/customers",
                    "certificates", "account/password")) {
                fits(path, past);
            }
            signIn(cast.coach().username(), PASSWORD);
            for (String path : List.of("coach", "coach/assignments", "coach/reviews", "coach/progress",
                    "coach/agents/" + cast.agent().userId(), "insights/questions", "insights/roleplays", "interactions",
                    "qa", "calibration", "drill/teams")) {
                fits(path, past);
            }
            signIn(cast.hr().username(), PASSWORD);
            for (String path : List.of("hr", "hr/audit", "certificates")) {
                fits(path, past);
            }
            signIn(cast.admin().username(), PASSWORD);
            for (String path : List.of("admin/users", "admin/teams", "admin/import", "admin/scorecard")) {
                fits(path, past);
            }
        } finally {
            driver.manage().window().setSize(new Dimension(1280, 900));
        }
        assertThat(past).as(String.join("\n", past)).isEmpty();
    }

    private void fits(String path, List<String> past) {
        driver.get(url(path));
        waiting().until(d -> (Boolean) script("return !!document.querySelector('vaadin-app-layout, main, vaadin-vertical-layout')"));
        waiting().until(d -> (Boolean) script("return !(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive()))"));
        Object found = script("""
                const width = document.documentElement.clientWidth;
                const out = [];
                if (document.documentElement.scrollWidth > width) out.push('the page scrolls sideways');
                document.querySelectorAll('body *').forEach(e => {
                    if (e.closest('vaadin-grid')) return;
                    const r = e.getBoundingClientRect();
                    if (r.width > 0 && r.height > 0 && r.right > width + 1 && getComputedStyle(e).visibility !== 'hidden') {
                        out.push(e.tagName.toLowerCase() + '.' + String(e.className).split(' ')[0] + ' "'
                            + (e.innerText || '').slice(0, 30).replace(/\\s+/g, ' ') + '"');
                    }
                });
                document.querySelectorAll('vaadin-grid').forEach(g => {
                    const r = g.getBoundingClientRect();
                    if (g.offsetParent !== null && r.width < width * 0.6) {
                        out.push('grid squeezed to ' + Math.round(r.width) + ' px: ' + (g.getAttribute('aria-label') || g.className));
                    }
                });
                document.querySelectorAll('vaadin-progress-bar').forEach(b => {
                    const r = b.getBoundingClientRect();
                    if (b.offsetParent !== null && r.width < 48) {
                        out.push('progress bar squeezed to ' + Math.round(r.width) + ' px: ' + (b.getAttribute('aria-label') || b.className));
                    }
                });
                document.querySelectorAll('*').forEach(e => {
                    const label = e.shadowRoot && e.shadowRoot.querySelector('[part=label]');
                    if (label && label.clientWidth > 0 && label.scrollWidth > label.clientWidth + 1) {
                        out.push('label cut off: ' + e.tagName.toLowerCase() + '.' + String(e.className).split(' ')[0]
                            + ' "' + (label.innerText || '').slice(0, 40) + '"');
                    }
                });
                return [...new Set(out)].slice(0, 3).join('; ');""");
        if (found != null && !String.valueOf(found).isEmpty()) {
            past.add("/" + path + ": " + found);
        }
    }

    private void chromeMediaReset() {
        ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }

    @Test
    void aCustomerCanAnswerWithTheKeyboardAlone() {
        signOut();
        driver.get(url("f/" + customers.createLink(actorOf("amara")).token()));
        waitFor(By.className("send-feedback"));
        var groups = driver.findElements(By.cssSelector("vaadin-radio-group.rating-scale"));
        new Actions(driver).sendKeys(Keys.TAB).perform();
        for (int g = 0; g < groups.size(); g++) {
            // Tab reaches the group; Space picks its first rating, arrows move along the scale.
            new Actions(driver).sendKeys(Keys.SPACE, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT).perform();
            new Actions(driver).sendKeys(Keys.TAB).perform();
        }
        new Actions(driver).sendKeys("Typed without a mouse.").sendKeys(Keys.TAB).perform();
        String focused = String.valueOf(script("let e = document.activeElement; return e ? e.tagName + ' ' + e.className : ''"));
        assertThat(focused).as("focus after the comment").containsIgnoringCase("vaadin-button");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        waiting().until(d -> pageText().contains("Your feedback has been sent"));
    }

    private Actor actorOf(String username) {
        var account = identity.account(username).orElseThrow();
        return new Actor(account.id(), account.username(), account.roles());
    }
}
