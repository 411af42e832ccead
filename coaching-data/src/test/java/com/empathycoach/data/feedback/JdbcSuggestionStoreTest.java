package com.empathycoach.data.feedback;

import com.empathycoach.core.feedback.Suggestion;
import com.empathycoach.core.feedback.SuggestionStore;
import com.empathycoach.core.feedback.SuggestionStore.Resolution;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.empathycoach.core.skill.EmpathyKey.DISCOVER;
import static com.empathycoach.core.skill.EmpathyKey.HELP;
import static com.empathycoach.core.skill.ScoreSource.CUSTOMER;
import static com.empathycoach.core.skill.ScoreSource.PEER;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class JdbcSuggestionStoreTest {

    @Autowired
    SuggestionStore suggestions;

    @Autowired
    IdentityStore identity;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private long agent;
    private long coach;

    @BeforeEach
    void setUp() {
        agent = user("agent", Role.AGENT);
        coach = user("coach", Role.COACH);
    }

    @Test
    void aSuggestionReadsBackWithTheAgentsNameAndItsAverageToTwoDecimals() {
        long id = suggestions.open(agent, HELP, PEER, "module-help", 2.345, 5, now).orElseThrow();

        assertThat(suggestions.suggestion(id)).contains(
                new Suggestion(id, agent, "Agent " + tag, HELP, PEER, "module-help", 2.35, 5, now));
        assertThat(suggestions.suggestion(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void oneSuggestionIsOpenPerAgentAndKeyWhateverTheSource() {
        assertThat(suggestions.open(agent, HELP, PEER, "m", 2.0, 5, now)).isPresent();
        assertThat(suggestions.open(agent, HELP, CUSTOMER, "m", 1.5, 5, now.plusSeconds(1))).isEmpty();
        assertThat(suggestions.open(agent, DISCOVER, PEER, "m", 2.0, 5, now)).as("another key").isPresent();
        assertThat(suggestions.openFor(List.of(agent))).hasSize(2);
    }

    @Test
    void aResolvedSuggestionMakesRoomForANewOne() {
        long first = suggestions.open(agent, HELP, PEER, "m", 2.0, 5, now).orElseThrow();
        assertThat(suggestions.resolve(first, Resolution.DISMISSED, coach, now.plusSeconds(60))).isTrue();
        assertThat(suggestions.resolve(first, Resolution.ASSIGNED, coach, now.plusSeconds(90))).as("already resolved").isFalse();

        assertThat(suggestions.openFor(List.of(agent))).isEmpty();
        assertThat(suggestions.open(agent, HELP, PEER, "m", 2.0, 5, now.plusSeconds(120))).isPresent();
    }

    @Test
    void lastCreatedCountsResolvedSuggestionsToo() {
        assertThat(suggestions.lastCreated(agent, HELP)).isEmpty();
        long first = suggestions.open(agent, HELP, PEER, "m", 2.0, 5, now).orElseThrow();
        suggestions.resolve(first, Resolution.ASSIGNED, coach, now.plusSeconds(5));
        long second = suggestions.open(agent, HELP, PEER, "m", 2.0, 5, now.plusSeconds(3600)).orElseThrow();
        suggestions.resolve(second, Resolution.DISMISSED, coach, now.plusSeconds(7200));

        assertThat(suggestions.lastCreated(agent, HELP)).contains(now.plusSeconds(3600));
        assertThat(suggestions.lastCreated(agent, DISCOVER)).isEmpty();
    }

    @Test
    void openSuggestionsOfTheGivenAgentsComeNewestFirst() {
        long other = user("other", Role.AGENT);
        long stranger = user("stranger", Role.AGENT);
        long old = suggestions.open(agent, HELP, PEER, "m", 2.0, 5, now).orElseThrow();
        long newest = suggestions.open(other, HELP, PEER, "m", 2.0, 5, now.plusSeconds(20)).orElseThrow();
        long middle = suggestions.open(agent, DISCOVER, CUSTOMER, "m", 2.0, 5, now.plusSeconds(10)).orElseThrow();
        suggestions.open(stranger, HELP, PEER, "m", 2.0, 5, now.plusSeconds(30));

        assertThat(suggestions.openFor(List.of(agent, other))).extracting(Suggestion::id).containsExactly(newest, middle, old);
    }

    @Test
    void ofTheSameSuggestionRaisedManyTimesAtOnceOneIsOpened() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Optional<Long>>> opened = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            opened.add(pool.submit(() -> {
                go.await();
                return suggestions.open(agent, HELP, CUSTOMER, "m", 1.8, 5, now);
            }));
        }
        go.countDown();
        int created = 0;
        for (Future<Optional<Long>> f : opened) {
            created += f.get().isPresent() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(created).isEqualTo(1);
        assertThat(suggestions.openFor(List.of(agent))).hasSize(1);
    }

    private long user(String name, Role role) {
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return identity.createUser(new NewUser(name + tag, capitalised + " " + tag, name + tag + "@example.org",
                "long-enough-password", Set.of(role), "UTC"), "h");
    }
}
