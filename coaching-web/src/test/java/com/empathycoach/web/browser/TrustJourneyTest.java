package com.empathycoach.web.browser;

import com.empathycoach.core.coaching.ReviewFacade;
import com.empathycoach.core.feedback.PeerFeedbackFacade;
import com.empathycoach.core.interaction.InteractionFacade;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.roleplay.RolePlayFacade;
import com.empathycoach.core.roleplay.RolePlayViews.RolePlay;
import com.empathycoach.core.roleplay.ScenarioCatalog;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.web.feedback.FeedbackTeam;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trust fixes as an agent meets them in the browser: a rude written reply never ends happily, the review
 * notification opens exactly the reviewed reply after a replay, and a single peer's answer shows nothing.
 */
class TrustJourneyTest extends BrowserTestSupport {

    private static final String PASSWORD = "a-long-test-passphrase";

    @Autowired IdentityFacade identity;
    @Autowired ScenarioCatalog scenarios;
    @Autowired RolePlayFacade rolePlays;
    @Autowired ReviewFacade reviews;
    @Autowired PeerFeedbackFacade peers;
    @Autowired InteractionFacade interactions;

    private Actor agentOf(long team, String run) {
        long id = identity.register(new NewUser("tj" + run, "Tia Journey", "tj" + run + "@test.empathycoach.test", PASSWORD,
                Set.of(Role.AGENT), "UTC"));
        identity.addToTeam(team, id, Role.AGENT);
        return new Actor(id, "tj" + run, Set.of(Role.AGENT));
    }

    @Test
    void aRudeWrittenReplyDoesNotEndHappilyAndTheReviewLinkOpensThatReplyAfterAReplay() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Actor tomas = new Actor(identity.account("tomas").orElseThrow().id(), "tomas", Set.of(Role.COACH));
        long summit = identity.ensureTeam("Summit Team");
        Actor agent = agentOf(summit, run);
        signIn(agent.username(), PASSWORD);
        driver.get(url("roleplay/vanished-images"));
        String rude = "Not my problem. You should have read the terms. Calm down and stop wasting my time. " + run;
        playWith(rude);
        waitFor(By.className("debrief"));
        assertThat(pageText()).doesNotContain("Resolved, and the customer is happy").contains(rude);
        screenshot("trust-rude-debrief");

        // At 360 px the analysis of the reply, with its tips, stays inside its bubble and its debrief box.
        assertThat(driver.findElements(By.cssSelector(".bubble-agent .suggestions li"))).as("tips to check").isNotEmpty();
        driver.manage().window().setSize(new Dimension(360, 800));
        waiting().until(d -> "".equals(script("""
                const out = [];
                document.querySelectorAll('.bubble-agent, .weak-point').forEach(box => {
                    const edge = box.getBoundingClientRect().right + 1;
                    box.querySelectorAll('*').forEach(e => {
                        const r = e.getBoundingClientRect();
                        if (r.width > 0 && r.right > edge) out.push(e.tagName + '.' + e.className);
                    });
                });
                return document.documentElement.scrollWidth > 360 ? 'page scrolls sideways' : out.join(', ');""")));
        screenshot("trust-rude-debrief-360");
        driver.manage().window().setSize(new Dimension(1280, 900));

        RolePlay played = rolePlays.open(agent, "vanished-images", Locale.ENGLISH);
        int turn = played.transcript().stream().filter(e -> e.written()).findFirst().orElseThrow().turnNo();
        reviews.review(tomas, played.attemptId(), turn, Map.of(EmpathyKey.DISCOVER, 10, EmpathyKey.KNOWLEDGE, 20,
                EmpathyKey.HELP, 10, EmpathyKey.CHANNEL, 20), "Start with her deadline, never with blame. " + run);
        clickOn(driver.findElement(By.className("replay-scenario")));
        waiting().until(d -> d.findElements(By.className("replay-scenario")).isEmpty());
        playWith("I'm so sorry, I can see how stressful this is. I'll refresh the posts with you now. " + run);

        driver.get(url("agent"));
        waiting().until(d -> d.findElement(By.className("bell-count")).isDisplayed());
        driver.findElement(By.className("bell-button")).sendKeys(Keys.ENTER);
        WebElement link = waiting().until(d -> d.findElements(By.cssSelector("a.notification-link")).stream()
                .filter(a -> a.getText().contains("reviewed your written reply")).findFirst().orElse(null));
        link.click();
        WebElement selected = waitFor(By.className("reviewed-reply-selected"));
        assertThat(selected.getText()).contains(rude).contains("Start with her deadline, never with blame. " + run);
        screenshot("trust-reviewed-reply");
    }

    @Test
    void oneTeammatesAnswerShowsTheRequesterNothing() {
        FeedbackTeam team = FeedbackTeam.create(identity, 3);
        Actor agent = team.agent(0);
        peers.ask(agent, Set.of(team.agent(1).userId(), team.agent(2).userId()));
        peers.give(team.agent(1), peers.waitingForMe(team.agent(1)).getFirst().id(),
                com.empathycoach.web.feedback.PeerFeedbackTestAnswers.answer(2, "Talked over the customer"));
        signIn(agent.username(), FeedbackTeam.PASSWORD);
        driver.get(url("feedback/peers"));
        waitFor(By.className("peer-waiting"));
        assertThat(pageText()).contains("Answers appear in groups").doesNotContain("1 of 3");
        waiting().until(d -> !d.findElements(By.cssSelector("vaadin-grid.peer-requests vaadin-grid-cell-content")).isEmpty());
        String cells = String.valueOf(script("""
                return Array.from(document.querySelectorAll('vaadin-grid.peer-requests vaadin-grid-cell-content'))
                    .map(c => c.innerText).join('|');"""));
        assertThat(cells).doesNotContain("Closed");
        assertThat(cells.split("Waiting", -1).length - 1).as("both requests read as waiting: " + cells).isEqualTo(2);
        screenshot("trust-peer-one-answer");
    }

    @Test
    void textThatClosesAScriptIsShownAsWrittenWhenThePageIsLoadedDirectly() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Actor samira = new Actor(identity.account("samira").orElseThrow().id(), "samira", Set.of(Role.COACH));
        Actor agent = agentOf(identity.ensureTeam("Harbour Team"), run);
        String hostile = "My parcel is late </script><img src=x onerror=\"window.injected=true\"><b>bold</b> " + run;
        long id = interactions.paste(samira, agent.username(), "CHAT",
                "Customer: " + hostile + "\nAgent: I'm sorry it is late. I'll call the courier now and write to you by 5pm.")
                .interaction().id();
        signIn("samira", "empathy-demo-2026");
        // Opened by its address (and again after a reload): the view arrives inside the page's first response.
        for (int load = 0; load < 2; load++) {
            driver.get(url("interactions/" + id));
            waiting().until(d -> pageText().contains(run));
            assertThat(script("return window.injected === true || document.querySelector('[onerror]') !== null"))
                    .as("nothing of the transcript became markup").isEqualTo(false);
            assertThat(pageText()).contains(hostile);
        }
        screenshot("trust-transcript-as-written");
    }

    private void playWith(String reply) {
        Map<String, Integer> totals = new HashMap<>();
        scenarios.current("vanished-images").orElseThrow().scenario().nodes()
                .forEach(n -> n.choices().forEach(c -> totals.put(c.text(), c.total())));
        for (int guard = 0; guard < 20 && driver.findElements(By.className("replay-scenario")).isEmpty(); guard++) {
            waiting().until(d -> !d.findElements(By.cssSelector("vaadin-button.choice, vaadin-text-area.reply-box,"
                    + " .replay-scenario")).isEmpty());
            if (!driver.findElements(By.className("replay-scenario")).isEmpty()) {
                break;
            }
            int bubbles = driver.findElements(By.className("bubble")).size();
            if (!driver.findElements(By.cssSelector("vaadin-text-area.reply-box")).isEmpty()) {
                WebElement box = driver.findElement(By.cssSelector("vaadin-text-area.reply-box textarea"));
                box.sendKeys(reply);
                box.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
            } else {
                clickOn(driver.findElements(By.cssSelector("vaadin-button.choice")).stream()
                        .max(Comparator.comparingInt(b -> totals.getOrDefault(b.getText().strip(), -1))).orElseThrow());
            }
            waiting().until(d -> d.findElements(By.className("bubble")).size() > bubbles
                    || !d.findElements(By.className("replay-scenario")).isEmpty());
        }
    }
}
