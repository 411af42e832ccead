package com.empathycoach.data.profile;

import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.profile.ProfileStore;
import com.empathycoach.core.profile.ProfileStore.WeekTotal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static com.empathycoach.core.skill.EmpathyKey.DISCOVER;
import static com.empathycoach.core.skill.EmpathyKey.HELP;
import static com.empathycoach.core.skill.ScoreSource.CUSTOMER;
import static com.empathycoach.core.skill.ScoreSource.QUIZ;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class JdbcProfileStoreTest {

    @Autowired
    ProfileStore profiles;

    @Autowired
    IdentityStore identity;

    private final LocalDate week1 = LocalDate.parse("2026-11-16");
    private final LocalDate week2 = LocalDate.parse("2026-11-23");
    private final Instant at = Instant.parse("2026-11-23T10:00:00Z");
    private long agent;

    @BeforeEach
    void setUp() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        agent = identity.createUser(new NewUser("p" + tag, "Agent " + tag, tag + "@example.org", "long-enough-password",
                Set.of(Role.AGENT), "UTC"), "h");
    }

    @Test
    void scoresOfAWeekAreSummedPerKeyAndSource() {
        profiles.record(agent, QUIZ, "lesson:m/l#1", Map.of(DISCOVER, 80, HELP, 40), week2, at);
        profiles.record(agent, QUIZ, "lesson:m/l#2", Map.of(DISCOVER, 60), week2, at);
        profiles.record(agent, CUSTOMER, "link:9", Map.of(DISCOVER, 100), week2, at);

        assertThat(profiles.weeks(agent)).containsExactlyInAnyOrder(
                new WeekTotal(DISCOVER, QUIZ, week2, 140, 2),
                new WeekTotal(HELP, QUIZ, week2, 40, 1),
                new WeekTotal(DISCOVER, CUSTOMER, week2, 100, 1));
    }

    @Test
    void recordingTheSameWorkAgainChangesNothing() {
        profiles.record(agent, QUIZ, "lesson:m/l#1", Map.of(DISCOVER, 80), week2, at);
        profiles.record(agent, QUIZ, "lesson:m/l#1", Map.of(DISCOVER, 80), week2, at);
        profiles.record(agent, QUIZ, "lesson:m/l#1", Map.of(DISCOVER, 10), week2, at.plusSeconds(60));

        assertThat(profiles.weeks(agent)).containsExactly(new WeekTotal(DISCOVER, QUIZ, week2, 80, 1));
    }

    @Test
    void theSameReferenceFromAnotherSourceIsAnotherScore() {
        profiles.record(agent, QUIZ, "ref-1", Map.of(HELP, 50), week2, at);
        profiles.record(agent, CUSTOMER, "ref-1", Map.of(HELP, 70), week2, at);
        assertThat(profiles.weeks(agent)).extracting(WeekTotal::total).containsExactlyInAnyOrder(50L, 70L);
    }

    @Test
    void weeksComeOldestFirst() {
        profiles.record(agent, QUIZ, "later", Map.of(HELP, 30), week2, at);
        profiles.record(agent, QUIZ, "earlier", Map.of(HELP, 90), week1, at);

        assertThat(profiles.weeks(agent)).containsExactly(
                new WeekTotal(HELP, QUIZ, week1, 90, 1),
                new WeekTotal(HELP, QUIZ, week2, 30, 1));
    }

    @Test
    void anAgentWithoutScoresHasNoWeeks() {
        assertThat(profiles.weeks(agent)).isEmpty();
    }

    @Test
    void aScoreDeliveredTwiceAtOnceCountsOnce() throws Exception {
        int deliveries = 6;
        ExecutorService pool = Executors.newFixedThreadPool(deliveries);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < deliveries; i++) {
            done.add(pool.submit(() -> {
                go.await();
                profiles.record(agent, CUSTOMER, "link:1", Map.of(DISCOVER, 75, HELP, 50), week2, at);
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertThat(profiles.weeks(agent)).containsExactlyInAnyOrder(
                new WeekTotal(DISCOVER, CUSTOMER, week2, 75, 1),
                new WeekTotal(HELP, CUSTOMER, week2, 50, 1));
    }
}
