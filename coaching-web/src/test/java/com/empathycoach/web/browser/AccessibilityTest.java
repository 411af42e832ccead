package com.empathycoach.web.browser;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.empathycoach.core.coaching.AssignedItem;
import com.empathycoach.core.coaching.CoachingFacade;
import com.empathycoach.core.feedback.CustomerAnswer;
import com.empathycoach.core.feedback.CustomerFeedbackFacade;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.shared.Actor;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core on every main view, as each role sees it: no serious or critical violation of WCAG 2.1 A/AA.
 * The development-mode tools, which do not exist in a production build, are left out of the scan.
 */
class AccessibilityTest extends BrowserTestSupport {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    @Autowired
    IdentityFacade identity;

    @Autowired
    CustomerFeedbackFacade customers;

    private final List<String> problems = new ArrayList<>();

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
                problems.add("/" + path + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(3).collect(Collectors.joining(", ")));
            }
        }
    }

    @Autowired
    CoachingFacade coaching;

    @Test
    void everyMainViewHasNoSeriousOrCriticalViolations() {
        Actor amara = actorOf("amara");
        Actor samira = actorOf("samira");
        // Views with content, not only empty states: an assignment, and an answered customer link.
        coaching.assign(samira, coaching.myTeams(samira).getFirst().id(), AssignedItem.module("why-empathy-matters"),
                Set.of(amara.userId()), coaching.today().plusDays(3), "Before Friday, please");
        customers.submit(customers.createLink(amara).token(), new CustomerAnswer(4, 5, 4, 5, "Kind and quick."));
        signOut();
        scan("login");
        scan("f/" + customers.createLink(amara).token());

        signIn("amara", "empathy-demo-2026");
        for (String path : List.of("agent", "lessons", "lessons/why-empathy-matters",
                "lessons/why-empathy-matters/see-it-from-their-side", "roleplay", "roleplay/price-rise", "badges",
                "leaderboard", "profile", "feedback/peers", "feedback/customers", "certificates", "account/password")) {
            scan(path);
        }
        signIn("samira", "empathy-demo-2026");
        for (String path : List.of("coach", "coach/assignments", "coach/reviews", "coach/progress",
                "coach/agents/" + amara.userId(), "insights/questions")) {
            scan(path);
        }
        signIn("priya", "empathy-demo-2026");
        for (String path : List.of("hr", "hr/audit", "certificates")) {
            scan(path);
        }
        signIn("admin", "empathy-demo-2026");
        for (String path : List.of("admin/users", "admin/teams", "admin/import")) {
            scan(path);
        }
        assertThat(problems).as(String.join("\n", problems)).isEmpty();
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
