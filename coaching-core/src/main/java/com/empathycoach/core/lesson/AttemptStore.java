package com.empathycoach.core.lesson;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Port: lesson attempts, their answers, and counters of which options learners pick. */
public interface AttemptStore {

    Optional<Attempt> attempt(long attemptId);

    /** The newest attempt at a lesson, open or completed. */
    Optional<Attempt> latest(long userId, String moduleId, String lessonId);

    int lastAttemptNo(long userId, String moduleId, String lessonId);

    /** Creates an attempt; if the same number exists already (a double click), returns that one. */
    Attempt create(long userId, String moduleId, String lessonId, int revision, int attemptNo, long shuffleSeed, Instant now);

    /** Records an answer once; returns false if the question was already answered in this attempt. */
    boolean saveAnswer(long attemptId, RecordedAnswer answer, Instant now);

    /** Moves the attempt from one step to the next; a repeated call for the same step changes nothing. */
    boolean moveStep(long attemptId, int fromStep, int toStep, Instant now);

    /** Marks the attempt completed; returns true only for the call that completed it. */
    boolean complete(long attemptId, int score, boolean passed, Instant now);

    List<LessonResult> results(long userId);
    /** When each lesson was first passed, by module and lesson (the verdict stored when each attempt finished). */
    Map<String, Map<String, Instant>> firstPasses(long userId);

    List<RecordedAnswer> answers(long attemptId);

    /** Counts a first answer's options, kept per revision of the module. */
    void countPicks(String moduleId, int revision, String lessonId, String questionId, List<String> optionIds);

    /** How often each option was picked, on one revision of the module or, with {@code revision} null, on all. */
    List<OptionPicks> picks(String moduleId, Integer revision);

    /**
     * Per answered question of a module: all answers, the answers given in learners' first attempt at its lesson, and
     * how many of those were right; on one revision of the module or, with {@code revision} null, on all.
     */
    List<AnswerTally> answerTallies(String moduleId, Integer revision);

    record AnswerTally(String lessonId, String questionId, long answers, long firstTries, long firstTriesRight) {
    }
}
