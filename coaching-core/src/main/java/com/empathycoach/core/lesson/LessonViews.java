package com.empathycoach.core.lesson;

import com.empathycoach.core.skill.EmpathyKey;

import java.time.Instant;
import java.util.List;

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

    public record QuestionInsight(String lessonId, String lessonTitle, Question question, List<OptionShare> options,
                                  long answers) {
    }

    public record OptionShare(AnswerOption option, long picks, int percent) {
    }
}
