package com.empathycoach.web.gamification;

import com.empathycoach.core.gamification.GamificationFacade;
import com.empathycoach.core.gamification.LeaderboardStore;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.UserAccount;
import com.empathycoach.core.roleplay.RolePlayFacade;
import com.empathycoach.core.roleplay.RolePlayViews.RolePlay;
import com.empathycoach.core.roleplay.Scenario;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.web.security.CurrentUser;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import com.empathycoach.core.gamification.LeaderboardStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

import java.util.Locale;
import java.util.Comparator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@ActiveProfiles("test")
class GamificationViewsTest extends SpringBrowserlessTest {

    @Autowired
    RolePlayFacade rolePlays;

    @Autowired
    CurrentUser currentUser;

    @Autowired
    GamificationFacade gamification;

    @Autowired
    IdentityFacade identity;

    @Autowired
    com.empathycoach.core.lesson.LessonFacade lessonFacade;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    @WithUserDetails("ivan")
    void finishingARolePlayPaysXpEarnsABadgeCelebratesOnceAndPutsTheAgentOnTheBoard() {
        Actor ivan = currentUser.actor();
        forgetProgress(ivan.userId());
        playToTheEnd(ivan, "price-rise");

        // The home view may already be showing from before the play; a fresh visit builds it anew.
        UI.getCurrent().navigate("leaderboard");
        UI.getCurrent().navigate("agent");
        assertThat($(Span.class).withClassName("xp-text").first().getText()).matches("[1-9][\\d,]* XP, next level .*");
        assertThat($(Div.class).withClassName("celebration").all()).as("a celebration is shown").isNotEmpty();
        // A level reached and a badge earned may celebrate together or one after the other: either way, it shows.
        assertThat($(Div.class).withClassName("celebration").all()).extracting(d -> d.getElement().getTextRecursively())
                .anyMatch(text -> text.contains("New badge: First conversation"));

        UI.getCurrent().navigate("badges");
        assertThat($(Card.class).withClassName("badge-earned").all()).isNotEmpty();
        assertThat($(Card.class).withClassName("badge-locked").all()).hasSizeGreaterThanOrEqualTo(14);
        assertThat($(Span.class).all()).extracting(Span::getText).anyMatch(t -> t.matches("1 of 5"));

        UI.getCurrent().navigate("leaderboard");
        assertThat($(Paragraph.class).withClassName("board-my-rank").first().getText()).matches("You are #\\d+ with \\d+ XP\\.");
        @SuppressWarnings("unchecked")
        Grid<Object> top = $(Grid.class).withClassName("board-top").first();
        assertThat(test(top).size()).isPositive();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Object> scope = $(RadioButtonGroup.class).withClassName("board-scope").first();
        scope.setValue(scope.getListDataView().getItems().toList().get(2));
        assertThat($(Grid.class).withClassName("board-teams").all()).isNotEmpty();
        @SuppressWarnings("unchecked")
        Grid<LeaderboardStore.TeamEntry> teams = $(Grid.class).withClassName("board-teams").first();
        var board = gamification.teamBoard(currentUser.actor(), LeaderboardStore.Period.WEEK);
        assertThat(test(teams).size()).isEqualTo(board.size());
        assertThat(test(teams).getRow(board.size() - 1)).as("the last team, from its page").isEqualTo(board.getLast());
    }

    @Test
    @WithUserDetails("ivan")
    void theWholeCurriculumAndEveryConversationBadgesAskForEverythingPublished() {
        int lessons = lessonFacade.catalogue(currentUser.actor(), Locale.ENGLISH).stream()
                .mapToInt(m -> m.lessonCount()).sum();
        int published = rolePlays.catalogue(currentUser.actor(), Locale.ENGLISH).size();
        var badges = gamification.badges(currentUser.actor());
        var curriculum = badges.stream().filter(b -> b.badge().id().equals("whole-curriculum")).findFirst().orElseThrow();
        var conversations = badges.stream().filter(b -> b.badge().id().equals("every-conversation")).findFirst().orElseThrow();
        assertThat(curriculum.target()).isEqualTo(lessons);
        assertThat(curriculum.criteria(Locale.ENGLISH)).isEqualTo("Pass all " + lessons + " lessons.");
        assertThat(curriculum.criteria(Locale.forLanguageTag("es"))).isEqualTo("Aprueba las " + lessons + " lecciones.");
        assertThat(conversations.target()).isEqualTo(published);
        assertThat(conversations.criteria(Locale.ENGLISH)).isEqualTo("Finish all " + published + " role-plays.");
    }

    @Test
    @WithUserDetails("ivan")
    void levelBadgesCountFromTheLevelTheLearnerIsAtBeforeAnyLevelUp() {
        Actor ivan = currentUser.actor();
        forgetProgress(ivan.userId());
        var levelFive = gamification.badges(ivan).stream().filter(b -> b.badge().id().equals("level-5"))
                .findFirst().orElseThrow();
        assertThat(levelFive.value()).as("a new learner is at level 1").isEqualTo(1);

        UI.getCurrent().navigate("badges");
        Card card = $(Card.class).withClassName("badge-locked").all().stream()
                .filter(c -> c.getElement().getTextRecursively().contains("Reach level 5")).findFirst().orElseThrow();
        assertThat(card.getElement().getTextRecursively()).contains("1 of 5");
    }

    @Test
    @WithUserDetails("jade")
    void anonymousBoardsHideOtherNamesButNotYourOwn() {
        Actor jade = currentUser.actor();
        playToTheEnd(jade, "hotel-overbooked");
        UserAccount admin = identity.account("admin").orElseThrow();
        Actor adminActor = new Actor(admin.id(), admin.username(), admin.roles());
        try {
            gamification.setAnonymousBoards(adminActor, true);
            var board = gamification.leaderboard(jade, LeaderboardStore.Scope.ORGANISATION, LeaderboardStore.Period.ALL_TIME, Locale.ENGLISH);
            assertThat(board.anonymous()).isTrue();
            assertThat(board.top()).filteredOn(r -> !r.me()).allSatisfy(r -> assertThat(r.name()).isEqualTo("Agent #" + r.rank()));
            assertThat(java.util.stream.Stream.concat(board.top().stream(), board.around().stream()))
                    .filteredOn(GamificationFacade.Row::me).allSatisfy(r -> assertThat(r.name()).doesNotStartWith("Agent #"));
        } finally {
            gamification.setAnonymousBoards(adminActor, false);
        }
        assertThatThrownBy(() -> gamification.setAnonymousBoards(jade, true))
                .isInstanceOf(com.empathycoach.core.shared.NotAllowedException.class);
    }

    /** The test database outlives a run; start this agent from nothing so the first badge is new again. */
    private void forgetProgress(long userId) {
        for (String table : new String[] {"xp_ledger", "xp_daily", "xp_total", "user_badge", "achievement_fact",
                "achievement_counter", "streak", "roleplay_attempt"}) {
            jdbc.update("delete from " + table + " where user_id = ?", userId);
        }
    }

    private void playToTheEnd(Actor actor, String scenarioId) {
        RolePlay play = rolePlays.replay(actor, scenarioId, Locale.ENGLISH);
        for (int guard = 0; guard < 20 && !play.completed(); guard++) {
            Scenario.Node node = play.current().orElseThrow();
            if (node.freeText().isPresent()) {
                play = rolePlays.reply(actor, play.attemptId(), play.turnNo(),
                        "I'm sorry about the surprise. I'll check your plan now and email you the options today.", Locale.ENGLISH);
            } else {
                Scenario.Choice best = node.choices().stream().max(Comparator.comparingInt(Scenario.Choice::total)).orElseThrow();
                play = rolePlays.choose(actor, play.attemptId(), play.turnNo(), best.id(), Locale.ENGLISH);
            }
        }
        assertThat(play.completed()).isTrue();
    }
}
