package com.empathycoach.core.interaction;

import com.empathycoach.core.interaction.CalibrationResults.KeyResult;
import com.empathycoach.core.interaction.CalibrationResults.Result;
import com.empathycoach.core.interaction.CalibrationStore.Rating;
import com.empathycoach.core.interaction.CalibrationStore.Session;
import com.empathycoach.core.skill.EmpathyKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CalibrationResultsTest {

    private static Session session(long id, int analyzer, int a, int b) {
        Instant at = Instant.parse("2026-11-01T10:00:00Z").plusSeconds(id * 86_400);
        return new Session(id, 100 + id, "Agent", 1, "Owner", at, null, Map.of(EmpathyKey.HELP, analyzer),
                List.of(new Rating(1, "Ana", at, Map.of(EmpathyKey.HELP, a)), new Rating(2, "Luis", at, Map.of(EmpathyKey.HELP, b)),
                        new Rating(3, "Not yet", null, Map.of())));
    }

    private static KeyResult help(Result result) {
        return result.keys().stream().filter(k -> k.key() == EmpathyKey.HELP).findFirst().orElseThrow();
    }

    @Test
    void coachesWhoAgreeScoreOneAndAnAnalyzerThatDoesNotPullsAlphaDown() {
        List<Session> sessions = List.of(session(1, 5, 2, 2), session(2, 1, 4, 4), session(3, 3, 3, 3));
        Result result = CalibrationResults.of(sessions.get(2), sessions);
        assertThat(help(result).alphaCoaches()).hasValue(1.0);
        assertThat(help(result).alphaWithAnalyzer().orElseThrow()).isLessThan(0.5);
        assertThat(help(result).units()).isEqualTo(3);
        assertThat(result.raters()).hasSize(3).filteredOn(CalibrationResults.RaterResult::analyzer).hasSize(1);
        assertThat(result.history()).as("only coaches who scored").hasSize(2);
        assertThat(result.history().getFirst().points()).hasSize(3).allSatisfy(p -> assertThat(p.distance()).isZero());
    }

    @Test
    void agreementCountsOnlySessionsUpToThisOneAndNeedsTwo() {
        List<Session> sessions = List.of(session(1, 5, 2, 3), session(2, 1, 4, 4));
        assertThat(help(CalibrationResults.of(sessions.get(0), sessions)).alphaCoaches()).as("one session").isEmpty();
        assertThat(help(CalibrationResults.of(sessions.get(1), sessions)).alphaCoaches()).isPresent();
        assertThat(CalibrationResults.consensus(sessions.get(0), EmpathyKey.HELP)).isEqualTo(2.5);
        assertThat(CalibrationResults.distance(sessions.get(0), Map.of(EmpathyKey.HELP, 5))).isEqualTo(2.5);
        assertThat(CalibrationResults.distance(sessions.get(0), Map.of(EmpathyKey.CHANNEL, 5))).isNull();
    }
}
