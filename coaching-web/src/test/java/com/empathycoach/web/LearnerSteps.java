package com.empathycoach.web;

import com.empathycoach.core.lesson.AnswerOption;
import com.empathycoach.core.lesson.LessonFacade;
import com.empathycoach.core.lesson.LessonPlay;
import com.empathycoach.core.lesson.LessonStep;
import com.empathycoach.core.lesson.Question;
import com.empathycoach.core.roleplay.RolePlayFacade;
import com.empathycoach.core.roleplay.RolePlayViews.RolePlay;
import com.empathycoach.core.roleplay.Scenario;
import com.empathycoach.core.identity.Actor;

import java.util.Locale;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Work done the way an agent does it, through the facades, for tests that need finished lessons or plays. */
public final class LearnerSteps {

    private LearnerSteps() {
    }

    /** Plays a new attempt of the lesson to its end answering every question right, so it is passed. */
    public static LessonPlay finishLesson(LessonFacade lessons, Actor learner, String moduleId, String lessonId) {
        return playLesson(lessons, learner, moduleId, lessonId, true);
    }

    /** Plays a new attempt of the lesson to its end answering every question wrongly: finished at 0%, not passed. */
    public static LessonPlay failLesson(LessonFacade lessons, Actor learner, String moduleId, String lessonId) {
        return playLesson(lessons, learner, moduleId, lessonId, false);
    }

    private static LessonPlay playLesson(LessonFacade lessons, Actor learner, String moduleId, String lessonId,
                                         boolean right) {
        LessonPlay play = lessons.retry(learner, moduleId, lessonId, Locale.ENGLISH);
        for (int guard = 0; guard < 60 && !play.completed(); guard++) {
            LessonStep step = play.steps().get(play.stepIndex());
            if (step instanceof LessonStep.QuestionStep q && q.answer().isEmpty()) {
                play = lessons.answer(learner, play.attemptId(), q.question().id(), answer(q.question(), right), Locale.ENGLISH);
            }
            play = lessons.next(learner, play.attemptId(), play.stepIndex(), Locale.ENGLISH);
        }
        assertThat(play.completed()).isTrue();
        assertThat(play.score()).isEqualTo(right ? 100 : 0);
        return play;
    }

    private static List<String> answer(Question question, boolean right) {
        List<String> expected = question.expected();
        if (right) {
            return expected;
        }
        return switch (question.type()) {
            case ORDERING -> expected.reversed();
            case MULTIPLE -> question.options().stream().map(AnswerOption::id).filter(id -> !expected.contains(id))
                    .findFirst().map(List::of).orElse(List.of());
            default -> List.of(question.options().stream().map(AnswerOption::id).filter(id -> !expected.contains(id))
                    .findFirst().orElseThrow());
        };
    }

    /** Plays the scenario to an ending, taking the strongest choice and a short written reply. */
    public static RolePlay finishScenario(RolePlayFacade rolePlays, Actor learner, String scenarioId) {
        RolePlay play = rolePlays.replay(learner, scenarioId, Locale.ENGLISH);
        for (int guard = 0; guard < 20 && !play.completed(); guard++) {
            Scenario.Node node = play.current().orElseThrow();
            play = node.freeText().isPresent()
                    ? rolePlays.reply(learner, play.attemptId(), play.turnNo(), "I'm sorry. I'll sort it out today.", Locale.ENGLISH)
                    : rolePlays.choose(learner, play.attemptId(), play.turnNo(),
                    node.choices().stream().max(Comparator.comparingInt(Scenario.Choice::total)).orElseThrow().id(), Locale.ENGLISH);
        }
        assertThat(play.completed()).isTrue();
        return play;
    }
}
