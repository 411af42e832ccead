package com.empathycoach.data.notification;

import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.notification.Notification;
import com.empathycoach.core.notification.NotificationKind;
import com.empathycoach.core.notification.NotificationStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class JdbcNotificationStoreTest {

    @Autowired
    NotificationStore notifications;

    @Autowired
    IdentityStore identity;

    private final Instant now = Instant.parse("2026-11-23T10:00:00.123456Z");

    private long newUser() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        return identity.createUser(new NewUser("n" + tag, "Reader " + tag, tag + "@example.org", "long-enough-password",
                Set.of(Role.AGENT), "UTC"), "h");
    }

    @Test
    void aNotificationReadsBackWithItsArgumentsLinkAndTime() {
        long user = newUser();
        List<String> args = List.of("Tone & pace", "", "comma, \"quotes\" and \u00fcml\u00e4uts");
        assertThat(notifications.add(user, NotificationKind.ASSIGNMENT_NEW, "assign:1", args, "my-work", now)).isTrue();

        assertThat(notifications.recent(user, 10)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.ASSIGNMENT_NEW);
            assertThat(n.args()).isEqualTo(args);
            assertThat(n.link()).isEqualTo("my-work");
            assertThat(n.createdAt()).isEqualTo(now);
            assertThat(n.unread()).isTrue();
        });
    }

    @Test
    void aNotificationWithoutArgumentsHasNone() {
        long user = newUser();
        notifications.add(user, NotificationKind.REVIEW_DONE, "review:1", List.of(), "roleplay", now);
        assertThat(notifications.recent(user, 10).getFirst().args()).isEmpty();
    }

    @Test
    void theSameDedupeKeyIsAddedOncePerPerson() {
        long ana = newUser();
        long ben = newUser();
        assertThat(notifications.add(ana, NotificationKind.ASSIGNMENT_OVERDUE, "overdue:7", List.of("a"), "x", now)).isTrue();
        assertThat(notifications.add(ana, NotificationKind.ASSIGNMENT_OVERDUE, "overdue:7", List.of("b"), "y",
                now.plusSeconds(60))).isFalse();
        assertThat(notifications.add(ben, NotificationKind.ASSIGNMENT_OVERDUE, "overdue:7", List.of("a"), "x", now)).isTrue();

        assertThat(notifications.recent(ana, 10)).singleElement()
                .satisfies(n -> assertThat(n.args()).containsExactly("a"));
        assertThat(notifications.unread(ana)).isEqualTo(1);
        assertThat(notifications.unread(ben)).isEqualTo(1);
    }

    @Test
    void recentListsNewestFirstUpToTheLimit() {
        long user = newUser();
        notifications.add(user, NotificationKind.ASSIGNMENT_NEW, "k1", List.of("1"), "l", now);
        notifications.add(user, NotificationKind.ASSIGNMENT_NEW, "k3", List.of("3"), "l", now.plusSeconds(120));
        notifications.add(user, NotificationKind.ASSIGNMENT_NEW, "k2", List.of("2"), "l", now.plusSeconds(60));
        // Same time as k3: the later one comes first.
        notifications.add(user, NotificationKind.ASSIGNMENT_NEW, "k4", List.of("4"), "l", now.plusSeconds(120));

        assertThat(notifications.recent(user, 3)).extracting(n -> n.args().getFirst()).containsExactly("4", "3", "2");
        assertThat(notifications.recent(user, 10)).hasSize(4);
    }

    @Test
    void aNotificationReadOnceStaysRead() {
        long user = newUser();
        Instant firstRead = now.plus(Duration.ofHours(1));
        notifications.add(user, NotificationKind.NOTE_TO_ACKNOWLEDGE, "note:1", List.of(), "notes", now);
        notifications.markAllRead(user, firstRead);
        notifications.add(user, NotificationKind.NOTE_TO_ACKNOWLEDGE, "note:2", List.of(), "notes", now.plusSeconds(1));
        assertThat(notifications.unread(user)).isEqualTo(1);

        notifications.markAllRead(user, now.plus(Duration.ofHours(5)));

        assertThat(notifications.unread(user)).isZero();
        assertThat(notifications.recent(user, 10)).extracting(Notification::readAt)
                .containsExactly(now.plus(Duration.ofHours(5)), firstRead);
    }

    @Test
    void markingAllReadLeavesOtherPeopleUnread() {
        long ana = newUser();
        long ben = newUser();
        notifications.add(ana, NotificationKind.PEER_FEEDBACK_ASKED, "peer:1", List.of(), "peer", now);
        notifications.add(ben, NotificationKind.PEER_FEEDBACK_ASKED, "peer:1", List.of(), "peer", now);
        notifications.markAllRead(ana, now);
        assertThat(notifications.unread(ana)).isZero();
        assertThat(notifications.unread(ben)).isEqualTo(1);
    }

    @Test
    void overlongArgumentsAreCutToTheColumnInsteadOfFailing() {
        long user = newUser();
        String longTitle = "x".repeat(1500);
        assertThat(notifications.add(user, NotificationKind.ASSIGNMENT_NEW, "long", List.of(longTitle), "l", now)).isTrue();
        assertThat(notifications.recent(user, 1).getFirst().args()).containsExactly("x".repeat(1000));
    }
}
