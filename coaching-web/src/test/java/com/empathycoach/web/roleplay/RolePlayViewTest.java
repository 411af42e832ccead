package com.empathycoach.web.roleplay;

import com.empathycoach.web.shared.Routes;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextArea;
import com.empathycoach.core.roleplay.Scenario;
import com.empathycoach.core.roleplay.ScenarioCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class RolePlayViewTest extends SpringBrowserlessTest {

    @Autowired
    private ScenarioCatalog scenarios;

    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    private com.empathycoach.core.roleplay.RolePlayFacade rolePlays;

    @Autowired
    private com.empathycoach.core.identity.IdentityFacade identity;

    private static final String REPLY = "<script>alert('x')</script> I'm so sorry, Tanvi, I know how stressful this is. "
            + "I'll refresh all 23 posts with you now and message you by 2 pm today. Which client should we start with?";

    @Test
    @WithUserDetails("gus")
    void agentPlaysAScenarioToAnEndingThroughAWrittenReply() {
        open("vanished-images");
        if (!$(Button.class).withClassName("replay-scenario").all().isEmpty()) {
            test($(Button.class).withClassName("replay-scenario").first()).click();
        }
        double startMood = $(ProgressBar.class).first().getValue();
        int guard = 0;
        boolean wrote = false;
        while ($(Button.class).withClassName("replay-scenario").all().isEmpty() && guard++ < 20) {
            if (!$(TextArea.class).withClassName("reply-box").all().isEmpty()) {
                writeReply();
                wrote = true;
            } else {
                test(strongest($(Button.class).withClassName("choice").all())).click();
            }
        }
        assertThat(wrote).as("the best path passes the free-text step").isTrue();
        assertThat($(ProgressBar.class).first().getValue()).as("the mood moved").isNotEqualTo(startMood);
        List<String> texts = texts();
        assertThat(texts).contains("Debrief", "Resolved, and the customer is happy");
        assertThat(texts).anyMatch(t -> t.startsWith("Overall score: "));
        assertThat(texts).contains("Your written reply is awaiting coach review. Your coach will see it with this breakdown.");
        assertThat($(Span.class).withClassName("awaiting-review").all()).isNotEmpty();
        // Markup in the reply is kept as text, never rendered.
        Paragraph marked = $(Paragraph.class).withClassName("marked-reply").first();
        assertThat(marked.getElement().getTextRecursively()).startsWith("<script>alert('x')</script>");
        assertThat($(Span.class).withClassName("finding-good").all()).isNotEmpty();

        test($(Button.class).withClassName("replay-scenario").first()).click();
        assertThat($(Button.class).withClassName("choice").all()).hasSize(3);
    }

    @Test
    @WithUserDetails("gus")
    void aReplyScoredByAnEarlierAnalyzerSaysSoNextToTodaysHighlights() {
        open("vanished-images");
        if (!$(Button.class).withClassName("replay-scenario").all().isEmpty()) {
            test($(Button.class).withClassName("replay-scenario").first()).click();
        }
        for (int guard = 0; guard < 20 && $(TextArea.class).withClassName("reply-box").all().isEmpty(); guard++) {
            test(strongest($(Button.class).withClassName("choice").all())).click();
        }
        test($(TextArea.class).withClassName("reply-box").first()).setValue(REPLY);
        test($(Button.class).withClassName("send-reply").first()).click();
        Long attempt = jdbc.queryForObject("""
                select max(a.id) from roleplay_attempt a join app_user u on u.id = a.user_id
                where u.username = 'gus' and a.scenario_id = 'vanished-images'""", Long.class);
        jdbc.update("update roleplay_turn set analyzer_version = '1.9+0123abcd' where attempt_id = ? and reply is not null",
                attempt);

        UI.getCurrent().navigate(Routes.rolePlay("vanished-images"));
        var play = rolePlays.open(new com.empathycoach.core.identity.Actor(identity.account("gus").orElseThrow().id(),
                "gus", identity.account("gus").orElseThrow().roles()), "vanished-images", java.util.Locale.ENGLISH);
        var written = play.transcript().stream().filter(e -> e.written()).findFirst().orElseThrow();
        assertThat(written.scoredByAnotherVersion()).isTrue();
        assertThat(texts()).anyMatch(t -> t.equals("Scored by analyzer 1.9+0123abcd when you sent this reply. The highlights "
                + "are from analyzer " + written.analysis().version() + ", which has changed since, so they may not match "
                + "that score."));

        // Finish the play, so the other tests of this agent start from a completed one.
        for (int guard = 0; guard < 20 && $(Button.class).withClassName("replay-scenario").all().isEmpty(); guard++) {
            test(strongest($(Button.class).withClassName("choice").all())).click();
        }
    }

    @Test
    @WithUserDetails("gus")
    void catalogueListsEveryScenario() {
        UI.getCurrent().navigate("roleplay");
        assertThat($(Card.class).all()).hasSizeGreaterThanOrEqualTo(12);
    }

    /** The choice button worth the most points; choices are shuffled, so position says nothing. */
    private Button strongest(List<Button> choices) {
        Scenario scenario = scenarios.current("vanished-images").orElseThrow().scenario();
        Map<String, Integer> totals = new HashMap<>();
        scenario.nodes().forEach(n -> n.choices().forEach(c -> totals.put(c.text(), c.total())));
        return choices.stream().max(Comparator.comparingInt(b -> totals.get(b.getText()))).orElseThrow();
    }

    private void writeReply() {
        TextArea box = $(TextArea.class).withClassName("reply-box").first();
        Button send = $(Button.class).withClassName("send-reply").first();
        test(box).setValue("   ");
        test(send).click();
        assertThat(box.isInvalid()).isTrue();
        assertThat(box.getErrorMessage()).isEqualTo("Write a reply before you send it.");

        test(box).setValue("x".repeat(2001));
        test(send).click();
        assertThat(box.getErrorMessage()).isEqualTo("Your reply has 2,001 characters. The limit is 2,000; shorten it and send again.");
        assertThat(box.getValue()).hasSize(2001);

        test(box).setValue(REPLY);
        test(send).click();
    }

    private void open(String scenarioId) {
        UI.getCurrent().navigate(Routes.rolePlay(scenarioId));
        assertThat(UI.getCurrent().getCurrentView().getElement().getClassList()).contains("roleplay-player");
    }

    private List<String> texts() {
        return java.util.stream.Stream.concat($(Paragraph.class).all().stream().map(Paragraph::getText),
                java.util.stream.Stream.concat($(Span.class).all().stream().map(Span::getText),
                        $(com.vaadin.flow.component.html.H3.class).all().stream().map(h -> h.getText()))).toList();
    }
}
