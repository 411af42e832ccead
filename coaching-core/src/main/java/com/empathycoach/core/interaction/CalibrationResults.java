package com.empathycoach.core.interaction;

import com.empathycoach.core.interaction.CalibrationStore.Rating;
import com.empathycoach.core.interaction.CalibrationStore.Session;
import com.empathycoach.core.skill.EmpathyKey;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The result of a calibration session: per key the consensus (median of the coaches' scores) and the agreement
 * over every session so far (Krippendorff's alpha, interval, coaches alone and with the analyzer as one more
 * rater), each rater's distance from the consensus, and each coach's distance session after session.
 */
public final class CalibrationResults {

    private CalibrationResults() {
    }

    /** One key: the consensus of this session, and alpha over the sessions up to this one ({@code units} pairable). */
    public record KeyResult(EmpathyKey key, Double consensus, OptionalDouble alphaCoaches, OptionalDouble alphaWithAnalyzer,
                            int units) {
    }

    /** A rater (a coach, or the analyzer) in this session: their scores and mean distance from the consensus. */
    public record RaterResult(String name, boolean analyzer, Map<EmpathyKey, Integer> scores, Double distance) {
        public RaterResult {
            scores = Map.copyOf(scores);
        }
    }

    public record HistoryPoint(long sessionId, Instant at, double distance) {
    }

    /** A coach's distance from the consensus in each session they scored, oldest first. */
    public record CoachHistory(String name, List<HistoryPoint> points) {
        public CoachHistory {
            points = List.copyOf(points);
        }
    }

    public record Result(List<KeyResult> keys, List<RaterResult> raters, List<CoachHistory> history) {
        public Result {
            keys = List.copyOf(keys);
            raters = List.copyOf(raters);
            history = List.copyOf(history);
        }
    }

    /** The result of {@code session}, with {@code sessions} (every session, any order) as the history. */
    public static Result of(Session session, List<Session> sessions) {
        List<Session> upToThis = sessions.stream().filter(s -> s.id() <= session.id())
                .sorted(java.util.Comparator.comparingLong(Session::id)).toList();
        List<KeyResult> keys = new ArrayList<>();
        for (EmpathyKey key : EmpathyKey.values()) {
            keys.add(new KeyResult(key, consensus(session, key), alpha(upToThis, key, false), alpha(upToThis, key, true),
                    (int) upToThis.stream().filter(s -> values(s, key, false).size() >= 2).count()));
        }
        List<RaterResult> raters = new ArrayList<>();
        session.ratings().stream().filter(Rating::scored)
                .forEach(r -> raters.add(new RaterResult(r.coachName(), false, r.scores(), distance(session, r.scores()))));
        raters.add(new RaterResult("", true, session.analyzer(), distance(session, session.analyzer())));
        List<CoachHistory> history = session.ratings().stream().filter(Rating::scored)
                .map(r -> new CoachHistory(r.coachName(), history(upToThis, r.coachId()))).toList();
        return new Result(keys, raters, history);
    }

    /** The median of the coaches' scores on the key; null when no coach scored it. */
    public static Double consensus(Session session, EmpathyKey key) {
        List<Double> values = values(session, key, false).stream().sorted().toList();
        if (values.isEmpty()) {
            return null;
        }
        int mid = values.size() / 2;
        return values.size() % 2 == 1 ? values.get(mid) : (values.get(mid - 1) + values.get(mid)) / 2;
    }

    /** Mean absolute difference from the consensus over the keys both have; null when there is none. */
    public static Double distance(Session session, Map<EmpathyKey, Integer> scores) {
        double sum = 0;
        int n = 0;
        for (EmpathyKey key : EmpathyKey.values()) {
            Double consensus = consensus(session, key);
            Integer score = scores.get(key);
            if (consensus != null && score != null) {
                sum += Math.abs(score - consensus);
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }

    private static List<HistoryPoint> history(List<Session> sessions, long coachId) {
        List<HistoryPoint> points = new ArrayList<>();
        for (Session s : sessions) {
            s.ratingOf(coachId).filter(Rating::scored).ifPresent(r -> {
                Double d = distance(s, r.scores());
                if (d != null) {
                    points.add(new HistoryPoint(s.id(), s.createdAt(), d));
                }
            });
        }
        return points;
    }

    private static OptionalDouble alpha(List<Session> sessions, EmpathyKey key, boolean withAnalyzer) {
        return Krippendorff.alpha(sessions.stream().map(s -> values(s, key, withAnalyzer)).toList(), Krippendorff.INTERVAL);
    }

    private static List<Double> values(Session session, EmpathyKey key, boolean withAnalyzer) {
        List<Double> values = new ArrayList<>();
        session.ratings().stream().filter(Rating::scored).map(r -> r.scores().get(key))
                .filter(java.util.Objects::nonNull).forEach(v -> values.add(v.doubleValue()));
        if (withAnalyzer && session.analyzer().get(key) != null) {
            values.add(session.analyzer().get(key).doubleValue());
        }
        return values;
    }
}
