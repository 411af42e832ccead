package com.empathycoach.core.gamification;

import com.empathycoach.core.drill.DrillEvents.DrillCompleted;
import com.empathycoach.core.lesson.LessonEvents.LessonCompleted;
import com.empathycoach.core.roleplay.RolePlayEvents.RolePlayCompleted;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every XP rule in one place (documented for coaches in docs/XP-RULES.md).
 *
 * <pre>
 * rule                     pays                                          daily cap
 * LESSON_COMPLETED         40 for finishing a lesson                     400
 * QUIZ_SCORE               up to 60: 60 x score%                          600
 * ROLEPLAY_SCORE           up to 80: 80 x overall score%                  640
 * PEER_FEEDBACK_GIVEN      20 for each peer feedback written              100
 * CUSTOMER_FEEDBACK_GOOD   30 for customer feedback rated 4 or 5          150
 * DRILL_COMPLETED          20, 10, 5 for the day's 1st, 2nd, 3rd drill     35
 * </pre>
 *
 * Repeats of the same lesson or scenario pay less: the first attempt 100%, the second 50%, the third
 * 25%, later ones nothing. Once a rule's daily cap is reached (in the learner's time zone), further
 * awards under it that day are recorded with 0 XP.
 */
public final class XpRules {

    public record Rule(XpRule rule, int base, int dailyCap, String explanation) {
    }

    public static final Map<XpRule, Rule> RULES = Map.of(
            XpRule.LESSON_COMPLETED, new Rule(XpRule.LESSON_COMPLETED, 40, 400, "40 XP for finishing a lesson"),
            XpRule.QUIZ_SCORE, new Rule(XpRule.QUIZ_SCORE, 60, 600, "up to 60 XP: 60 times the lesson score"),
            XpRule.ROLEPLAY_SCORE, new Rule(XpRule.ROLEPLAY_SCORE, 80, 640, "up to 80 XP: 80 times the role-play score"),
            XpRule.PEER_FEEDBACK_GIVEN, new Rule(XpRule.PEER_FEEDBACK_GIVEN, 20, 100, "20 XP for each peer feedback you write"),
            XpRule.CUSTOMER_FEEDBACK_GOOD, new Rule(XpRule.CUSTOMER_FEEDBACK_GOOD, 30, 150,
                    "30 XP for each customer feedback rated 4 or 5"),
            XpRule.DRILL_COMPLETED, new Rule(XpRule.DRILL_COMPLETED, 20, 35,
                    "20 XP for the day's first drill, 10 for a second, 5 for a third, then nothing"));

    /** Percent paid for attempt 1, 2 and 3 at the same lesson or scenario; later attempts pay nothing. */
    static final int[] REPEAT_PERCENT = {100, 50, 25};

    private XpRules() {
    }

    public static int dailyCap(XpRule rule) {
        return RULES.get(rule).dailyCap();
    }

    /** What an award asking for {@code requested} XP is paid when {@code paidToday} of the day's cap is used. */
    public static int payable(int requested, int dailyCap, int paidToday) {
        return Math.max(0, Math.min(requested, dailyCap - paidToday));
    }

    public static int repeatPercent(int attemptNo) {
        return attemptNo >= 1 && attemptNo <= REPEAT_PERCENT.length ? REPEAT_PERCENT[attemptNo - 1] : 0;
    }

    /** The ledger source of one lesson attempt's awards. */
    public static String lessonSource(String moduleId, String lessonId, int attemptNo) {
        return "lesson:" + moduleId + "/" + lessonId + "#" + attemptNo;
    }

    public static List<Award> forLesson(LessonCompleted e) {
        String source = lessonSource(e.moduleId(), e.lessonId(), e.attemptNo());
        int percent = repeatPercent(e.attemptNo());
        List<Award> awards = new ArrayList<>();
        awards.add(new Award(e.userId(), XpRule.LESSON_COMPLETED, source, scaled(XpRule.LESSON_COMPLETED, 100, percent), e.at()));
        awards.add(new Award(e.userId(), XpRule.QUIZ_SCORE, source, scaled(XpRule.QUIZ_SCORE, e.score(), percent), e.at()));
        return awards;
    }

    public static Award forRolePlay(RolePlayCompleted e) {
        String source = "roleplay:" + e.scenarioId() + "#" + e.attemptNo();
        return new Award(e.userId(), XpRule.ROLEPLAY_SCORE, source,
                scaled(XpRule.ROLEPLAY_SCORE, e.overall(), repeatPercent(e.attemptNo())), e.at());
    }

    /** The day's first drill pays in full, the second half, the third a quarter, later ones nothing. */
    public static Award forDrill(DrillCompleted e) {
        return new Award(e.userId(), XpRule.DRILL_COMPLETED, "drill:" + e.day() + "#" + e.nthToday(), drillXp(e.nthToday()),
                e.at());
    }

    /** XP for the day's n-th drill: 20, 10, 5, then 0. */
    public static int drillXp(int nthToday) {
        return RULES.get(XpRule.DRILL_COMPLETED).base() * repeatPercent(nthToday) / 100;
    }

    public static Award forPeerFeedbackGiven(long userId, String requestId, Instant at) {
        return new Award(userId, XpRule.PEER_FEEDBACK_GIVEN, "peer:" + requestId,
                RULES.get(XpRule.PEER_FEEDBACK_GIVEN).base(), at);
    }

    public static Award forCustomerFeedback(long userId, String tokenId, int overallRating, Instant at) {
        int amount = overallRating >= 4 ? RULES.get(XpRule.CUSTOMER_FEEDBACK_GOOD).base() : 0;
        return new Award(userId, XpRule.CUSTOMER_FEEDBACK_GOOD, "customer:" + tokenId, amount, at);
    }

    private static int scaled(XpRule rule, int scorePercent, int repeatPercent) {
        return (int) Math.round(RULES.get(rule).base() * (scorePercent / 100.0) * (repeatPercent / 100.0));
    }
}
