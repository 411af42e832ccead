package com.empathycoach.core.lesson;

import com.empathycoach.core.identity.Role;
import com.empathycoach.core.lesson.LessonEvents.LessonCompleted;
import com.empathycoach.core.lesson.LessonEvents.LessonStarted;
import com.empathycoach.core.lesson.LessonEvents.QuestionAnswered;
import com.empathycoach.core.lesson.LessonEvents.StepCompleted;
import com.empathycoach.core.lesson.LessonViews.LessonState;
import com.empathycoach.core.lesson.LessonViews.LessonStatus;
import com.empathycoach.core.lesson.LessonViews.MissedQuestion;
import com.empathycoach.core.lesson.LessonViews.ModuleOverview;
import com.empathycoach.core.lesson.LessonViews.ModuleProgress;
import com.empathycoach.core.lesson.LessonViews.Review;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.shared.NotAllowedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The lesson player: catalogue, start or resume, answer, move on, complete, retry and review. */
@Service
@Transactional
public class LessonFacade {

    private static final SecureRandom seeds = new SecureRandom();

    private final ContentCatalog catalog;
    private final AttemptStore attempts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final LocalizedLessons localized;

    public LessonFacade(ContentCatalog catalog, TranslatedContent translations, AttemptStore attempts,
                        ApplicationEventPublisher events, Clock clock) {
        this.catalog = catalog;
        this.attempts = attempts;
        this.events = events;
        this.clock = clock;
        this.localized = new LocalizedLessons(translations);
    }

    /** Every published module with the reader's progress, in the reader's language. */
    @Transactional(readOnly = true)
    public List<ModuleProgress> catalogue(Actor actor, Locale locale) {
        return catalogue(actor).stream().map(m -> localized.progress(m, locale)).toList();
    }

    @Transactional(readOnly = true)
    public ModuleOverview module(Actor actor, String moduleId, Locale locale) {
        return localized.overview(module(actor, moduleId), locale);
    }

    /** Resumes the open attempt, shows the last completed one, or starts the first. */
    public LessonPlay open(Actor actor, String moduleId, String lessonId, Locale locale) {
        return localized.play(open(actor, moduleId, lessonId), locale);
    }

    /** Starts a new attempt with freshly shuffled options, unless one is still open. */
    public LessonPlay retry(Actor actor, String moduleId, String lessonId, Locale locale) {
        return localized.play(retry(actor, moduleId, lessonId), locale);
    }

    public LessonPlay answer(Actor actor, long attemptId, String questionId, List<String> answer, Locale locale) {
        return answer(actor, attemptId, questionId, answer, null, locale);
    }

    /** Answers with how long the question was on screen, which the daily drill's scheduler uses to rate the recall. */
    public LessonPlay answer(Actor actor, long attemptId, String questionId, List<String> answer, Duration responseTime,
                             Locale locale) {
        return localized.play(answer(actor, attemptId, questionId, answer, responseTime), locale);
    }

    /** Moves on from {@code fromStep}; moving on from the last step completes the lesson. */
    public LessonPlay next(Actor actor, long attemptId, int fromStep, Locale locale) {
        return localized.play(next(actor, attemptId, fromStep), locale);
    }

    @Transactional(readOnly = true)
    public Review review(Actor actor, long attemptId, Locale locale) {
        return localized.review(review(actor, attemptId), locale);
    }

    private List<ModuleProgress> catalogue(Actor actor) {
        Map<String, List<LessonResult>> results = attempts.results(actor.userId()).stream()
                .collect(Collectors.groupingBy(LessonResult::moduleId));
        return catalog.current().stream().map(PublishedModule::content).map(module -> {
            Map<String, LessonResult> byLesson = byLesson(results.getOrDefault(module.id(), List.of()));
            int passed = 0;
            int attempted = 0;
            int open = 0;
            LessonContent next = null;
            for (LessonContent lesson : module.lessons()) {
                LessonResult result = byLesson.get(lesson.id());
                Progress.LessonStatus status = Progress.lesson(result);
                if (status == Progress.LessonStatus.PASSED) {
                    passed++;
                    continue;
                }
                next = next == null ? lesson : next;
                if (result != null && result.openAttemptStep() != null) {
                    open++;
                } else if (status == Progress.LessonStatus.ATTEMPTED) {
                    attempted++;
                }
            }
            return new ModuleProgress(module.id(), module.title(), module.summary(), module.key(),
                    module.lessons().size(), passed, attempted, open, next == null ? null : next.id(),
                    next == null ? null : next.title());
        }).toList();
    }

    private ModuleOverview module(Actor actor, String moduleId) {
        ModuleContent module = catalog.current(moduleId).orElseThrow(() -> new UnknownContentException("module"))
                .content();
        Map<String, LessonResult> byLesson = byLesson(attempts.results(actor.userId()).stream()
                .filter(r -> r.moduleId().equals(moduleId)).toList());
        List<LessonStatus> lessons = module.lessons().stream().map(lesson -> {
            LessonResult r = byLesson.get(lesson.id());
            if (r == null) {
                return new LessonStatus(lesson.id(), lesson.title(), lesson.objective(), lesson.stepCount(),
                        LessonState.NOT_STARTED, null, 0, null);
            }
            LessonState state = switch (Progress.lesson(r)) {
                case PASSED -> LessonState.PASSED;
                case ATTEMPTED -> r.openAttemptStep() != null ? LessonState.IN_PROGRESS : LessonState.ATTEMPTED;
                case NOT_STARTED -> r.openAttemptStep() != null ? LessonState.IN_PROGRESS : LessonState.NOT_STARTED;
            };
            return new LessonStatus(lesson.id(), lesson.title(), lesson.objective(), lesson.stepCount(), state,
                    r.bestScore(), r.completedAttempts(), r.lastActivity());
        }).toList();
        int passMark = module.lessons().isEmpty() ? LessonContent.DEFAULT_PASS_MARK : module.lessons().getFirst().passMark();
        return new ModuleOverview(module.id(), module.title(), module.summary(), module.key(), passMark, lessons);
    }

    private LessonPlay open(Actor actor, String moduleId, String lessonId) {
        requireLearner(actor);
        return attempts.latest(actor.userId(), moduleId, lessonId)
                .map(this::play)
                .orElseGet(() -> start(actor, moduleId, lessonId, 1));
    }

    private LessonPlay retry(Actor actor, String moduleId, String lessonId) {
        requireLearner(actor);
        var latest = attempts.latest(actor.userId(), moduleId, lessonId);
        if (latest.isPresent() && !latest.get().completed()) {
            return play(latest.get());
        }
        return start(actor, moduleId, lessonId, attempts.lastAttemptNo(actor.userId(), moduleId, lessonId) + 1);
    }

    private LessonPlay answer(Actor actor, long attemptId, String questionId, List<String> answer, Duration responseTime) {
        Attempt attempt = own(actor, attemptId);
        if (attempt.completed()) {
            return play(attempt);
        }
        LessonContent lesson = lessonOf(attempt);
        Question question = lesson.question(questionId).orElseThrow(() -> new UnknownContentException("question"));
        if (!question.isWellFormed(answer)) {
            throw new InvalidInputException("answer", "lessons.answer.incomplete");
        }
        Instant now = clock.instant();
        RecordedAnswer recorded = new RecordedAnswer(questionId, answer, question.isCorrect(answer));
        if (attempts.saveAnswer(attemptId, recorded, now)) {
            attempts.countPicks(attempt.moduleId(), attempt.revision(), attempt.lessonId(), questionId,
                    question.type() == QuestionType.ORDERING ? List.of(answer.getLast()) : answer);
            events.publishEvent(new QuestionAnswered(actor.userId(), attempt.moduleId(), attempt.lessonId(),
                    questionId, question.key(), question.type(), recorded.correct(), responseTime, attempt.attemptNo(), now));
        }
        return play(attempts.attempt(attemptId).orElseThrow());
    }

    private LessonPlay next(Actor actor, long attemptId, int fromStep) {
        Attempt attempt = own(actor, attemptId);
        if (attempt.completed() || fromStep != attempt.stepIndex()) {
            return play(attempt);
        }
        LessonContent lesson = lessonOf(attempt);
        List<LessonStep> steps = LessonSteps.build(lesson, attempt.shuffleSeed(), attempt.answers());
        if (!LessonSteps.mayLeave(steps.get(fromStep))) {
            throw new InvalidInputException("answer", "lessons.answer.first");
        }
        Instant now = clock.instant();
        if (fromStep < steps.size() - 1) {
            if (attempts.moveStep(attemptId, fromStep, fromStep + 1, now)) {
                events.publishEvent(new StepCompleted(actor.userId(), attempt.moduleId(), attempt.lessonId(),
                        attempt.attemptNo(), fromStep, now));
            }
        } else {
            int score = LessonSteps.score(lesson, attempt.answers());
            if (attempts.complete(attemptId, score, score >= lesson.passMark(), now)) {
                events.publishEvent(new StepCompleted(actor.userId(), attempt.moduleId(), attempt.lessonId(),
                        attempt.attemptNo(), fromStep, now));
                events.publishEvent(new LessonCompleted(actor.userId(), attempt.moduleId(), attempt.lessonId(),
                        attempt.attemptNo(), attempt.revision(), score, score >= lesson.passMark(), now));
            }
        }
        return play(attempts.attempt(attemptId).orElseThrow());
    }

    private Review review(Actor actor, long attemptId) {
        Attempt attempt = own(actor, attemptId);
        LessonContent lesson = lessonOf(attempt);
        List<MissedQuestion> missed = missedIn(lesson, attempt);
        int score = attempt.score() == null ? LessonSteps.score(lesson, attempt.answers()) : attempt.score();
        return new Review(attempt.moduleId(), attempt.lessonId(), lesson.title(), score, lesson.passMark(), missed);
    }

    /** The questions answered wrongly in an attempt, in lesson order. */
    public static List<MissedQuestion> missedIn(LessonContent lesson, Attempt attempt) {
        return lesson.questions().stream()
                .filter(q -> attempt.answers().containsKey(q.id()) && !attempt.answers().get(q.id()).correct())
                .map(q -> new MissedQuestion(q, attempt.answers().get(q.id())))
                .toList();
    }

    private LessonPlay start(Actor actor, String moduleId, String lessonId, int attemptNo) {
        PublishedModule module = catalog.current(moduleId).orElseThrow(() -> new UnknownContentException("module"));
        module.content().lesson(lessonId).orElseThrow(() -> new UnknownContentException("lesson"));
        Instant now = clock.instant();
        Attempt attempt = attempts.create(actor.userId(), moduleId, lessonId, module.revision(), attemptNo,
                seeds.nextLong(), now);
        events.publishEvent(new LessonStarted(actor.userId(), moduleId, lessonId, attemptNo, now));
        return play(attempt);
    }

    private LessonPlay play(Attempt attempt) {
        PublishedModule module = catalog.revision(attempt.moduleId(), attempt.revision())
                .orElseThrow(() -> new UnknownContentException("module revision"));
        LessonContent lesson = module.content().lesson(attempt.lessonId())
                .orElseThrow(() -> new UnknownContentException("lesson"));
        return new LessonPlay(attempt.id(), module.content().id(), module.content().title(), module.content().key(),
                lesson.id(), lesson.title(), lesson.objective(), lesson.passMark(), attempt.attemptNo(),
                attempt.stepIndex(), LessonSteps.build(lesson, attempt.shuffleSeed(), attempt.answers()),
                attempt.completed(), attempt.score());
    }

    private LessonContent lessonOf(Attempt attempt) {
        return catalog.revision(attempt.moduleId(), attempt.revision())
                .flatMap(m -> m.content().lesson(attempt.lessonId()))
                .orElseThrow(() -> new UnknownContentException("lesson"));
    }

    private Attempt own(Actor actor, long attemptId) {
        Attempt attempt = attempts.attempt(attemptId).orElseThrow(() -> new UnknownContentException("attempt"));
        if (attempt.userId() != actor.userId()) {
            throw new NotAllowedException(actor.username() + " does not own attempt " + attemptId);
        }
        return attempt;
    }

    private static void requireLearner(Actor actor) {
        actor.requireAny(Role.AGENT, Role.COACH);
    }

    private static Map<String, LessonResult> byLesson(List<LessonResult> results) {
        return new HashMap<>(results.stream().collect(Collectors.toMap(LessonResult::lessonId, Function.identity())));
    }
}
