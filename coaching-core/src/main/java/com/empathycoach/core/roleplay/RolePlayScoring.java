package com.empathycoach.core.roleplay;

import com.empathycoach.core.analysis.Analysis;
import com.empathycoach.core.skill.EmpathyKey;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a play is scored. For each key, the points earned on the path taken are divided by the most that
 * path could have earned:
 * <ul>
 *   <li>a picked choice earns its 0..3 points per key; the best choice at that node sets the maximum;</li>
 *   <li>a written reply earns its analyzer score (0..100) scaled to 0..3 points per key, out of 3.</li>
 * </ul>
 * A key whose maximum on the path is zero was not practised and is left out. The overall score is the
 * rounded mean of the keys scored.
 */
public final class RolePlayScoring {

    /** The most points a written reply can earn per key, the same as the best choice. */
    static final int WRITTEN_MAX_POINTS = 3;

    private RolePlayScoring() {
    }

    public static Map<EmpathyKey, Integer> scores(Scenario scenario, List<RolePlayTurn> turns) {
        Map<EmpathyKey, Double> earned = new EnumMap<>(EmpathyKey.class);
        Map<EmpathyKey, Double> possible = new EnumMap<>(EmpathyKey.class);
        for (RolePlayTurn turn : turns) {
            Scenario.Node node = scenario.node(turn.nodeId()).orElseThrow();
            for (EmpathyKey key : EmpathyKey.values()) {
                double got;
                double max;
                if (turn.written()) {
                    got = turn.scores().getOrDefault(key, 0) * WRITTEN_MAX_POINTS / 100.0;
                    max = WRITTEN_MAX_POINTS;
                } else {
                    got = turn.scores().getOrDefault(key, 0);
                    max = node.choices().stream().mapToInt(c -> c.scores().getOrDefault(key, 0)).max().orElse(0);
                }
                earned.merge(key, got, Double::sum);
                possible.merge(key, max, Double::sum);
            }
        }
        Map<EmpathyKey, Integer> scores = new EnumMap<>(EmpathyKey.class);
        possible.forEach((key, max) -> {
            if (max > 0) {
                scores.put(key, (int) Math.round(Math.min(100, 100 * earned.get(key) / max)));
            }
        });
        return scores;
    }

    public static int overall(Map<EmpathyKey, Integer> scores) {
        return (int) Math.round(scores.values().stream().mapToInt(Integer::intValue).average().orElse(0));
    }

    /** How a written reply moves the customer's mood: warmer for a strong reply, cooler for a weak one. */
    public static int moodChange(Analysis analysis) {
        int overall = analysis.overall();
        if (overall >= 70) {
            return 15;
        }
        if (overall >= Analysis.STRONG_LINE) {
            return 5;
        }
        return overall >= 25 ? -5 : -15;
    }

    public static int clampMood(int mood) {
        return Math.clamp(mood, 0, 100);
    }

    /** A picked choice is a weak point when the node offered a choice with more points. */
    public static boolean weak(Scenario.Node node, Scenario.Choice picked) {
        int best = node.choices().stream().mapToInt(Scenario.Choice::total).max().orElse(0);
        return picked.total() < best;
    }

    /** A written reply below this overall score gets its suggestions in the debrief. */
    public static final int WEAK_REPLY_BELOW = 60;

    /** A written reply below this overall score is hostile (rude, dismissive, blaming): the customer is lost. */
    public static final int HOSTILE_REPLY_BELOW = 25;

    public static boolean weakReply(Analysis analysis) {
        return analysis.overall() < WEAK_REPLY_BELOW;
    }

    /** The analyzer's overall verdict on a written turn; for replies scored before verdicts were kept, the mean. */
    static int replyOverall(RolePlayTurn turn) {
        return turn.overall() != null ? turn.overall() : overall(turn.scores());
    }

    /**
     * The ending a play really reaches: the scenario's path may lead to its best ending, but a written reply the
     * analyzer judged weak caps the outcome at a cool resolution, and a hostile one loses the customer (the
     * scenario's own ending of that outcome, where it has one). Choices alone never change the path's ending.
     */
    public static Scenario.Ending endingAfter(Scenario scenario, Scenario.Ending reached, List<RolePlayTurn> turns) {
        int worstReply = turns.stream().filter(RolePlayTurn::written).mapToInt(RolePlayScoring::replyOverall).min()
                .orElse(100);
        Scenario.Outcome cap = worstReply < HOSTILE_REPLY_BELOW ? Scenario.Outcome.ESCALATED_OR_LOST
                : worstReply < WEAK_REPLY_BELOW ? Scenario.Outcome.RESOLVED_COOL : Scenario.Outcome.RESOLVED_HAPPY;
        if (reached.outcome().ordinal() >= cap.ordinal()) {
            return reached;
        }
        for (int o = cap.ordinal(); o < Scenario.Outcome.values().length; o++) {
            Scenario.Outcome outcome = Scenario.Outcome.values()[o];
            var ending = scenario.endings().stream().filter(e -> e.outcome() == outcome).findFirst();
            if (ending.isPresent()) {
                return ending.get();
            }
        }
        for (int o = cap.ordinal() - 1; o > reached.outcome().ordinal(); o--) {
            Scenario.Outcome outcome = Scenario.Outcome.values()[o];
            var ending = scenario.endings().stream().filter(e -> e.outcome() == outcome).findFirst();
            if (ending.isPresent()) {
                return ending.get();
            }
        }
        return reached;
    }
}
