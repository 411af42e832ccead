package com.empathycoach.web.feedback;

import com.empathycoach.core.feedback.PeerAnswer;
import com.empathycoach.core.feedback.PeerFeedbackFacade;
import com.empathycoach.core.feedback.PeerRequest;
import com.empathycoach.core.feedback.PeerSummary;
import com.empathycoach.core.gamification.GamificationFacade;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.profile.EmpathyProfile;
import com.empathycoach.core.profile.ProfileFacade;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.shared.NotAllowedException;
import com.empathycoach.core.shared.Page;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.core.skill.ScoreSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
class PeerFeedbackTest {

    @Autowired
    PeerFeedbackFacade peers;

    @Autowired
    IdentityFacade identity;

    @Autowired
    ProfileFacade profiles;

    @Autowired
    GamificationFacade gamification;

    static PeerAnswer answer(int rating, String example) {
        Map<EmpathyKey, Integer> ratings = new EnumMap<>(EmpathyKey.class);
        Map<EmpathyKey, String> examples = new EnumMap<>(EmpathyKey.class);
        for (EmpathyKey key : EmpathyKey.values()) {
            ratings.put(key, rating);
            examples.put(key, example + " (" + key + ")");
        }
        return new PeerAnswer(ratings, examples);
    }

    private long requestFor(Actor peer) {
        return peers.waitingForMe(peer).getFirst().id();
    }

    @Test
    void theAgentSeesNothingUntilThreePeersHaveAnswered() {
        FeedbackTeam team = FeedbackTeam.create(identity, 5);
        Actor agent = team.agent(0);
        int opened = peers.ask(agent, Set.of(team.agent(1).userId(), team.agent(2).userId(), team.agent(3).userId()));
        assertThat(opened).isEqualTo(3);

        peers.give(team.agent(1), requestFor(team.agent(1)), answer(2, "Kept a calm tone with an angry caller"));
        peers.give(team.agent(2), requestFor(team.agent(2)), answer(3, "Asked what the customer had tried"));
        PeerSummary twoAnswers = peers.mySummary(agent);
        assertThat(twoAnswers.visible()).isFalse();
        assertThat(twoAnswers.peers()).as("not even a count before a group is released").isZero();
        assertThat(twoAnswers.averages()).isEmpty();
        assertThat(twoAnswers.examples()).isEmpty();
        assertThat(peers.summaryFor(team.coach(), agent.userId()).averages()).isEmpty();
        EmpathyProfile hiddenProfile = profiles.mine(agent);
        assertThat(hiddenProfile.peersHidden()).isTrue();
        assertThat(hiddenProfile.score(EmpathyKey.HELP, ScoreSource.PEER)).isEmpty();

        peers.give(team.agent(3), requestFor(team.agent(3)), answer(4, "Offered a callback time"));
        PeerSummary three = peers.mySummary(agent);
        assertThat(three.visible()).isTrue();
        assertThat(three.averages().get(EmpathyKey.HELP)).isEqualTo(3.0);
        assertThat(three.examples()).hasSize(12).noneMatch(e -> e.text().contains("Agent"));
        assertThat(peers.summaryFor(team.coach(), agent.userId())).isEqualTo(three);
        assertThat(profiles.mine(agent).score(EmpathyKey.HELP, ScoreSource.PEER))
                .contains(new EmpathyProfile.Score(50, 3));
    }

    @Test
    void aTeammateAnswersOnceEarnsXpAndAnOpenRequestIsNotRepeated() {
        FeedbackTeam team = FeedbackTeam.create(identity, 2);
        Actor agent = team.agent(0);
        Actor peer = team.agent(1);
        long xpBefore = gamification.profile(peer).level().xp();
        assertThat(peers.ask(agent, Set.of(peer.userId()))).isEqualTo(1);
        assertThat(peers.ask(agent, Set.of(peer.userId()))).isZero();
        long request = requestFor(peer);
        peers.give(peer, request, answer(5, "Named the next step and when"));
        assertThatThrownBy(() -> peers.give(peer, request, answer(1, "Again")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("feedback.peer.closed"));
        assertThat(gamification.profile(peer).level().xp()).isEqualTo(xpBefore + 20);
        assertThat(peers.myRequests(agent)).singleElement().as("reads as waiting until a group is released")
                .satisfies(r -> assertThat(r.status()).isEqualTo(PeerRequest.Status.OPEN));
        assertThat(peers.myRequests(agent, new Page(0, 10))).as("the grid's pages read the same")
                .isEqualTo(peers.myRequests(agent));
        assertThat(peers.countMyRequests(agent)).isEqualTo(1);
        assertThat(peers.myRequests(agent, new Page(1, 10))).isEmpty();
        assertThat(peers.ask(agent, Set.of(peer.userId()))).as("asking again tells nothing either").isZero();
    }

    @Test
    void nobodyOutsideTheTeamCanBeAskedOrAnswerAndOnlyTheirCoachReadsTheSummary() {
        FeedbackTeam team = FeedbackTeam.create(identity, 2);
        FeedbackTeam other = FeedbackTeam.create(identity, 1);
        assertThatThrownBy(() -> peers.ask(team.agent(0), Set.of(other.agent(0).userId())))
                .isInstanceOf(NotAllowedException.class);
        peers.ask(team.agent(0), Set.of(team.agent(1).userId()));
        long request = requestFor(team.agent(1));
        assertThatThrownBy(() -> peers.give(other.agent(0), request, answer(3, "Not asked")))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> peers.summaryFor(other.coach(), team.agent(0).userId()))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void aCoachAsksOnTheAgentsBehalfAndThePeerMayDecline() {
        FeedbackTeam team = FeedbackTeam.create(identity, 3);
        assertThat(peers.askFor(team.coach(), team.agent(0).userId(), Set.of(team.agent(1).userId(), team.agent(2).userId())))
                .isEqualTo(2);
        PeerRequest asked = peers.waitingForMe(team.agent(1)).getFirst();
        assertThat(asked.agentId()).isEqualTo(team.agent(0).userId());
        assertThat(asked.requestedBy()).isEqualTo(team.coach().userId());
        peers.decline(team.agent(1), asked.id());
        assertThat(peers.waitingForMe(team.agent(1))).isEmpty();
        assertThat(peers.mySummary(team.agent(0)).peers()).isZero();
    }
}
