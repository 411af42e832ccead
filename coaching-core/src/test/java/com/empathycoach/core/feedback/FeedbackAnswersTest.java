package com.empathycoach.core.feedback;

import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.skill.EmpathyKey;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedbackAnswersTest {

    private static Map<EmpathyKey, Integer> ratings(int value) {
        Map<EmpathyKey, Integer> ratings = new EnumMap<>(EmpathyKey.class);
        for (EmpathyKey key : EmpathyKey.values()) {
            ratings.put(key, value);
        }
        return ratings;
    }

    private static Map<EmpathyKey, String> examples(String text) {
        Map<EmpathyKey, String> examples = new EnumMap<>(EmpathyKey.class);
        for (EmpathyKey key : EmpathyKey.values()) {
            examples.put(key, text);
        }
        return examples;
    }

    @Test
    void shouldAcceptAPeerAnswerWithEveryKeyRatedAndExemplified() {
        PeerAnswer answer = new PeerAnswer(ratings(4), examples("  Asked what the caller had already tried.  "));
        assertThat(answer.ratings()).hasSize(4);
        assertThat(answer.examples().get(EmpathyKey.HELP)).isEqualTo("Asked what the caller had already tried.");
    }

    @Test
    void shouldRefuseAPeerAnswerWithAMissingOrBlankExample() {
        Map<EmpathyKey, String> blank = examples("Seen on a call");
        blank.put(EmpathyKey.CHANNEL, "   ");
        assertThatThrownBy(() -> new PeerAnswer(ratings(3), blank)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo("example.CHANNEL"));
    }

    @Test
    void shouldRefuseAPeerRatingOutsideOneToFive() {
        Map<EmpathyKey, Integer> bad = ratings(3);
        bad.put(EmpathyKey.KNOWLEDGE, 6);
        assertThatThrownBy(() -> new PeerAnswer(bad, examples("x"))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.messageKey()).isEqualTo("feedback.rating.range"));
        Map<EmpathyKey, Integer> missing = ratings(3);
        missing.remove(EmpathyKey.DISCOVER);
        assertThatThrownBy(() -> new PeerAnswer(missing, examples("x"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void shouldRefuseAnOversizedPeerExample() {
        assertThatThrownBy(() -> new PeerAnswer(ratings(3), examples("e".repeat(PeerAnswer.MAX_EXAMPLE + 1))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("feedback.peer.exampleTooLong"));
    }

    @Test
    void shouldKeepACustomerCommentOfExactlyTheLimitAndRefuseOneCharacterMore() {
        assertThat(new CustomerAnswer(5, 5, 5, 5, "c".repeat(1000)).comment()).hasSize(1000);
        assertThatThrownBy(() -> new CustomerAnswer(5, 5, 5, 5, "c".repeat(1001)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("feedback.customer.commentTooLong"));
    }

    @Test
    void shouldTreatABlankCustomerCommentAsNone() {
        assertThat(new CustomerAnswer(3, 3, 3, 3, "   ").comment()).isNull();
    }

    @Test
    void shouldRefuseACustomerRatingOutsideOneToFive() {
        assertThatThrownBy(() -> new CustomerAnswer(0, 3, 3, 3, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new CustomerAnswer(3, 3, 3, 9, null)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void shouldMapCustomerStatementsOntoTheKeysTheyDescribe() {
        Map<EmpathyKey, Integer> scores = new CustomerAnswer(4, 5, 2, 3, null).keyScores();
        assertThat(scores).containsOnlyKeys(EmpathyKey.DISCOVER, EmpathyKey.HELP);
        assertThat(scores.get(EmpathyKey.DISCOVER)).isEqualTo(25);
        assertThat(scores.get(EmpathyKey.HELP)).isEqualTo((100 + 50) / 2);
    }

    @Test
    void shouldMapTheOneToFiveScaleOntoZeroToHundredAndBack() {
        assertThat(Ratings.toPercent(1)).isZero();
        assertThat(Ratings.toPercent(3)).isEqualTo(50);
        assertThat(Ratings.toPercent(5)).isEqualTo(100);
        assertThat(Ratings.toRating(Ratings.toPercent(4))).isEqualTo(4.0);
    }
}
