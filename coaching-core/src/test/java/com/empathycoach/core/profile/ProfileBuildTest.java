package com.empathycoach.core.profile;

import com.empathycoach.core.profile.EmpathyProfile.Score;
import com.empathycoach.core.profile.ProfileStore.WeekTotal;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.core.skill.ScoreSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileBuildTest {

    private static final LocalDate WEEK_1 = LocalDate.of(2026, 11, 2);
    private static final LocalDate WEEK_2 = LocalDate.of(2026, 11, 9);

    @Test
    void shouldAverageEachKeyAndSourceOverAllWeeks() {
        EmpathyProfile profile = ProfileFacade.build(List.of(
                new WeekTotal(EmpathyKey.HELP, ScoreSource.QUIZ, WEEK_1, 200, 4),
                new WeekTotal(EmpathyKey.HELP, ScoreSource.QUIZ, WEEK_2, 300, 3),
                new WeekTotal(EmpathyKey.DISCOVER, ScoreSource.CUSTOMER, WEEK_2, 75, 1)), 0, 3);
        assertThat(profile.score(EmpathyKey.HELP, ScoreSource.QUIZ)).contains(new Score(71, 7));
        assertThat(profile.score(EmpathyKey.DISCOVER, ScoreSource.CUSTOMER)).contains(new Score(75, 1));
        assertThat(profile.score(EmpathyKey.CHANNEL, ScoreSource.QUIZ)).isEmpty();
        assertThat(profile.trend()).extracting(EmpathyProfile.TrendPoint::average).containsExactly(50, 100, 75);
    }

    @Test
    void shouldLeavePeersOutUntilEnoughHaveAnswered() {
        List<WeekTotal> weeks = List.of(new WeekTotal(EmpathyKey.HELP, ScoreSource.PEER, WEEK_1, 150, 2),
                new WeekTotal(EmpathyKey.HELP, ScoreSource.QUIZ, WEEK_1, 100, 1));
        EmpathyProfile hidden = ProfileFacade.build(weeks, 2, 3);
        assertThat(hidden.peersHidden()).isTrue();
        assertThat(hidden.score(EmpathyKey.HELP, ScoreSource.PEER)).isEmpty();
        assertThat(hidden.trend()).noneMatch(p -> p.source() == ScoreSource.PEER);
    }

    @Test
    void shouldDrawNoPeerTrendPointFromFewerAnswersThanTheThreshold() {
        EmpathyProfile profile = ProfileFacade.build(List.of(
                new WeekTotal(EmpathyKey.HELP, ScoreSource.PEER, WEEK_1, 225, 3),
                new WeekTotal(EmpathyKey.HELP, ScoreSource.PEER, WEEK_2, 25, 1)), 4, 3);
        assertThat(profile.peersHidden()).isFalse();
        assertThat(profile.score(EmpathyKey.HELP, ScoreSource.PEER)).contains(new Score(63, 4));
        assertThat(profile.trend()).singleElement().satisfies(p -> {
            assertThat(p.weekStart()).isEqualTo(WEEK_1);
            assertThat(p.average()).isEqualTo(75);
        });
    }
}
