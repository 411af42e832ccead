package com.empathycoach.core.lesson;

import com.empathycoach.core.skill.EmpathyKey;

import java.time.Instant;
import java.util.List;

/** Read models the lesson views show. */
public final class LessonViews {

    private LessonViews() {
    }

    public enum LessonState { NOT_STARTED, IN_PROGRESS, COMPLETED, PASSED }

    public record ModuleProgress(String moduleId, String title, String summary, EmpathyKey key,
                                 int lessonCount, int lessonsPassed, int lessonsInProgress) {
        public double fraction() {
            return lessonCount == 0 ? 0 : (double) lessonsPassed / lessonCount;
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
