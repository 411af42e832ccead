package com.empathycoach.web.feedback;

import com.empathycoach.core.feedback.PeerFeedbackFacade;
import com.empathycoach.core.feedback.PeerRequest;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.profile.ProfileFacade;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The inference attack on peer anonymity: the agent (and their coach) look at everything they can see after each
 * single teammate's answer, hoping to see a figure move and pin it on that teammate. Nothing they can see may
 * change until a group of at least three answers is released at once.
 */
@SpringBootTest
@ActiveProfiles("test")
class PeerAnonymityTest {

    @Autowired PeerFeedbackFacade peers;
    @Autowired ProfileFacade profiles;
    @Autowired IdentityFacade identity;

    /** Everything the agent and their coach can see about the agent's peer feedback. */
    private record View(List<String> agentRequests, Object agentSummary, Object agentProfile, List<String> coachRequests,
                        Object coachSummary, Object coachProfile) {
    }

    private View look(FeedbackTeam team, Actor agent) {
        return new View(requests(peers.myRequests(agent)), peers.mySummary(agent), profiles.mine(agent),
                requests(peers.requestsAbout(team.coach(), agent.userId())), peers.summaryFor(team.coach(), agent.userId()),
                profiles.of(team.coach(), agent.userId()));
    }

    private static List<String> requests(List<PeerRequest> requests) {
        return requests.stream().map(r -> r.peerName() + ":" + r.status() + ":" + r.closedAt()).toList();
    }

    private long requestFor(Actor peer) {
        return peers.waitingForMe(peer).getFirst().id();
    }

    @Test
    void noSequenceOfViewsTiesARatingToATeammate() {
        FeedbackTeam team = FeedbackTeam.create(identity, 7);
        Actor agent = team.agent(0);
        peers.ask(agent, Set.of(team.agent(1).userId(), team.agent(2).userId(), team.agent(3).userId(),
                team.agent(4).userId(), team.agent(5).userId(), team.agent(6).userId()));
        View asked = look(team, agent);
        assertThat(asked.agentRequests()).hasSize(6).allMatch(r -> r.contains(":OPEN:null"));

        peers.give(team.agent(1), requestFor(team.agent(1)), PeerFeedbackTest.answer(1, "Interrupted the caller twice"));
        assertThat(look(team, agent)).as("after the first answer nothing moved").isEqualTo(asked);
        peers.decline(team.agent(2), requestFor(team.agent(2)));
        assertThat(look(team, agent)).as("after a decline nothing moved").isEqualTo(asked);
        peers.give(team.agent(3), requestFor(team.agent(3)), PeerFeedbackTest.answer(5, "Named the customer's worry back"));
        assertThat(look(team, agent)).as("after the second answer nothing moved").isEqualTo(asked);
        assertThat(peers.ask(agent, Set.of(team.agent(1).userId(), team.agent(2).userId(), team.agent(5).userId())))
                .as("asking the same teammates again tells nothing: all read as waiting").isZero();
        assertThat(look(team, agent)).isEqualTo(asked);

        peers.give(team.agent(4), requestFor(team.agent(4)), PeerFeedbackTest.answer(4, "Offered a clear next step"));
        View released = look(team, agent);
        assertThat(released).isNotEqualTo(asked);
        assertThat(peers.mySummary(agent).peers()).as("a group of three, released together").isEqualTo(3);
        assertThat(peers.mySummary(agent).visible()).isTrue();
        assertThat(released.agentRequests()).as("answered and declined read alike once released")
                .filteredOn(r -> r.contains(":OPEN:")).hasSize(2);

        peers.give(team.agent(5), requestFor(team.agent(5)), PeerFeedbackTest.answer(1, "Sounded rushed on the phone"));
        assertThat(look(team, agent)).as("a fourth answer alone moves nothing").isEqualTo(released);

        long sixth = peers.myRequests(agent).stream().filter(r -> r.peerId() == team.agent(6).userId())
                .findFirst().orElseThrow().id();
        long fifth = peers.myRequests(agent).stream().filter(r -> r.peerId() == team.agent(5).userId())
                .findFirst().orElseThrow().id();
        peers.withdraw(agent, sixth);
        peers.withdraw(agent, fifth);
        assertThat(peers.mySummary(agent).peers()).as("the answered request, withdrawn, was dropped unseen").isEqualTo(3);
        assertThatThrownBy(() -> peers.withdraw(agent, fifth)).isInstanceOf(InvalidInputException.class);
    }
}
