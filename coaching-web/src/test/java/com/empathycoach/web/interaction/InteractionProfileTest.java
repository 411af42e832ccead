package com.empathycoach.web.interaction;

import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.UserAccount;
import com.empathycoach.core.interaction.InteractionFacade;
import com.empathycoach.core.interaction.InteractionViews.Interaction;
import com.empathycoach.core.interaction.InteractionViews.NewInteraction;
import com.empathycoach.core.interaction.InteractionViews.NewTurn;
import com.empathycoach.core.interaction.PracticeFacade;
import com.empathycoach.core.interaction.PracticeFacade.Impact;
import com.empathycoach.core.interaction.ScorecardFacade;
import com.empathycoach.core.profile.ProfileStore;
import com.empathycoach.core.profile.ProfileStore.WeekTotal;
import com.empathycoach.core.shared.NotAllowedException;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.core.skill.ScoreSource;
import com.empathycoach.web.feedback.FeedbackTeam;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real interactions in the empathy profile (analyzer and QA scorecard), and the impact of "practise this". */
@SpringBootTest
@ActiveProfiles("test")
class InteractionProfileTest {

    @Autowired InteractionFacade interactions;
    @Autowired ScorecardFacade scorecards;
    @Autowired PracticeFacade practice;
    @Autowired ProfileStore profile;
    @Autowired IdentityFacade identity;
    @Autowired JdbcTemplate jdbc;

    private Actor actor(String username) {
        UserAccount account = identity.account(username).orElseThrow();
        return new Actor(account.id(), account.username(), account.roles());
    }

    private Interaction ingest(String agent, Instant at, String reply) {
        return interactions.ingest(new NewInteraction(agent, "CHAT", at.toString(), "profile-" + UUID.randomUUID(),
                List.of(new NewTurn("CUSTOMER", "My parcel never came."), new NewTurn("AGENT", reply)))).interaction();
    }

    private Map<EmpathyKey, WeekTotal> week(long agentId, ScoreSource source, LocalDate weekStart) {
        Map<EmpathyKey, WeekTotal> byKey = new java.util.EnumMap<>(EmpathyKey.class);
        profile.weeks(agentId).stream().filter(w -> w.source() == source && w.weekStart().equals(weekStart))
                .forEach(w -> byKey.put(w.key(), w));
        return byKey;
    }

    /** A coach and an agent nobody else has touched, plus a second coach of another team. */
    private FeedbackTeam team() {
        return FeedbackTeam.create(identity, 1);
    }

    @Test
    void anInteractionCountsOnceForTheAnalyzerAndItsScorecardCountsAsLastChanged() {
        FeedbackTeam team = team();
        Actor amara = team.agent(0);
        Instant at = Instant.parse("2024-05-08T10:00:00Z");
        LocalDate monday = LocalDate.of(2024, 5, 6);
        Interaction interaction = ingest(amara.username(), at, "I'm so sorry, Ana. I'll send a new parcel today and e-mail you the tracking by 5pm.");

        Map<EmpathyKey, WeekTotal> analysed = week(amara.userId(), ScoreSource.INTERACTION, monday);
        assertThat(analysed).hasSize(4);
        analysed.forEach((key, w) -> {
            assertThat(w.samples()).isEqualTo(1);
            assertThat(w.total()).isEqualTo(interaction.keys().get(key).longValue());
        });

        Actor samira = team.coach();
        scorecards.score(samira, interaction.id(), Map.of(EmpathyKey.HELP, 4, EmpathyKey.DISCOVER, 2), Map.of());
        Map<EmpathyKey, WeekTotal> scored = week(amara.userId(), ScoreSource.QA_SCORECARD, monday);
        assertThat(scored.get(EmpathyKey.HELP).total()).as("4 of 5 is 75 of 100").isEqualTo(75L);
        assertThat(scored.get(EmpathyKey.DISCOVER).total()).isEqualTo(25L);

        scorecards.score(samira, interaction.id(), Map.of(EmpathyKey.HELP, 5), Map.of());
        scored = week(amara.userId(), ScoreSource.QA_SCORECARD, monday);
        assertThat(scored).as("a rescore replaces the scorecard, N/A keys leave the profile").containsOnlyKeys(EmpathyKey.HELP);
        assertThat(scored.get(EmpathyKey.HELP).total()).isEqualTo(100L);
        assertThat(scored.get(EmpathyKey.HELP).samples()).isEqualTo(1);

        scorecards.selfReview(amara, interaction.id(), Map.of(EmpathyKey.HELP, 5));
        scorecards.dispute(amara, interaction.id(), "Fair enough, but please look again.");
        scorecards.resolve(actor("priya"), interaction.id(), Map.of(EmpathyKey.HELP, 2), "Changed after listening again.");
        scored = week(amara.userId(), ScoreSource.QA_SCORECARD, monday);
        assertThat(scored.get(EmpathyKey.HELP).total()).as("a changed dispute replaces it too").isEqualTo(25L);
        assertThat(week(amara.userId(), ScoreSource.INTERACTION, monday).get(EmpathyKey.HELP).samples()).isEqualTo(1);
    }

    @Test
    void practiseThisAssignsTheModuleAndTheProfileShowsTheKeyBeforeAndAfterItWasFinished() {
        FeedbackTeam team = team();
        Actor samira = team.coach();
        Actor amara = team.agent(0);
        Instant now = Instant.now();
        Interaction source = ingest(amara.username(), now.minus(Duration.ofDays(3)), "That is the policy. There is nothing I can do.");
        var offer = practice.offer(samira, source.id(), Locale.ENGLISH).orElseThrow();
        assertThat(practice.offer(actor("priya"), source.id(), Locale.ENGLISH)).as("HR assigns nothing").isEmpty();
        assertThatThrownBy(() -> practice.impact(actor("tomas"), amara.userId(), Locale.ENGLISH))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> practice.impact(actor("ben"), amara.userId(), Locale.ENGLISH))
                .isInstanceOf(NotAllowedException.class);

        practice.practise(samira, source.id(), Locale.ENGLISH);
        Impact open = practice.impact(amara, amara.userId(), Locale.ENGLISH).getFirst();
        assertThat(open.interactionId()).isEqualTo(source.id());
        assertThat(open.key()).isEqualTo(offer.key());
        assertThat(open.before().interactions()).isEqualTo(1);
        assertThat(open.before().analyzer()).isEqualTo(source.keys().get(offer.key()).doubleValue());
        assertThat(open.after()).as("nothing after until the module is finished").isNull();
        assertThat(open.completedAt()).isNull();

        Instant finished = now.plus(Duration.ofDays(400));
        jdbc.update("""
                update assignment_agent a join practice_link p on p.assignment_id = a.assignment_id and p.agent_id = a.user_id
                set a.completed_at = ? where p.interaction_id = ?""", Timestamp.from(finished), source.id());
        Interaction later = ingest(amara.username(), finished.plus(Duration.ofDays(1)),
                "I'm sorry about the wait, Ana. Could you tell me the order number so I can check it now?");
        Impact done = practice.impact(samira, amara.userId(), Locale.ENGLISH).getFirst();
        assertThat(done.completedAt()).isNotNull();
        assertThat(done.after().interactions()).isEqualTo(1);
        assertThat(done.after().analyzer()).isEqualTo(later.keys().get(offer.key()).doubleValue());
        assertThat(done.after().scored()).isZero();
        assertThat(done.moduleTitle()).isEqualTo(offer.moduleTitle());
    }
}
