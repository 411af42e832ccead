package com.empathycoach.data.reporting;

import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.reporting.BadgeAssertion;
import com.empathycoach.core.reporting.BadgeAssertionStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class JdbcBadgeAssertionStoreTest {

    @Autowired
    BadgeAssertionStore assertions;

    @Autowired
    IdentityStore identity;

    @Autowired
    JdbcTemplate jdbc;

    private final Instant monday = Instant.parse("2026-11-23T09:00:00.250Z");
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private long user;

    @BeforeEach
    void setUp() {
        user = newUser("b");
    }

    @Test
    void anEarnedBadgeReadsBackByItsAssertionIdWithTheRecipientsEmail() {
        earn(user, "first-lesson", monday);
        BadgeAssertion mine = assertions.of(user).getFirst();

        assertThat(assertions.assertion(mine.assertionId())).contains(mine);
        assertThat(mine.userId()).isEqualTo(user);
        assertThat(mine.email()).isEqualTo("b" + tag + "@example.org");
        assertThat(mine.badgeId()).isEqualTo("first-lesson");
        assertThat(mine.issuedOn()).isEqualTo(monday);
    }

    @Test
    void assertionIdsAndSaltsAreRandomHexAndNeverShared() {
        earn(user, "first-lesson", monday);
        earn(user, "streak-7", monday);
        long other = newUser("c");
        earn(other, "first-lesson", monday);

        List<BadgeAssertion> all = List.of(assertions.of(user).get(0), assertions.of(user).get(1),
                assertions.of(other).getFirst());
        assertThat(all).allSatisfy(a -> {
            assertThat(a.assertionId()).matches("[0-9a-f]{32}");
            assertThat(a.salt()).matches("[0-9a-f]{32}").isNotEqualTo(a.assertionId());
        });
        assertThat(all).extracting(BadgeAssertion::assertionId).doesNotHaveDuplicates();
        assertThat(all).extracting(BadgeAssertion::salt).doesNotHaveDuplicates();
    }

    @Test
    void aPersonsBadgesComeInTheOrderEarned() {
        earn(user, "streak-7", monday.plusSeconds(3600));
        earn(user, "first-lesson", monday);
        earn(user, "ten-lessons", monday.plusSeconds(7200));

        assertThat(assertions.of(user)).extracting(BadgeAssertion::badgeId)
                .containsExactly("first-lesson", "streak-7", "ten-lessons");
    }

    @Test
    void anUnknownAssertionIdOrAPersonWithoutBadgesFindsNothing() {
        assertThat(assertions.assertion("0".repeat(32))).isEmpty();
        assertThat(assertions.assertion("")).isEmpty();
        assertThat(assertions.of(user)).isEmpty();
    }

    private long newUser(String prefix) {
        return identity.createUser(new NewUser(prefix + tag, "Badge " + tag, prefix + tag + "@example.org",
                "long-enough-password", Set.of(Role.AGENT), "UTC"), "h");
    }

    /** Badges are earned by the gamification feature; the row it writes is all an assertion needs. */
    private void earn(long userId, String badge, Instant at) {
        jdbc.update("insert into user_badge (user_id, badge_id, earned_at) values (?, ?, ?)", userId, badge,
                Timestamp.from(at));
    }
}
