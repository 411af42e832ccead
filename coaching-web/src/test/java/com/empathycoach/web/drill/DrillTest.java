package com.empathycoach.web.drill;

import com.empathycoach.core.drill.DrillFacade;
import com.empathycoach.core.drill.DrillFacade.Answered;
import com.empathycoach.core.drill.DrillFacade.Today;
import com.empathycoach.core.drill.DrillItem;
import com.empathycoach.core.drill.DrillReportFacade;
import com.empathycoach.core.notification.DrillReminderFacade;
import com.empathycoach.core.drill.ReminderPrefs;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.identity.UserAccount;
import com.empathycoach.core.lesson.LessonEvents.QuestionAnswered;
import com.empathycoach.core.lesson.QuestionType;
import com.empathycoach.core.roleplay.RolePlayEvents.DecisionMade;
import com.empathycoach.core.roleplay.RolePlayEvents.ReplyAnalysed;
import com.empathycoach.core.analysis.Marker;
import com.empathycoach.core.drill.DrillEvents.DrillCompleted;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.shared.NotAllowedException;
import com.empathycoach.core.skill.EmpathyKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The daily drill end to end on the real database: picking, answering, XP, the profile and the team figures. */
@SpringBootTest
@ActiveProfiles("test")
class DrillTest {

    @Autowired DrillFacade drill;
    @Autowired DrillReportFacade reports;
    @Autowired IdentityStore identityStore;
    @Autowired IdentityFacade identity;
    @Autowired ApplicationEventPublisher events;
    @Autowired JdbcTemplate jdbc;
    @Autowired DrillReminderFacade reminders;

    private Actor agent;

    @BeforeEach
    void newAgent() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long id = identityStore.createUser(new NewUser("drill" + tag, "Drill " + tag, tag + "@example.org",
                "long-enough-password", Set.of(Role.AGENT), "UTC"), "h");
        agent = new Actor(id, "drill" + tag, Set.of(Role.AGENT));
    }

    private Actor actor(String username) {
        UserAccount account = identity.account(username).orElseThrow();
        return new Actor(account.id(), account.username(), account.roles());
    }

    private Answered answerAll(Today today, boolean right) {
        Answered last = null;
        for (DrillItem item : today.items()) {
            String option = item.options().stream().filter(o -> o.correct() == right).findFirst().orElseThrow().id();
            last = drill.answer(agent, today.sessionId(), item.id(), option, Duration.ofSeconds(12), Locale.ENGLISH);
            assertThat(last.correct()).isEqualTo(right);
        }
        return last;
    }

    private int drillXp() {
        return jdbc.queryForObject("select coalesce(sum(amount), 0) from xp_ledger where user_id = ? and rule = 'DRILL_COMPLETED'",
                Integer.class, agent.userId());
    }

    @Test
    void shouldStartANewAgentOnNewItemsAndPayLessForEachExtraDrillOfTheDay() {
        Today before = drill.today(agent, Locale.ENGLISH);
        assertThat(before.inProgress()).isFalse();
        assertThat(before.items()).hasSize(DrillFacade.SIZE).allSatisfy(i -> assertThat(i.why()).isEqualTo(DrillItem.Why.NEW));
        assertThat(before.items()).allSatisfy(i -> assertThat(i.options()).anyMatch(DrillItem.Option::correct));

        Today first = drill.start(agent, Locale.ENGLISH);
        assertThat(drill.start(agent, Locale.ENGLISH).sessionId()).as("starting twice opens one drill").isEqualTo(first.sessionId());
        Answered done = answerAll(first, true);
        assertThat(done.finishedNth()).isEqualTo(1);
        assertThat(done.rightInDrill()).isEqualTo(DrillFacade.SIZE);
        assertThat(drillXp()).isEqualTo(20);
        DrillItem again = first.items().getFirst();
        assertThatThrownBy(() -> drill.answer(agent, first.sessionId(), again.id(), again.options().getFirst().id(), null,
                Locale.ENGLISH)).isInstanceOf(InvalidInputException.class);

        Today after = drill.today(agent, Locale.ENGLISH);
        assertThat(after.finishedToday()).isEqualTo(1);
        assertThat(after.items()).extracting(DrillItem::id).doesNotContainAnyElementsOf(first.items().stream().map(DrillItem::id).toList());
        answerAll(drill.start(agent, Locale.ENGLISH), false);
        assertThat(drillXp()).as("the second drill of the day pays half").isEqualTo(30);
        assertThat(jdbc.queryForObject("select count(*) from drill_memory where user_id = ?", Integer.class, agent.userId()))
                .isEqualTo(2 * DrillFacade.SIZE);
        assertThat(jdbc.queryForObject("select current_days from streak where user_id = ?", Integer.class, agent.userId()))
                .as("drilling counts for the streak").isEqualTo(1);
    }

    @Test
    void shouldServeAForgottenItemFirstOnceItIsDue() {
        Today first = drill.start(agent, Locale.ENGLISH);
        DrillItem missed = first.items().getFirst();
        String wrong = missed.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow().id();
        drill.answer(agent, first.sessionId(), missed.id(), wrong, Duration.ofSeconds(8), Locale.ENGLISH);
        assertThat(jdbc.queryForObject("select phase from drill_memory where user_id = ? and item_id = ?", String.class,
                agent.userId(), missed.id())).isEqualTo("LEARNING");
        jdbc.update("update drill_memory set due = ? where user_id = ? and item_id = ?",
                java.sql.Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))), agent.userId(), missed.id());
        jdbc.update("update drill_session set finished_at = ? where id = ?", java.sql.Timestamp.from(Instant.now()), first.sessionId());

        Today next = drill.today(agent, Locale.ENGLISH);
        assertThat(next.items().getFirst().id()).isEqualTo(missed.id());
        assertThat(next.items().getFirst().why()).isEqualTo(DrillItem.Why.DUE);
        assertThat(reports.mine(agent).keys().get(missed.key()).score()).isZero();
        assertThat(reports.mine(agent).weakest()).contains(missed.key());
    }

    @Test
    void shouldRememberLessonAnswersAndRolePlayDecisionsTooAndShowTheProfileToTheirCoachOnly() {
        Instant now = Instant.now();
        events.publishEvent(new QuestionAnswered(agent.userId(), "m", "l", "q1", EmpathyKey.HELP, QuestionType.SINGLE, true, null, 1, now));
        events.publishEvent(new QuestionAnswered(agent.userId(), "m", "l", "q2", EmpathyKey.HELP, QuestionType.ORDERING, false, null, 1, now));
        events.publishEvent(new DecisionMade(agent.userId(), "s", "n", "a", EmpathyKey.DISCOVER, true, now));
        assertThat(jdbc.queryForList("select concat(item_id, ' ', drillable) from drill_memory where user_id = ? order by item_id",
                String.class, agent.userId())).containsExactly("c:s/n 1", "q:m/l/q1 1", "q:m/l/q2 0");
        var profile = reports.mine(agent);
        assertThat(profile.keys().get(EmpathyKey.HELP).score()).isEqualTo(50);
        assertThat(profile.keys().get(EmpathyKey.DISCOVER).score()).isEqualTo(100);
        assertThat(profile.weakest()).contains(EmpathyKey.HELP);
        assertThatThrownBy(() -> reports.of(actor("tomas"), agent.userId())).isInstanceOf(NotAllowedException.class);
        assertThat(reports.of(actor("samira"), actor("amara").userId())).isNotNull();
        assertThat(reports.teams(actor("priya"))).isNotEmpty()
                .allSatisfy(t -> assertThat(t.drilledRecently()).isBetween(0, t.agents()));
        assertThatThrownBy(() -> reports.teams(agent)).isInstanceOf(NotAllowedException.class);
    }

    private int drillReminders() {
        return jdbc.queryForObject("select count(*) from notification where user_id = ? and kind = 'DRILL_REMINDER'",
                Integer.class, agent.userId());
    }

    @Test
    void shouldRemindOnceADayOutsideQuietHoursAndStopWhenTurnedOffOrDrilled() {
        java.time.LocalTime midnight = java.time.LocalTime.MIDNIGHT;
        assertThatThrownBy(() -> reminders.save(agent, new ReminderPrefs(true, java.time.LocalTime.of(22, 0),
                java.time.LocalTime.of(21, 0), java.time.LocalTime.of(7, 0))))
                .as("a time inside the quiet hours").isInstanceOf(InvalidInputException.class);
        reminders.save(agent, new ReminderPrefs(true, midnight, midnight, midnight));
        reminders.remindNow();
        assertThat(drillReminders()).isEqualTo(1);
        reminders.remindNow();
        assertThat(drillReminders()).as("once a day").isEqualTo(1);

        Actor other = agent;
        newAgent();
        reminders.save(agent, new ReminderPrefs(true, midnight, midnight, midnight));
        reminders.turnOff(agent);
        assertThat(reminders.mine(agent).enabled()).isFalse();
        reminders.remindNow();
        assertThat(drillReminders()).as("turned off").isZero();

        newAgent();
        reminders.save(agent, new ReminderPrefs(true, midnight, midnight, midnight));
        answerAll(drill.start(agent, Locale.ENGLISH), true);
        reminders.remindNow();
        assertThat(drillReminders()).as("already drilled today").isZero();
        assertThat(other.userId()).isNotEqualTo(agent.userId());
    }

    @Test
    void shouldWeighMarkersOfWrittenRepliesAndSuggestTrainingWhenAKeyStaysWeak() {
        Instant now = Instant.now();
        events.publishEvent(new ReplyAnalysed(agent.userId(), "s", Set.of(Marker.ACKNOWLEDGES_FEELING, Marker.JARGON), now));
        events.publishEvent(new ReplyAnalysed(agent.userId(), "s", Set.of(Marker.ACKNOWLEDGES_FEELING), now));
        var markers = reports.mine(agent).markers();
        assertThat(markers.get(Marker.ACKNOWLEDGES_FEELING).shownPercent()).isEqualTo(100);
        assertThat(markers.get(Marker.JARGON).shownPercent()).isEqualTo(50);
        assertThat(markers.get(Marker.SHOUTING).shownPercent()).isZero();

        for (int i = 0; i < 3; i++) {
            events.publishEvent(new QuestionAnswered(agent.userId(), "m", "l", "weak" + i, EmpathyKey.HELP, QuestionType.SINGLE,
                    false, null, 1, now));
        }
        events.publishEvent(new DrillCompleted(agent.userId(), java.time.LocalDate.now(), 1, 5, 0, now));
        assertThat(jdbc.queryForList("select concat(key_id, ' ', source) from coaching_suggestion where agent_id = ?",
                String.class, agent.userId())).containsExactly("HELP QUIZ");
    }

    @Test
    void shouldDropADrillWhoseItemsWereWithdrawnSoANewOneCanStart() {
        Today first = drill.start(agent, Locale.ENGLISH);
        jdbc.update("update drill_session set items = 'q:gone/l/q1,c:gone/n' where id = ?", first.sessionId());
        assertThat(drill.today(agent, Locale.ENGLISH).inProgress()).isFalse();
        Today next = drill.start(agent, Locale.ENGLISH);
        assertThat(next.sessionId()).isNotEqualTo(first.sessionId());
        assertThat(next.items()).hasSize(DrillFacade.SIZE);
        assertThat(jdbc.queryForObject("select count(*) from drill_session where id = ?", Integer.class, first.sessionId()))
                .isZero();
    }
}
