package com.empathycoach.core.lesson;

import com.empathycoach.core.identity.Role;
import com.empathycoach.core.lesson.LessonEvents.LessonCompleted;
import com.empathycoach.core.lesson.LessonEvents.QuestionAnswered;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.shared.NotAllowedException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LessonFacadeTest {

    private final Actor agent = new Actor(1, "amara", Set.of(Role.AGENT));
    private final Actor other = new Actor(2, "ben", Set.of(Role.AGENT));
    private final MemoryAttempts attempts = new MemoryAttempts();
    private final List<Object> events = new ArrayList<>();
    private final ContentCatalog catalog = new ContentCatalog() {
        final PublishedModule module = new PublishedModule(1, LessonFixtures.module());
        public List<PublishedModule> current() { return List.of(module); }
        public Optional<PublishedModule> current(String id) { return Optional.of(module).filter(m -> m.content().id().equals(id)); }
        public Optional<PublishedModule> revision(String id, int revision) { return current(id); }
    };
    private final LessonFacade facade = new LessonFacade(catalog, TranslatedContent.NONE, attempts, events::add,
            Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));

    @Test
    void openingTwiceResumesTheSameAttemptAtTheSavedStep() {
        LessonPlay first = facade.open(agent, "module", "lesson", Locale.ENGLISH);
        facade.next(agent, first.attemptId(), 0, Locale.ENGLISH);
        LessonPlay resumed = facade.open(agent, "module", "lesson", Locale.ENGLISH);
        assertThat(resumed.attemptId()).isEqualTo(first.attemptId());
        assertThat(resumed.stepIndex()).isEqualTo(1);
    }

    @Test
    void aQuestionCannotBeSkipped() {
        LessonPlay play = facade.open(agent, "module", "lesson", Locale.ENGLISH);
        facade.next(agent, play.attemptId(), 0, Locale.ENGLISH);
        assertThatThrownBy(() -> facade.next(agent, play.attemptId(), 1, Locale.ENGLISH))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("lessons.answer.first"));
    }

    @Test
    void answeringTwiceKeepsTheFirstAnswerAndAnnouncesItOnce() {
        LessonPlay play = facade.open(agent, "module", "lesson", Locale.ENGLISH);
        facade.answer(agent, play.attemptId(), "q1", List.of("b"), java.time.Duration.ofSeconds(9), Locale.ENGLISH);
        facade.answer(agent, play.attemptId(), "q1", List.of("a"), Locale.ENGLISH);
        assertThat(attempts.attempts.get(play.attemptId()).answers().get("q1").answer()).containsExactly("b");
        assertThat(events).filteredOn(e -> e instanceof QuestionAnswered).hasSize(1)
                .allSatisfy(e -> assertThat(((QuestionAnswered) e).responseTime()).as("the time on screen goes with it")
                        .isEqualTo(java.time.Duration.ofSeconds(9)));
        assertThat(attempts.picks).containsEntry("q1/b", 1L);
    }

    @Test
    void completingScoresAndAnnouncesCompletionExactlyOnce() {
        LessonPlay play = completeWith(List.of("a"));
        assertThat(play.completed()).isTrue();
        assertThat(play.score()).isEqualTo(100);
        facade.next(agent, play.attemptId(), play.steps().size() - 1, Locale.ENGLISH);
        assertThat(events).filteredOn(e -> e instanceof LessonCompleted).singleElement()
                .satisfies(e -> assertThat(((LessonCompleted) e).passed()).isTrue());
        assertThat(facade.open(agent, "module", "lesson", Locale.ENGLISH).score()).isEqualTo(100);
    }

    @Test
    void reviewListsTheMissedQuestions() {
        LessonPlay play = completeWith(List.of("b"));
        var review = facade.review(agent, play.attemptId(), Locale.ENGLISH);
        assertThat(review.passed()).isFalse();
        assertThat(review.missed()).extracting(m -> m.question().id()).contains("q1", "q4", "q5");
    }

    @Test
    void retryStartsANewAttemptOnlyAfterCompletion() {
        LessonPlay first = facade.open(agent, "module", "lesson", Locale.ENGLISH);
        assertThat(facade.retry(agent, "module", "lesson", Locale.ENGLISH).attemptId()).isEqualTo(first.attemptId());
        LessonPlay done = completeWith(List.of("a"));
        LessonPlay second = facade.retry(agent, "module", "lesson", Locale.ENGLISH);
        assertThat(second.attemptId()).isNotEqualTo(done.attemptId());
        assertThat(second.attemptNo()).isEqualTo(2);
        assertThat(second.stepIndex()).isZero();
    }

    @Test
    void nobodyElseCanAnswerOrReadMyAttempt() {
        LessonPlay play = facade.open(agent, "module", "lesson", Locale.ENGLISH);
        assertThatThrownBy(() -> facade.answer(other, play.attemptId(), "q1", List.of("a"), Locale.ENGLISH))
                .isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> facade.review(other, play.attemptId(), Locale.ENGLISH)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void unknownModuleIsReportedAsSuch() {
        assertThatThrownBy(() -> facade.open(agent, "nope", "lesson", Locale.ENGLISH)).isInstanceOf(UnknownContentException.class);
    }

    /** Answers every question (single choices with {@code singleAnswer}; others correctly) and finishes. */
    private LessonPlay completeWith(List<String> singleAnswer) {
        LessonPlay play = facade.open(agent, "module", "lesson", Locale.ENGLISH);
        for (int step = play.stepIndex(); step < play.steps().size(); step++) {
            if (play.steps().get(step) instanceof LessonStep.QuestionStep q) {
                List<String> answer = switch (q.question().type()) {
                    case SINGLE, BEST_REPLY -> q.question().id().equals("q1") || singleAnswer.equals(List.of("b"))
                            ? singleAnswer : List.of("a");
                    default -> q.question().expected();
                };
                facade.answer(agent, play.attemptId(), q.question().id(), answer, Locale.ENGLISH);
            }
            play = facade.next(agent, play.attemptId(), step, Locale.ENGLISH);
        }
        return play;
    }

    /** Keeps attempts in maps, with the same exactly-once rules as the database. */
    private static final class MemoryAttempts implements AttemptStore {
        final Map<Long, Attempt> attempts = new HashMap<>();
        final Map<String, Long> picks = new HashMap<>();

        public Optional<Attempt> attempt(long id) { return Optional.ofNullable(attempts.get(id)); }

        public Optional<Attempt> latest(long userId, String moduleId, String lessonId) {
            return attempts.values().stream().filter(a -> a.userId() == userId && a.lessonId().equals(lessonId))
                    .max((a, b) -> Integer.compare(a.attemptNo(), b.attemptNo()));
        }

        public int lastAttemptNo(long userId, String moduleId, String lessonId) {
            return latest(userId, moduleId, lessonId).map(Attempt::attemptNo).orElse(0);
        }

        public Attempt create(long userId, String moduleId, String lessonId, int revision, int attemptNo, long seed, Instant now) {
            long id = attempts.size() + 1;
            Attempt a = new Attempt(id, userId, moduleId, lessonId, revision, attemptNo, AttemptStatus.IN_PROGRESS, 0,
                    seed, Map.of(), null, now, null);
            attempts.put(id, a);
            return a;
        }

        public boolean saveAnswer(long attemptId, RecordedAnswer answer, Instant now) {
            Attempt a = attempts.get(attemptId);
            if (a.answers().containsKey(answer.questionId())) {
                return false;
            }
            Map<String, RecordedAnswer> answers = new HashMap<>(a.answers());
            answers.put(answer.questionId(), answer);
            attempts.put(attemptId, with(a, a.status(), a.stepIndex(), answers, a.score()));
            return true;
        }

        public boolean moveStep(long attemptId, int fromStep, int toStep, Instant now) {
            Attempt a = attempts.get(attemptId);
            if (a.stepIndex() != fromStep) {
                return false;
            }
            attempts.put(attemptId, with(a, a.status(), toStep, a.answers(), a.score()));
            return true;
        }

        public boolean complete(long attemptId, int score, boolean passed, Instant now) {
            Attempt a = attempts.get(attemptId);
            if (a.completed()) {
                return false;
            }
            attempts.put(attemptId, with(a, AttemptStatus.COMPLETED, a.stepIndex(), a.answers(), score));
            return true;
        }

        public List<LessonResult> results(long userId) { return List.of(); }

        public Map<String, Map<String, Instant>> firstPasses(long userId) { return Map.of(); }

        public List<RecordedAnswer> answers(long attemptId) { return List.copyOf(attempts.get(attemptId).answers().values()); }

        public void countPicks(String moduleId, int revision, String lessonId, String questionId, List<String> optionIds) {
            optionIds.forEach(o -> picks.merge(questionId + "/" + o, 1L, Long::sum));
        }

        public List<OptionPicks> picks(String moduleId, Integer revision) { return List.of(); }
        @Override
        public List<AnswerTally> answerTallies(String moduleId, Integer revision) {
            Map<String, long[]> tallies = new java.util.TreeMap<>();
            attempts.values().stream().filter(a -> a.moduleId().equals(moduleId)).forEach(a -> a.answers().values()
                    .forEach(answer -> {
                        long[] t = tallies.computeIfAbsent(a.lessonId() + "/" + answer.questionId(), k -> new long[3]);
                        t[0]++;
                        t[1] += a.attemptNo() == 1 ? 1 : 0;
                        t[2] += a.attemptNo() == 1 && answer.correct() ? 1 : 0;
                    }));
            return tallies.entrySet().stream().map(e -> new AnswerTally(e.getKey().split("/")[0], e.getKey().split("/")[1],
                    e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
        }

        private static Attempt with(Attempt a, AttemptStatus status, int step, Map<String, RecordedAnswer> answers, Integer score) {
            return new Attempt(a.id(), a.userId(), a.moduleId(), a.lessonId(), a.revision(), a.attemptNo(), status, step,
                    a.shuffleSeed(), answers, score, a.startedAt(), status == AttemptStatus.COMPLETED ? Instant.EPOCH : null);
        }
    }
}
