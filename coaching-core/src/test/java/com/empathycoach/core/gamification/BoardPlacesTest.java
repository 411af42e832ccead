package com.empathycoach.core.gamification;

import com.empathycoach.core.gamification.LeaderboardStore.Board;
import com.empathycoach.core.gamification.LeaderboardStore.Period;
import com.empathycoach.core.gamification.LeaderboardStore.Scope;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class BoardPlacesTest {

    private final LocalDate monday = LocalDate.parse("2026-11-30");

    @Test
    void someoneInATeamWithXpThisWeekStandsOnAllFourBoards() {
        assertThat(Board.placesOf(7L, true, 500, monday, 40)).extracting(p -> p.board().scope() + "/" + p.board().period()
                + "=" + p.xp()).containsExactlyInAnyOrder("ORGANISATION/ALL_TIME=500", "ORGANISATION/WEEK=40",
                "TEAM/ALL_TIME=500", "TEAM/WEEK=40");
    }

    @Test
    void aBoardWithoutXpOnItDoesNotListThePerson() {
        assertThat(Board.placesOf(7L, true, 500, monday, 0)).noneMatch(p -> p.board().period() == Period.WEEK);
    }

    @Test
    void withoutATeamOnlyTheOrganisationsBoards() {
        assertThat(Board.placesOf(null, true, 500, monday, 40)).allMatch(p -> p.board().scope() == Scope.ORGANISATION);
    }

    @Test
    void whoeverOptedOutStandsOnNoBoard() {
        assertThat(Board.placesOf(7L, false, 500, monday, 40)).isEmpty();
    }
}
