package com.empathycoach.web.coaching;

import com.empathycoach.core.coaching.ReviewFacade;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.UserAccount;
import com.empathycoach.core.notification.NotificationFacade;
import com.empathycoach.core.notification.NotificationKind;
import com.empathycoach.core.roleplay.RolePlayFacade;
import com.empathycoach.core.roleplay.RolePlayViews.RolePlay;
import com.empathycoach.core.roleplay.Scenario;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.NotAllowedException;
import com.empathycoach.core.skill.EmpathyKey;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.empathycoach.core.shared.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

import java.util.Locale;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
class ReviewQueueTest extends SpringBrowserlessTest {

    @Autowired
    RolePlayFacade rolePlays;

    @Autowired
    ReviewFacade reviews;

    @Autowired
    IdentityFacade identity;

    @Autowired
    NotificationFacade notifications;

    @Autowired
    JdbcTemplate jdbc;

    private Actor actor(String username) {
        UserAccount account = identity.account(username).orElseThrow();
        return new Actor(account.id(), account.username(), account.roles());
    }

    @Test
    @WithUserDetails("tomas")
    void theCoachReviewsAWrittenReplyAndTheAgentSeesTheFeedback() {
        Actor kofi = actor("kofi");
        String marker = "Reply " + UUID.randomUUID();
        RolePlay play = writeReply(kofi, marker + " <i>I'm sorry</i>, I'll fix it today.");

        UI.getCurrent().navigate("coach/reviews");
        Card card = $(Card.class).withClassName("review-card").all().stream()
                .filter(c -> c.getElement().getTextRecursively().contains(marker)).findFirst().orElseThrow();
        assertThat(card.getElement().getTextRecursively()).contains("<i>I'm sorry</i>");
        Button save = $(Button.class, card).withClassName("save-review").first();
        TextArea feedback = $(TextArea.class, card).withClassName("review-feedback").first();
        test(save).click();
        assertThat(feedback.isInvalid()).isTrue();
        assertThat(feedback.getErrorMessage()).isEqualTo("Write some feedback for the agent.");

        IntegerField discover = $(IntegerField.class, card).withClassName("review-score-discover").first();
        int analyzerDiscover = discover.getValue();
        discover.setValue(150);
        test(feedback).setValue("Good ownership. Next time name the deadline she gave you.");
        test(save).click();
        assertThat(discover.isInvalid()).isTrue();
        assertThat(discover.getErrorMessage()).isEqualTo("Every score must be between 0 and 100.");
        assertThat(feedback.isInvalid()).as("the feedback is fine").isFalse();
        assertThat($(IntegerField.class, card).withClassName("review-score-help").first().isInvalid()).isFalse();
        discover.setValue(analyzerDiscover);

        test($(IntegerField.class, card).withClassName("review-score-help").first()).setValue(90);
        test(save).click();
        assertThat($(Card.class).withClassName("review-card").all())
                .noneMatch(c -> c.getElement().getTextRecursively().contains(marker));

        assertThat(rolePlays.newReviews(kofi, Locale.ENGLISH)).anySatisfy(r -> assertThat(r.scenarioId()).isEqualTo("vanished-images"));
        int turn = play.transcript().stream().filter(e -> e.written()).findFirst().orElseThrow().turnNo();
        assertThat(notifications.recent(kofi, Locale.ENGLISH)).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.REVIEW_DONE);
            assertThat(n.link()).isEqualTo("roleplay/reviewed?attempt=" + play.attemptId() + "&turn=" + turn);
        });
        RolePlay reopened = rolePlays.open(kofi, "vanished-images", Locale.ENGLISH);
        var written = reopened.transcript().stream().filter(e -> e.written()).findFirst().orElseThrow();
        assertThat(written.coachReview().feedback()).startsWith("Good ownership.");
        assertThat(written.coachReview().scores()).containsEntry(EmpathyKey.HELP, 90);
        assertThat(rolePlays.newReviews(kofi, Locale.ENGLISH)).noneMatch(r -> r.attemptId() == play.attemptId());
        assertThat(play.attemptId()).isEqualTo(reopened.attemptId());

        assertThat(written.analysis().version()).as("the analyzer and rules that scored it")
                .matches("2\\.0\\+[0-9a-f]{8}");
        UI.getCurrent().navigate("coach/reviews");
        assertThat($(com.vaadin.flow.component.html.Anchor.class).withClassName("export-reviews").all())
                .as("the coach can download their reviews as labelled examples").hasSize(1);
        assertThat(reviews.labelledExamples(actor("tomas")))
                .anySatisfy(e -> assertThat(e.reply()).startsWith(marker));
    }

    @Test
    void aCoachCannotReviewAnotherTeamsReply() {
        RolePlay play = writeReply(actor("lucia"), "I'm sorry, I'll call you back today.");
        int turn = play.transcript().stream().filter(e -> e.written()).findFirst().orElseThrow().turnNo();
        Map<EmpathyKey, Integer> scores = new EnumMap<>(EmpathyKey.class);
        for (EmpathyKey key : EmpathyKey.values()) {
            scores.put(key, 50);
        }
        assertThatThrownBy(() -> reviews.review(actor("samira"), play.attemptId(), turn, scores, "Not my agent"))
                .isInstanceOf(NotAllowedException.class);
        assertThat(reviews.queue(actor("samira"))).noneMatch(i -> i.attemptId() == play.attemptId());
        assertThat(reviews.queue(actor("tomas"))).anyMatch(i -> i.attemptId() == play.attemptId());
        assertThat(reviews.queue(actor("samira"), new Page(0, 10), Locale.ENGLISH)).noneMatch(i -> i.attemptId() == play.attemptId());
    }

    @Test
    void shouldReadTheQueueInPagesOldestFirstWithItsCount() {
        writeReply(actor("lucia"), "I'm sorry for the wait, I'll look at it now.");
        Actor tomas = actor("tomas");
        int count = reviews.countQueue(tomas);
        assertThat(count).isPositive();
        List<ReviewFacade.ReviewItem> paged = new java.util.ArrayList<>();
        for (int offset = 0; offset < count; offset += 2) {
            paged.addAll(reviews.queue(tomas, new Page(offset, 2), Locale.ENGLISH));
        }
        assertThat(paged).hasSize(count);
        assertThat(paged).extracting(ReviewFacade.ReviewItem::takenAt).isSorted();
        assertThat(paged).extracting(i -> i.attemptId() + "#" + i.turnNo()).doesNotHaveDuplicates();
        assertThat(reviews.queue(tomas)).isEqualTo(paged.subList(0, Math.min(count, 50)));
        assertThatThrownBy(() -> reviews.countQueue(actor("lucia"))).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void theQueueShowsTheScenarioInTheCoachsLanguage() {
        RolePlay play = writeReply(actor("lucia"), "Lo siento, hoy mismo le llamo para revisarlo.");
        Actor tomas = actor("tomas");
        ReviewFacade.ReviewItem english = reviews.queue(tomas, new Page(0, 50), Locale.ENGLISH).stream()
                .filter(i -> i.attemptId() == play.attemptId()).findFirst().orElseThrow();
        ReviewFacade.ReviewItem spanish = reviews.queue(tomas, new Page(0, 50), Locale.forLanguageTag("es")).stream()
                .filter(i -> i.attemptId() == play.attemptId()).findFirst().orElseThrow();
        RolePlay inSpanish = rolePlays.open(actor("lucia"), "vanished-images", Locale.forLanguageTag("es"));
        assertThat(spanish.scenarioTitle()).isEqualTo(inSpanish.title()).isNotEqualTo(english.scenarioTitle());
        assertThat(spanish.customer()).isNotEqualTo(english.customer());
        assertThat(spanish.prompt()).isNotEqualTo(english.prompt());
        assertThat(spanish.reply()).isEqualTo(english.reply()).isEqualTo("Lo siento, hoy mismo le llamo para revisarlo.");
    }

    @Test
    @WithUserDetails("tomas")
    void aReplyScoredByAnEarlierAnalyzerIsCorrectedFromTheScoresTheAgentWasGiven() {
        String marker = "Reply " + UUID.randomUUID();
        RolePlay play = writeReply(actor("kofi"), marker + " I'm sorry, I'll fix it today.");
        int turn = play.transcript().stream().filter(e -> e.written()).findFirst().orElseThrow().turnNo();
        // As if the analyzer had changed since the agent replied: the stored scores and version are older ones.
        jdbc.update("""
                update roleplay_turn set score_discover = 11, score_knowledge = 22, score_help = 33, score_channel = 44,
                    analyzer_version = '1.9+0123abcd' where attempt_id = ? and turn_no = ?""", play.attemptId(), turn);

        ReviewFacade.ReviewItem item = reviews.queue(actor("tomas"), new Page(0, 50), Locale.ENGLISH).stream()
                .filter(i -> i.attemptId() == play.attemptId()).findFirst().orElseThrow();
        assertThat(item.scoredBy()).isEqualTo("1.9+0123abcd");
        assertThat(item.scoredByAnotherVersion()).isTrue();
        assertThat(item.analyzerScores()).containsEntry(EmpathyKey.DISCOVER, 11).containsEntry(EmpathyKey.CHANNEL, 44);

        UI.getCurrent().navigate("coach/reviews");
        Card card = $(Card.class).withClassName("review-card").all().stream()
                .filter(c -> c.getElement().getTextRecursively().contains(marker)).findFirst().orElseThrow();
        assertThat(card.getElement().getTextRecursively())
                .contains("The agent was scored by analyzer 1.9+0123abcd when they replied")
                .contains("The highlights above are from analyzer " + item.analysis().version())
                .as("no line claims today's analyzer scored it").doesNotContain("Scored by analyzer");
        IntegerField help = $(IntegerField.class, card).withClassName("review-score-help").first();
        assertThat(help.getValue()).as("the coach starts from what the agent was given").isEqualTo(33);
        assertThat(help.getHelperText()).isEqualTo("Analyzer: 33");

        test($(TextArea.class, card).withClassName("review-feedback").first()).setValue("Fair, but name the deadline.");
        test($(Button.class, card).withClassName("save-review").first()).click();
        assertThat(reviews.labelledExamples(actor("tomas"))).filteredOn(e -> e.reply().startsWith(marker)).singleElement()
                .satisfies(e -> {
                    assertThat(e.analyzerVersion()).isEqualTo("1.9+0123abcd");
                    assertThat(e.analyzerScores()).containsEntry(EmpathyKey.HELP, 33).containsEntry(EmpathyKey.KNOWLEDGE, 22);
                    assertThat(e.coachScores()).containsEntry(EmpathyKey.HELP, 33);
                });
    }

    @Test
    @WithUserDetails("tomas")
    void aReplyScoredByTodaysAnalyzerSaysNothingAboutVersions() {
        String marker = "Reply " + UUID.randomUUID();
        RolePlay play = writeReply(actor("kofi"), marker + " I'm sorry, I'll fix it today.");
        UI.getCurrent().navigate("coach/reviews");
        Card card = $(Card.class).withClassName("review-card").all().stream()
                .filter(c -> c.getElement().getTextRecursively().contains(marker)).findFirst().orElseThrow();
        assertThat(card.getElement().getTextRecursively()).doesNotContain("when they replied")
                .contains("Scored by analyzer " + reviews.queue(actor("tomas"), new Page(0, 50), Locale.ENGLISH).stream()
                        .filter(i -> i.attemptId() == play.attemptId()).findFirst().orElseThrow().analysis().version());
        ReviewFacade.ReviewItem item = reviews.queue(actor("tomas"), new Page(0, 50), Locale.ENGLISH).stream()
                .filter(i -> i.attemptId() == play.attemptId()).findFirst().orElseThrow();
        assertThat(item.scoredByAnotherVersion()).isFalse();
        assertThat(item.analyzerScores()).isEqualTo(item.analysis().scores());
    }

    /** Reviews whatever earlier runs left waiting, so this run's replies are on the first page of the queue. */
    private void emptyTheQueueOf(String coach) {
        Map<EmpathyKey, Integer> scores = new EnumMap<>(EmpathyKey.class);
        for (EmpathyKey key : EmpathyKey.values()) {
            scores.put(key, 50);
        }
        for (int guard = 0; guard < 100 && reviews.countQueue(actor(coach)) > 0; guard++) {
            reviews.queue(actor(coach), new Page(0, 50), Locale.ENGLISH).forEach(i -> reviews.review(actor(coach), i.attemptId(),
                    i.turnNo(), scores, "Reviewed before the test."));
        }
    }

    private RolePlay writeReply(Actor agent, String reply) {
        emptyTheQueueOf("tomas");
        RolePlay play = rolePlays.replay(agent, "vanished-images", Locale.ENGLISH);
        if (play.transcript().stream().anyMatch(e -> e.written()) || play.completed()) {
            while (!play.completed()) {
                play = step(agent, play, reply);
            }
            play = rolePlays.replay(agent, "vanished-images", Locale.ENGLISH);
        }
        for (int guard = 0; guard < 20 && !play.completed(); guard++) {
            play = step(agent, play, reply);
        }
        return play;
    }

    private RolePlay step(Actor agent, RolePlay play, String reply) {
        Scenario.Node node = play.current().orElseThrow();
        return node.freeText().isPresent()
                ? rolePlays.reply(agent, play.attemptId(), play.turnNo(), reply, Locale.ENGLISH)
                : rolePlays.choose(agent, play.attemptId(), play.turnNo(),
                node.choices().stream().max(Comparator.comparingInt(Scenario.Choice::total)).orElseThrow().id(), Locale.ENGLISH);
    }
}
