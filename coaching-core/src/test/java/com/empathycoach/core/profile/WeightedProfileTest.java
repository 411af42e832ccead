package com.empathycoach.core.profile;

import com.empathycoach.core.profile.EmpathyProfile.Score;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.core.skill.ScoreSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WeightedProfileTest {

    @Test
    void theWeightedScoreCountsQaScorecardsThreeTimesAndPracticeOnce() {
        EmpathyProfile profile = new EmpathyProfile(Map.of(EmpathyKey.HELP, Map.of(ScoreSource.QUIZ, new Score(100, 10),
                ScoreSource.QA_SCORECARD, new Score(20, 2), ScoreSource.INTERACTION, new Score(50, 4))), List.of(), false);
        // (1 x 100 + 3 x 20 + 2 x 50) / 6 = 43.3
        assertThat(profile.weighted(EmpathyKey.HELP)).contains(43);
        assertThat(profile.weighted(EmpathyKey.DISCOVER)).isEmpty();
    }

    @Test
    void everySourceHasADocumentedWeight() {
        assertThat(EmpathyProfile.WEIGHTS).containsOnlyKeys(ScoreSource.values());
    }
}
