package com.empathycoach.data.lesson;

import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.lesson.Attempt;
import com.empathycoach.core.lesson.AttemptStore;
import com.empathycoach.core.lesson.ContentStore;
import com.empathycoach.core.lesson.LessonResult;
import com.empathycoach.core.lesson.OptionPicks;
import com.empathycoach.core.lesson.RecordedAnswer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class JdbcAttemptStoreTest {

    @Autowired
    AttemptStore attempts;

    @Autowired
    ContentStore content;

    @Autowired
    IdentityStore identity;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String moduleId = "module-" + tag;
    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private long userId;

    @BeforeEach
    void setUp() {
        userId = identity.createUser(new NewUser("u" + tag, "User " + tag, tag + "@example.org",
                "long-enough-password", Set.of(Role.AGENT), "UTC"), "h");
        content.saveIfNew(moduleId, 1, "sum-1-" + tag, "source one");
    }

    @Test
    void contentRevisionsAreNumberedAndNotDuplicated() {
        assertThat(content.saveIfNew(moduleId, 1, "sum-1-" + tag, "source one").revision()).isEqualTo(1);
        assertThat(content.saveIfNew(moduleId, 1, "sum-2-" + tag, "source two").revision()).isEqualTo(2);
        assertThat(content.latestRevisions()).containsEntry(moduleId, 2);
        assertThat(content.revision(moduleId, 1).orElseThrow().source()).isEqualTo("source one");
    }

    @Test
    void creatingTheSameAttemptTwiceGivesOneRow() {
        Attempt first = attempts.create(userId, moduleId, "lesson", 1, 1, 99, now);
        Attempt again = attempts.create(userId, moduleId, "lesson", 1, 1, 12345, now);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(again.shuffleSeed()).isEqualTo(99);
        assertThat(attempts.lastAttemptNo(userId, moduleId, "lesson")).isEqualTo(1);
    }

    @Test
    void answersAreSavedOnceAndStepsMoveOnlyFromWhereTheyStand() {
        Attempt attempt = attempts.create(userId, moduleId, "lesson", 1, 1, 1, now);
        assertThat(attempts.saveAnswer(attempt.id(), new RecordedAnswer("q1", List.of("a", "c"), true), now)).isTrue();
        assertThat(attempts.saveAnswer(attempt.id(), new RecordedAnswer("q1", List.of("b"), false), now)).isFalse();
        assertThat(attempts.moveStep(attempt.id(), 0, 1, now)).isTrue();
        assertThat(attempts.moveStep(attempt.id(), 0, 1, now)).isFalse();

        Attempt reloaded = attempts.attempt(attempt.id()).orElseThrow();
        assertThat(reloaded.stepIndex()).isEqualTo(1);
        assertThat(reloaded.answers().get("q1").answer()).containsExactly("a", "c");
        assertThat(reloaded.answers().get("q1").correct()).isTrue();
    }

    @Test
    void completionHappensOnceAndShowsInResults() {
        Attempt attempt = attempts.create(userId, moduleId, "lesson", 1, 1, 1, now);
        assertThat(attempts.complete(attempt.id(), 83, true, now)).isTrue();
        assertThat(attempts.complete(attempt.id(), 10, false, now)).isFalse();
        attempts.create(userId, moduleId, "lesson", 1, 2, 2, now);

        LessonResult result = attempts.results(userId).stream()
                .filter(r -> r.moduleId().equals(moduleId)).findFirst().orElseThrow();
        assertThat(result.bestScore()).isEqualTo(83);
        assertThat(result.passed()).isTrue();
        assertThat(result.completedAttempts()).isEqualTo(1);
        assertThat(result.openAttemptStep()).isZero();
        assertThat(attempts.latest(userId, moduleId, "lesson").orElseThrow().attemptNo()).isEqualTo(2);
    }

    @Test
    void optionPicksAreCountedPerRevision() {
        attempts.countPicks(moduleId, 1, "lesson", "q1", List.of("a"));
        attempts.countPicks(moduleId, 1, "lesson", "q1", List.of("a", "b"));
        attempts.countPicks(moduleId, 2, "lesson", "q1", List.of("b"));
        assertThat(attempts.picks(moduleId, null)).containsExactlyInAnyOrder(
                new OptionPicks("lesson", "q1", "a", 2), new OptionPicks("lesson", "q1", "b", 2));
        assertThat(attempts.picks(moduleId, 1)).containsExactlyInAnyOrder(
                new OptionPicks("lesson", "q1", "a", 2), new OptionPicks("lesson", "q1", "b", 1));
        assertThat(attempts.picks(moduleId, 2)).containsExactly(new OptionPicks("lesson", "q1", "b", 1));
    }

    @Test
    void answerTalliesCountEveryAnswerAndTheFirstAttemptsApart() {
        Attempt first = attempts.create(userId, moduleId, "lesson", 1, 1, 1, now);
        attempts.saveAnswer(first.id(), new RecordedAnswer("q1", List.of("b"), false), now);
        attempts.saveAnswer(first.id(), new RecordedAnswer("q2", List.of("a"), true), now);
        Attempt second = attempts.create(userId, moduleId, "lesson", 1, 2, 2, now);
        attempts.saveAnswer(second.id(), new RecordedAnswer("q1", List.of("a"), true), now);
        content.saveIfNew(moduleId, 1, "sum-2-" + tag, "source two");
        Attempt onRevisionTwo = attempts.create(userId, moduleId, "lesson", 2, 3, 3, now);
        attempts.saveAnswer(onRevisionTwo.id(), new RecordedAnswer("q1", List.of("a"), true), now);

        assertThat(attempts.answerTallies(moduleId, 1)).containsExactlyInAnyOrder(
                new AttemptStore.AnswerTally("lesson", "q1", 2, 1, 0),
                new AttemptStore.AnswerTally("lesson", "q2", 1, 1, 1));
        assertThat(attempts.answerTallies(moduleId, 2)).containsExactly(new AttemptStore.AnswerTally("lesson", "q1", 1, 0, 0));
        assertThat(attempts.answerTallies(moduleId, null)).contains(new AttemptStore.AnswerTally("lesson", "q1", 3, 1, 0));
        assertThat(attempts.answerTallies("no-such-module-" + tag, null)).isEmpty();
    }
}
