package com.empathycoach.core.feedback;

import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.skill.EmpathyKey;

import java.util.EnumMap;
import java.util.Map;

/**
 * A customer's answer: overall satisfaction and three statements rated 1 to 5, and an optional comment.
 * The statements map onto the keys as the skill model defines them: understanding what the customer
 * needed is {@code DISCOVER}; feeling listened to and seeing that the agent wanted to help are both
 * {@code HELP}. Customers are not asked about the knowledge gap or the channel, so those stay empty.
 */
public record CustomerAnswer(int overall, int listened, int understood, int wantedToHelp, String comment) {

    public static final int MAX_COMMENT = 1000;

    public CustomerAnswer {
        rating("overall", overall);
        rating("listened", listened);
        rating("understood", understood);
        rating("wantedToHelp", wantedToHelp);
        comment = comment == null || comment.isBlank() ? null : comment.strip();
        if (comment != null && comment.length() > MAX_COMMENT) {
            throw new InvalidInputException("comment", "feedback.customer.commentTooLong");
        }
    }

    /** The answer on the 0 to 100 scale of each key it speaks to. */
    public Map<EmpathyKey, Integer> keyScores() {
        Map<EmpathyKey, Integer> scores = new EnumMap<>(EmpathyKey.class);
        scores.put(EmpathyKey.DISCOVER, Ratings.toPercent(understood));
        scores.put(EmpathyKey.HELP, (Ratings.toPercent(listened) + Ratings.toPercent(wantedToHelp)) / 2);
        return scores;
    }

    private static void rating(String field, int value) {
        if (value < Ratings.MIN || value > Ratings.MAX) {
            throw new InvalidInputException(field, "feedback.rating.range");
        }
    }
}
