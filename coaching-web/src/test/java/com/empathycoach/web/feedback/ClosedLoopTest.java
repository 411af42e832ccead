package com.empathycoach.web.feedback;

import com.empathycoach.core.coaching.AssignedItem;
import com.empathycoach.core.coaching.CoachingFacade;
import com.empathycoach.core.coaching.MyAssignment;
import com.empathycoach.core.feedback.CustomerAnswer;
import com.empathycoach.core.feedback.CustomerFeedbackFacade;
import com.empathycoach.core.feedback.PeerFeedbackFacade;
import com.empathycoach.core.feedback.SuggestionFacade;
import com.empathycoach.core.feedback.SuggestionFacade.Proposal;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.lesson.ContentCatalog;
import com.empathycoach.core.notification.NotificationFacade;
import com.empathycoach.core.notification.NotificationKind;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.core.skill.ScoreSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.util.Locale;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
class ClosedLoopTest {

    @Autowired
    CustomerFeedbackFacade customers;

    @Autowired
    PeerFeedbackFacade peers;

    @Autowired
    SuggestionFacade suggestions;

    @Autowired
    CoachingFacade coaching;

    @Autowired
    IdentityFacade identity;

    @Autowired
    ContentCatalog modules;

    @Autowired
    NotificationFacade notifications;

    private void customerSays(Actor agent, int understood, int listened, int helped) {
        customers.submit(customers.createLink(agent).token(), new CustomerAnswer(3, listened, understood, helped, null));
    }

    private String moduleFor(EmpathyKey key) {
        return modules.current().stream().filter(m -> m.content().key() == key)
                .min((a, b) -> Integer.compare(a.content().order(), b.content().order())).orElseThrow().content().id();
    }

    @Test
    void threeLowCustomerRatingsOnAKeySuggestTheModuleThatTrainsItAndOneClickAssignsIt() {
        FeedbackTeam team = FeedbackTeam.create(identity, 1);
        Actor agent = team.agent(0);
        customerSays(agent, 2, 5, 5);
        customerSays(agent, 1, 5, 4);
        assertThat(suggestions.open(team.coach())).isEmpty();
        customerSays(agent, 2, 4, 5);

        List<Proposal> open = suggestions.open(team.coach());
        assertThat(open).singleElement().satisfies(p -> {
            assertThat(p.suggestion().key()).isEqualTo(EmpathyKey.DISCOVER);
            assertThat(p.suggestion().source()).isEqualTo(ScoreSource.CUSTOMER);
            assertThat(p.suggestion().average()).isEqualTo(1.67);
            assertThat(p.suggestion().moduleId()).isEqualTo(moduleFor(EmpathyKey.DISCOVER));
        });
        assertThat(notifications.recent(team.coach(), Locale.ENGLISH))
                .anyMatch(n -> n.kind() == NotificationKind.ASSIGN_SUGGESTED);

        long suggestion = open.getFirst().suggestion().id();
        suggestions.accept(team.coach(), suggestion);
        List<MyAssignment> assigned = coaching.myAssignments(agent, Locale.ENGLISH);
        assertThat(assigned).singleElement().satisfies(a -> {
            assertThat(a.item()).isEqualTo(AssignedItem.module(moduleFor(EmpathyKey.DISCOVER)));
            assertThat(a.dueOn()).isEqualTo(suggestions.defaultDue());
        });
        assertThat(suggestions.open(team.coach())).isEmpty();
        assertThatThrownBy(() -> suggestions.accept(team.coach(), suggestion)).isInstanceOf(InvalidInputException.class);

        customerSays(agent, 1, 5, 5);
        assertThat(suggestions.open(team.coach())).as("the key rests after a suggestion").isEmpty();
    }

    @Test
    void lowPeerRatingsSuggestTooAndAnotherCoachCannotActOnThem() {
        FeedbackTeam team = FeedbackTeam.create(identity, 4);
        FeedbackTeam other = FeedbackTeam.create(identity, 1);
        Actor agent = team.agent(0);
        peers.ask(agent, Set.of(team.agent(1).userId(), team.agent(2).userId(), team.agent(3).userId()));
        for (int i = 1; i <= 3; i++) {
            Actor peer = team.agent(i);
            peers.give(peer, peers.waitingForMe(peer).getFirst().id(), PeerFeedbackTest.answer(2, "Rushed to policy"));
        }
        List<Proposal> open = suggestions.open(team.coach());
        assertThat(open).extracting(p -> p.suggestion().key()).containsExactlyInAnyOrder(EmpathyKey.values());
        assertThat(open).allMatch(p -> p.suggestion().source() == ScoreSource.PEER);
        long first = open.getFirst().suggestion().id();
        assertThatThrownBy(() -> suggestions.dismiss(other.coach(), first))
                .isInstanceOf(com.empathycoach.core.shared.NotAllowedException.class);
        suggestions.dismiss(team.coach(), first);
        assertThat(suggestions.open(team.coach())).hasSize(3);
    }

    @Test
    void ratingsAtOrAboveTheThresholdSuggestNothing() {
        FeedbackTeam team = FeedbackTeam.create(identity, 1);
        for (int i = 0; i < 4; i++) {
            customerSays(team.agent(0), 3, 3, 3);
        }
        assertThat(suggestions.open(team.coach())).isEmpty();
    }
}
