package com.empathycoach.data.feedback;

import com.empathycoach.core.feedback.PeerAnswer;
import com.empathycoach.core.feedback.PeerFeedbackStore;
import com.empathycoach.core.feedback.PeerRequest;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.skill.EmpathyKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class JpaPeerFeedbackStoreTest {

    @Autowired
    PeerFeedbackStore peers;

    @Autowired
    IdentityStore identity;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final Instant now = Instant.parse("2026-12-03T08:00:00Z");
    private long agent;
    private long peer;

    @BeforeEach
    void setUp() {
        agent = user("a");
        peer = user("p");
    }

    @Test
    void oneRequestPerAgentAndPeerIsOpenAtATime() {
        long id = peers.open(agent, peer, agent, now).orElseThrow();
        assertThat(peers.open(agent, peer, agent, now)).isEmpty();
        assertThat(peers.waitingFor(peer)).extracting(PeerRequest::id).containsExactly(id);
        assertThat(peers.close(id, PeerRequest.Status.DECLINED, now)).isTrue();
        assertThat(peers.open(agent, peer, agent, now)).as("a closed request frees the pair").isPresent();
    }

    @Test
    void anAnsweredRequestCannotBeDeclinedAfterwards() {
        long id = peers.open(agent, peer, agent, now).orElseThrow();
        PeerRequest request = peers.request(id).orElseThrow();
        assertThat(peers.answer(request, answer(4), now)).isTrue();
        assertThat(peers.close(id, PeerRequest.Status.DECLINED, now)).isFalse();
        assertThat(peers.answer(request, answer(1), now)).as("answered once").isFalse();
        PeerRequest read = peers.request(id).orElseThrow();
        assertThat(read.status()).isEqualTo(PeerRequest.Status.ANSWERED);
        assertThat(read.closedAt()).isEqualTo(now);
        assertThat(read.agentName()).isEqualTo("a " + tag);
        assertThat(read.peerName()).isEqualTo("p " + tag);
    }

    @Test
    void withdrawingAnAnsweredRequestDropsItsUnreleasedRatings() {
        long id = peers.open(agent, peer, agent, now).orElseThrow();
        peers.answer(peers.request(id).orElseThrow(), answer(5), now);
        assertThat(peers.unreleasedPeers(agent)).isEqualTo(1);
        assertThat(peers.withdraw(id, now.plusSeconds(1))).isTrue();
        assertThat(peers.withdraw(id, now.plusSeconds(2))).as("already withdrawn").isFalse();
        assertThat(peers.unreleasedPeers(agent)).isZero();
        assertThat(peers.request(id).orElseThrow().status()).isEqualTo(PeerRequest.Status.WITHDRAWN);
    }

    @Test
    void releasedRatingsCannotBeWithdrawn() {
        long id = peers.open(agent, peer, agent, now).orElseThrow();
        peers.answer(peers.request(id).orElseThrow(), answer(3), now);
        assertThat(peers.release(agent, now)).isNotEmpty();
        assertThat(peers.withdraw(id, now)).isFalse();
        assertThat(peers.answeringPeers(agent)).isEqualTo(1);
        assertThat(peers.averageRatings(agent)).containsEntry(EmpathyKey.values()[0], 3.0);
    }

    @Test
    void examplesWrittenAlikeComeInTheSameOrderWhoeverWroteThem() {
        // The same three texts, given by the three teammates in two different assignments of who wrote what.
        assertThat(examplesGiven("listened first", "Listened first", "Listened fírst"))
                .isEqualTo(examplesGiven("Listened fírst", "listened first", "Listened first"));
    }

    private java.util.List<String> examplesGiven(String... texts) {
        long subject = user("s" + texts[0].hashCode());
        for (String text : texts) {
            long teammate = user("t" + text.hashCode() + subject);
            long id = peers.open(subject, teammate, subject, now).orElseThrow();
            Map<EmpathyKey, Integer> ratings = new EnumMap<>(EmpathyKey.class);
            Map<EmpathyKey, String> examples = new EnumMap<>(EmpathyKey.class);
            for (EmpathyKey key : EmpathyKey.values()) {
                ratings.put(key, 4);
                examples.put(key, text);
            }
            peers.answer(peers.request(id).orElseThrow(), new PeerAnswer(ratings, examples), now);
        }
        peers.release(subject, now);
        return peers.examples(subject).stream().filter(e -> e.key() == EmpathyKey.values()[0])
                .map(e -> e.text()).toList();
    }

    private PeerAnswer answer(int rating) {
        Map<EmpathyKey, Integer> ratings = new EnumMap<>(EmpathyKey.class);
        Map<EmpathyKey, String> examples = new EnumMap<>(EmpathyKey.class);
        for (EmpathyKey key : EmpathyKey.values()) {
            ratings.put(key, rating);
            examples.put(key, "An example for " + key);
        }
        return new PeerAnswer(ratings, examples);
    }

    private long user(String prefix) {
        return identity.createUser(new NewUser(prefix + tag, prefix + " " + tag, prefix + tag + "@example.org",
                "long-enough-password", Set.of(Role.AGENT), "UTC"), "h");
    }
}
