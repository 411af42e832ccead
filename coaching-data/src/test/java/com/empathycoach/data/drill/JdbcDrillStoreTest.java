package com.empathycoach.data.drill;

import com.empathycoach.core.drill.DrillSession;
import com.empathycoach.core.drill.DrillStore;
import com.empathycoach.core.drill.Memory;
import com.empathycoach.core.drill.MemoryState;
import com.empathycoach.core.drill.Rating;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.skill.EmpathyKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@SpringBootTest
class JdbcDrillStoreTest {

    @Autowired
    DrillStore drill;

    @Autowired
    IdentityStore identity;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final LocalDate day = LocalDate.of(2026, 11, 23);
    private long userId;

    @BeforeEach
    void setUp() {
        userId = identity.createUser(new NewUser("d" + tag, "Drill " + tag, tag + "@example.org",
                "long-enough-password", Set.of(Role.AGENT), "UTC"), "h");
    }

    private Memory memory(String id, EmpathyKey key, boolean drillable, Instant due) {
        return new Memory(id, key, drillable, new MemoryState(MemoryState.Phase.REVIEW, null, 3.0, 5.0, due, now), 1, 0);
    }

    @Test
    void shouldListDueItemsOldestFirstAndLeaveOutItemsTheDrillCannotServe() {
        drill.review(userId, memory("q:a", EmpathyKey.HELP, true, now.minus(Duration.ofDays(1))), Rating.GOOD, true, 5000L, now, 14);
        drill.review(userId, memory("q:b", EmpathyKey.HELP, true, now.minus(Duration.ofDays(3))), Rating.GOOD, true, null, now, 14);
        drill.review(userId, memory("q:c", EmpathyKey.HELP, false, now.minus(Duration.ofDays(5))), Rating.GOOD, true, null, now, 14);
        drill.review(userId, memory("q:d", EmpathyKey.HELP, true, now.plus(Duration.ofDays(2))), Rating.GOOD, true, null, now, 14);
        drill.review(userId, memory("q:e", EmpathyKey.DISCOVER, true, now.plus(Duration.ofDays(1))), Rating.AGAIN, false, null, now, 14);

        assertThat(drill.due(userId, now, 10)).extracting(Memory::itemId).containsExactly("q:b", "q:a");
        assertThat(drill.upcomingOn(userId, EmpathyKey.HELP, now, now.plusSeconds(1), 10)).extracting(Memory::itemId).containsExactly("q:d");
        assertThat(drill.upcomingOn(userId, EmpathyKey.HELP, now, now, 10)).as("reviewed too recently").isEmpty();
        assertThat(drill.met(userId)).containsExactlyInAnyOrder("q:a", "q:b", "q:c", "q:d", "q:e");
        assertThat(drill.memory(userId, "q:a").orElseThrow().state().stability()).isEqualTo(3.0);
    }

    @Test
    void shouldWeighTheProfileByRecencyWithTheHalfLife() {
        drill.review(userId, memory("q:a", EmpathyKey.HELP, true, now), Rating.AGAIN, false, null, now, 14);
        drill.review(userId, memory("q:b", EmpathyKey.HELP, true, now), Rating.GOOD, true, null, now.plus(Duration.ofDays(14)), 14);

        DrillStore.ProfileSum help = drill.profile(userId).get(EmpathyKey.HELP);
        assertThat(help.weightSum()).as("the older answer counts half").isCloseTo(1.5, within(1e-6));
        assertThat(help.scoreSum() / help.weightSum()).as("100 weighted 1 against 0 weighted 0.5").isCloseTo(66.667, within(0.01));
        assertThat(drill.profile(userId)).doesNotContainKey(EmpathyKey.DISCOVER);
    }

    @Test
    void shouldKeepOneOpenSessionADayAndCountFinishedOnes() {
        long first = drill.startSession(userId, day, List.of("q:a", "c:s/n"), now);
        assertThat(drill.startSession(userId, day, List.of("q:z"), now)).as("the open one, not a second").isEqualTo(first);
        assertThat(drill.answered(first, "q:a", true)).isTrue();
        assertThat(drill.answered(first, "q:a", false)).as("once only").isFalse();
        assertThat(drill.answered(first, "q:zz", true)).as("not in the session").isFalse();
        assertThat(drill.answered(first, "c:s/n", false)).isTrue();
        DrillSession session = drill.openSession(userId, day).orElseThrow();
        assertThat(session.complete()).isTrue();
        assertThat(session.correct()).isEqualTo(1);
        assertThat(drill.finish(first, day, now)).isEqualTo(1);
        assertThat(drill.finish(first, day, now)).as("finishing twice pays once").isZero();
        assertThat(drill.openSession(userId, day)).isEmpty();
        long second = drill.startSession(userId, day, List.of("q:b"), now);
        assertThat(second).isNotEqualTo(first);
        drill.answered(second, "q:b", true);
        assertThat(drill.finish(second, day, now)).isEqualTo(2);
        assertThat(drill.finishedOn(userId, day)).isEqualTo(2);
    }
}
