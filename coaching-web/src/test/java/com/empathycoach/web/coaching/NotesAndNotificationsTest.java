package com.empathycoach.web.coaching;

import com.empathycoach.core.coaching.AssignedItem;
import com.empathycoach.core.coaching.CoachingFacade;
import com.empathycoach.core.coaching.NotesFacade;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.UserAccount;
import com.empathycoach.core.notification.ReminderFacade;
import com.empathycoach.core.notification.Notification;
import com.empathycoach.core.notification.NotificationFacade;
import com.empathycoach.core.notification.NotificationKind;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.shared.NotAllowedException;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.core.coaching.NoteStore;
import com.empathycoach.core.identity.AccessFacade;
import com.empathycoach.core.identity.IdentityStore;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.util.Locale;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
class NotesAndNotificationsTest {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @org.junit.jupiter.api.BeforeEach
    void startWithNothingOpenInTheDemoTeams() {
        com.empathycoach.web.coaching.OpenAssignments.cancelInDemoTeams(jdbc);
    }

    @Autowired
    NotesFacade notes;

    @Autowired
    NotificationFacade notifications;

    @Autowired
    CoachingFacade coaching;

    @Autowired
    ReminderFacade reminders;

    @Autowired
    IdentityFacade identity;

    @Autowired
    NoteStore noteStore;

    @Autowired
    AccessFacade coaches;

    @Autowired
    IdentityStore identityStore;

    @Autowired
    ApplicationEventPublisher events;

    private Actor actor(String username) {
        UserAccount account = identity.account(username).orElseThrow();
        return new Actor(account.id(), account.username(), account.roles());
    }

    @Test
    void aNoteNotifiesTheAgentWhoAcknowledgesAndReplies() {
        Actor samira = actor("samira");
        Actor amara = actor("amara");
        notifications.markAllRead(amara);
        String text = "Calm under pressure " + UUID.randomUUID();
        long id = notes.write(samira, amara.userId(), EmpathyKey.HELP, text, "Name the next step and when.",
                coaching.today().plusDays(7));

        assertThat(notifications.unread(amara)).isEqualTo(1);
        assertThat(notifications.recent(amara, Locale.ENGLISH).getFirst().kind()).isEqualTo(NotificationKind.NOTE_TO_ACKNOWLEDGE);
        // With no time allowed, an unacknowledged note shows up for its coach at once.
        NotesFacade strict = new NotesFacade(noteStore, coaches, identityStore, coaching, events, Duration.ZERO);
        assertThat(strict.awaitingAcknowledgement(samira)).anyMatch(n -> n.id() == id);
        assertThat(notes.awaitingAcknowledgement(samira)).as("within the default three days").noneMatch(n -> n.id() == id);
        assertThatThrownBy(() -> notes.acknowledge(actor("ben"), id, "not mine")).isInstanceOf(NotAllowedException.class);
        notes.acknowledge(amara, id, "Thanks, I will try it on Monday.");
        assertThat(notes.forAgent(samira, amara.userId())).filteredOn(n -> n.id() == id).singleElement()
                .satisfies(n -> {
                    assertThat(n.acknowledged()).isTrue();
                    assertThat(n.agentReply()).isEqualTo("Thanks, I will try it on Monday.");
                });
        assertThat(strict.awaitingAcknowledgement(samira)).noneMatch(n -> n.id() == id);
        notifications.markAllRead(amara);
        assertThat(notifications.unread(amara)).isZero();
    }

    @Test
    void onlyTheAgentsOwnCoachWritesNotesAndBadInputIsRefused() {
        Actor samira = actor("samira");
        long amara = actor("amara").userId();
        assertThatThrownBy(() -> notes.write(actor("tomas"), amara, EmpathyKey.HELP, "a", "b", coaching.today()))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> notes.forAgent(actor("tomas"), amara)).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> notes.write(samira, amara, EmpathyKey.HELP, " ", "b", coaching.today()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("wentWell"));
        assertThatThrownBy(() -> notes.write(samira, amara, EmpathyKey.HELP, "a", "b", coaching.today().minusDays(1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("notes.followUpPast"));
    }

    @Test
    void newAssignmentsAndRemindersNotifyOnceEach() {
        Actor tomas = actor("tomas");
        Actor gus = actor("gus");
        long team = coaching.myTeams(tomas).getFirst().id();
        long id = coaching.assign(tomas, team, AssignedItem.scenario("wrong-department"), Set.of(gus.userId()),
                coaching.today().plusDays(1), null);
        List<NotificationFacade.Shown> mine = notifications.recent(gus, Locale.ENGLISH);
        java.time.LocalDate due = coaching.today().plusDays(1);
        String title = coaching.title(AssignedItem.scenario("wrong-department"), "", Locale.ENGLISH);
        assertThat(mine).anyMatch(n -> n.kind() == NotificationKind.ASSIGNMENT_NEW && n.text().contains(title)
                && n.text().endsWith(com.empathycoach.core.shared.CoreTexts.date(due, Locale.ENGLISH) + ".")
                && n.link().equals("roleplay/wrong-department"));
        Locale spanish = Locale.forLanguageTag("es");
        assertThat(notifications.recent(gus, spanish)).as("in Spanish, with the date as Spanish readers write it")
                .anyMatch(n -> n.kind() == NotificationKind.ASSIGNMENT_NEW && n.text().contains(" te asignó "
                        + coaching.title(AssignedItem.scenario("wrong-department"), "", spanish))
                        && n.text().endsWith(com.empathycoach.core.shared.CoreTexts.date(due, spanish) + "."));

        reminders.remind(coaching.today());
        reminders.remind(coaching.today());
        long dueTomorrow = notifications.recent(gus, Locale.ENGLISH).stream().filter(n -> n.kind() == NotificationKind.ASSIGNMENT_DUE_TOMORROW)
                .count();
        assertThat(dueTomorrow).isPositive();
        reminders.remind(coaching.today());
        assertThat(notifications.recent(gus, Locale.ENGLISH).stream().filter(n -> n.kind() == NotificationKind.ASSIGNMENT_DUE_TOMORROW)
                .count()).as("a repeated run tells nobody twice").isEqualTo(dueTomorrow);
        reminders.remind(coaching.today().plusDays(2));
        assertThat(notifications.recent(gus, Locale.ENGLISH)).anyMatch(n -> n.kind() == NotificationKind.ASSIGNMENT_OVERDUE);
        coaching.cancel(tomas, id);
    }
}
