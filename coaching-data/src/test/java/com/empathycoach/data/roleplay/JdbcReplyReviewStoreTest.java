package com.empathycoach.data.roleplay;

import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.roleplay.CoachReview;
import com.empathycoach.core.roleplay.ReplyReviewStore;
import com.empathycoach.core.roleplay.ReplyReviewStore.Pending;
import com.empathycoach.core.roleplay.ReviewStatus;
import com.empathycoach.core.roleplay.RolePlayStore;
import com.empathycoach.core.roleplay.RolePlayTurn;
import com.empathycoach.core.roleplay.ScenarioStore;
import com.empathycoach.core.skill.EmpathyKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

@SpringBootTest
class JdbcReplyReviewStoreTest {

    private static final Map<EmpathyKey, Integer> SCORES = Map.of(EmpathyKey.DISCOVER, 70, EmpathyKey.KNOWLEDGE, 50,
            EmpathyKey.HELP, 90, EmpathyKey.CHANNEL, 30);

    @Autowired
    ReplyReviewStore reviews;

    @Autowired
    RolePlayStore plays;

    @Autowired
    ScenarioStore scenarios;

    @Autowired
    IdentityStore identity;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String scenario = "scenario-" + tag;
    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private long ana;
    private long ben;
    private long coach;

    @BeforeEach
    void setUp() {
        ana = user("ana", Role.AGENT);
        ben = user("ben", Role.AGENT);
        coach = user("coach", Role.COACH);
        scenarios.saveIfNew(scenario, 1, "sum-" + tag, "source");
    }

    @Test
    void repliesAwaitingReviewAreListedForTheCoachsAgentsOldestFirst() {
        long anas = play(ana, 1, List.of(ReviewStatus.AWAITING, ReviewStatus.NONE, ReviewStatus.AWAITING), now.plusSeconds(10));
        long bens = play(ben, 1, List.of(ReviewStatus.AWAITING), now);
        long other = user("other", Role.AGENT);
        play(other, 1, List.of(ReviewStatus.AWAITING), now);

        List<Pending> queue = reviews.pending(List.of(ana, ben), 0, 10);
        assertThat(queue).extracting(Pending::attemptId, Pending::turnNo)
                .containsExactly(tuple(bens, 0), tuple(anas, 0), tuple(anas, 2));
        assertThat(queue.getFirst()).isEqualTo(new Pending(bens, 0, ben, "Ben " + tag, scenario, 1, "node-0", "reply 0", now, SCORES, null));
        assertThat(reviews.pending(List.of(ana, ben), 0, 2)).hasSize(2);
    }

    @Test
    void aReplyIsReviewedOnceAndThenNoLongerPending() {
        long anas = play(ana, 1, List.of(ReviewStatus.AWAITING), now);
        assertThat(reviews.pendingTurn(anas, 0)).isPresent();

        assertThat(reviews.review(anas, 0, coach, SCORES, "Good question first.", now.plusSeconds(60))).isTrue();
        assertThat(reviews.review(anas, 0, coach, Map.of(), "again", now.plusSeconds(90))).isFalse();

        assertThat(reviews.pendingTurn(anas, 0)).isEmpty();
        assertThat(reviews.pending(List.of(ana), 0, 10)).isEmpty();
        assertThat(plays.turns(anas).getFirst().review()).isEqualTo(ReviewStatus.REVIEWED);
        assertThat(reviews.reviews(anas)).containsExactly(Map.entry(0,
                new CoachReview(anas, 0, "Coach " + tag, SCORES, "Good question first.", now.plusSeconds(60), null)));

        var examples = reviews.examples(coach);
        assertThat(examples).as("the coach's review as a labelled example").singleElement().satisfies(e -> {
            assertThat(e.reply()).isEqualTo(plays.turns(anas).getFirst().reply());
            assertThat(e.coachScores()).isEqualTo(SCORES);
            assertThat(e.coachFeedback()).isEqualTo("Good question first.");
            assertThat(e.reviewedAt()).isEqualTo(now.plusSeconds(60));
        });
        assertThat(reviews.examples(null)).as("everyone's").hasSizeGreaterThanOrEqualTo(1);
        assertThat(reviews.examples(-1L)).as("nobody's").isEmpty();
    }

    @Test
    void aReplyNotSentForReviewCannotBeReviewed() {
        long anas = play(ana, 1, List.of(ReviewStatus.NONE), now);
        assertThat(reviews.pendingTurn(anas, 0)).isEmpty();
        assertThat(reviews.review(anas, 0, coach, SCORES, "x", now)).isFalse();
        assertThat(reviews.reviews(anas)).isEmpty();
    }

    @Test
    void reviewsStayUnseenUntilTheAgentOpensThePlay() {
        long first = play(ana, 1, List.of(ReviewStatus.AWAITING, ReviewStatus.AWAITING), now);
        long second = play(ana, 2, List.of(ReviewStatus.AWAITING), now);
        reviews.review(first, 0, coach, SCORES, "one", now.plusSeconds(1));
        reviews.review(second, 0, coach, SCORES, "two", now.plusSeconds(3));
        reviews.review(first, 1, coach, SCORES, "three", now.plusSeconds(2));

        assertThat(reviews.unseen(ana)).extracting(CoachReview::feedback).containsExactly("two", "three", "one");
        assertThat(reviews.unseen(ben)).isEmpty();

        reviews.markSeen(first, now.plusSeconds(10));
        reviews.markSeen(first, now.plusSeconds(20));
        assertThat(reviews.unseen(ana)).extracting(CoachReview::feedback).containsExactly("two");
        assertThat(reviews.reviewsOf(ana, 2)).extracting(CoachReview::feedback, CoachReview::seenAt)
                .containsExactly(tuple("two", null), tuple("three", now.plusSeconds(10)));
    }

    @Test
    void aPlayKnowsItsScenario() {
        long anas = play(ana, 1, List.of(ReviewStatus.NONE), now);
        assertThat(reviews.scenarioOf(anas)).contains(scenario);
        assertThat(reviews.scenarioOf(Long.MAX_VALUE)).isEmpty();
    }

    private long user(String name, Role role) {
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return identity.createUser(new NewUser(name + tag, capitalised + " " + tag, name + tag + "@example.org",
                "long-enough-password", Set.of(role), "UTC"), "h");
    }

    /** A play with one written reply per status, turn n taken n minutes after {@code start}. */
    private long play(long userId, int attemptNo, List<ReviewStatus> replies, Instant start) {
        long id = plays.create(userId, scenario, 1, attemptNo, "node-0", 50, start).id();
        for (int n = 0; n < replies.size(); n++) {
            Instant at = start.plusSeconds(60L * n);
            plays.saveTurn(id, new RolePlayTurn(n, "node-" + n, null, "reply " + n, SCORES, 50, replies.get(n), at, null, null),
                    "node-" + (n + 1), at);
        }
        return id;
    }
}
