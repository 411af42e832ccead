package com.empathycoach.core.lesson;

import com.empathycoach.core.skill.EmpathyKey;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Read models the lesson views show. */
public final class LessonViews {

    private LessonViews() {
    }

    /** {@link Progress.LessonStatus}, with an attempt still open shown as in progress unless already passed. */
    public enum LessonState { NOT_STARTED, IN_PROGRESS, ATTEMPTED, PASSED }

    /**
     * A module in the catalogue: its lessons passed, attempted (finished below the pass mark, not passed since)
     * and in progress, and the next lesson to take (the first not passed; null once the module is completed).
     */
    public record ModuleProgress(String moduleId, String title, String summary, EmpathyKey key,
                                 int lessonCount, int lessonsPassed, int lessonsAttempted, int lessonsInProgress,
                                 String nextLessonId, String nextLessonTitle) {
        public double fraction() {
            return lessonCount == 0 ? 0 : (double) lessonsPassed / lessonCount;
        }

        public boolean begun() {
            return lessonsPassed + lessonsAttempted + lessonsInProgress > 0;
        }
    }

    public record LessonStatus(String lessonId, String title, String objective, int stepCount, LessonState state,
                               Integer bestScore, int completedAttempts, Instant lastActivity) {
    }

    public record ModuleOverview(String moduleId, String title, String summary, EmpathyKey key, int passMark,
                                 List<LessonStatus> lessons) {
    }

    public record MissedQuestion(Question question, RecordedAnswer answer) {
    }

    public record Review(String moduleId, String lessonId, String title, int score, int passMark,
                         List<MissedQuestion> missed) {
        public boolean passed() {
            return score >= passMark;
        }
    }

    /**
     * How learners answer one question: every answer's picks per option, and the answers given in learners' first
     * attempt at the lesson ({@code firstTryPercent} right of {@code firstTries}, null before any). Flags are raised
     * only once {@link ItemFlag#MIN_ANSWERS} answers make a judgement fair.
     */
    public record QuestionInsight(String lessonId, String lessonTitle, Question question, List<OptionShare> options,
                                  long answers, long firstTries, Integer firstTryPercent, Set<ItemFlag> flags) {
        public QuestionInsight {
            options = List.copyOf(options);
            flags = flags.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(flags));
        }
    }

    /** What an author should look at in a question. */
    public enum ItemFlag {
        /** At least 90% right on the first try: it teaches little. */
        TOO_EASY,
        /** At most 30% right on the first try: unclear, or taught too thinly. */
        TOO_HARD,
        /** The most-picked wrong option draws more learners than the right one. */
        TEMPTING_WRONG_OPTION;

        /** Fewer answers than this say too little to flag a question. */
        public static final int MIN_ANSWERS = 5;
    }

    public record OptionShare(AnswerOption option, long picks, int percent) {
    }
}
