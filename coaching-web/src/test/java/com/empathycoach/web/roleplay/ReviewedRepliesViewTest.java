package com.empathycoach.web.roleplay;

import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.notification.NotificationFacade;
import com.empathycoach.core.notification.NotificationKind;
import com.empathycoach.core.coaching.ReviewFacade;
import com.empathycoach.core.roleplay.RolePlayFacade;
import com.empathycoach.core.roleplay.RolePlayViews.RolePlay;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.web.LearnerSteps;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class ReviewedRepliesViewTest extends SpringBrowserlessTest {

    @Autowired RolePlayFacade rolePlays;
    @Autowired IdentityFacade identity;
    @Autowired NotificationFacade notifications;
    @Autowired UserDetailsService users;
    @Autowired ReviewFacade coachReviews;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private Actor actor(String username) {
        var account = identity.account(username).orElseThrow();
        return new Actor(account.id(), account.username(), account.roles());
    }

    @Test
    void theReviewNotificationOpensExactlyTheReviewedReplyEvenAfterTheScenarioWasPlayedAgain() {
        Actor gus = actor("gus");
        Actor tomas = actor("tomas");
        String marker = "Reply " + UUID.randomUUID();
        RolePlay play = rolePlays.replay(gus, "vanished-images", Locale.ENGLISH);
        while (!play.completed()) {
            var node = play.current().orElseThrow();
            play = node.freeText().isPresent()
                    ? rolePlays.reply(gus, play.attemptId(), play.turnNo(), marker + " I'm sorry, I'll fix it today.", Locale.ENGLISH)
                    : rolePlays.choose(gus, play.attemptId(), play.turnNo(), node.choices().stream()
                    .max(java.util.Comparator.comparingInt(com.empathycoach.core.roleplay.Scenario.Choice::total))
                    .orElseThrow().id(), Locale.ENGLISH);
        }
        int turn = play.transcript().stream().filter(e -> e.written()).findFirst().orElseThrow().turnNo();
        coachReviews.review(tomas, play.attemptId(), turn, Map.of(EmpathyKey.DISCOVER, 70, EmpathyKey.KNOWLEDGE, 70,
                EmpathyKey.HELP, 85, EmpathyKey.CHANNEL, 70), "Name the deadline she gave you. " + marker);
        String link = notifications.recent(gus, Locale.ENGLISH).stream().filter(n -> n.kind() == NotificationKind.REVIEW_DONE)
                .findFirst().orElseThrow().link();
        LearnerSteps.finishScenario(rolePlays, gus, "vanished-images");
        assertThat(rolePlays.open(gus, "vanished-images", Locale.ENGLISH).attemptId()).as("a newer play").isNotEqualTo(play.attemptId());

        var details = users.loadUserByUsername("gus");
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        String[] parts = link.split("\\?", 2);
        UI.getCurrent().navigate(parts[0], com.vaadin.flow.router.QueryParameters.fromString(parts[1]));
        assertThat(UI.getCurrent().getCurrentView().getElement().getClassList()).contains("reviewed-replies");
        Div selected = $(Div.class).withClassName("reviewed-reply-selected").single();
        assertThat(selected.getElement().getTextRecursively()).contains(marker + " I'm sorry")
                .contains("Name the deadline she gave you. " + marker).contains("Tomás");
        assertThat($(Div.class).withClassName("reviewed-reply").all()).as("the history keeps every review")
                .anyMatch(d -> d.getElement().getTextRecursively().contains(marker));
    }
}
