package com.empathycoach.web;

import com.empathycoach.core.lesson.LessonFacade;
import com.empathycoach.core.lesson.LessonPlay;
import com.empathycoach.core.lesson.LessonStep;
import com.empathycoach.core.roleplay.RolePlayFacade;
import com.empathycoach.core.roleplay.RolePlayViews.RolePlay;
import com.empathycoach.core.roleplay.Scenario;
import com.empathycoach.core.shared.Actor;

import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Work done the way an agent does it, through the facades, for tests that need finished lessons or plays. */
public final class LearnerSteps {

    private LearnerSteps() {
    }

    /** Plays a new attempt of the lesson to its end, answering with the first option (or the listed order). */
    public static LessonPlay finishLesson(LessonFacade lessons, Actor learner, String moduleId, String lessonId) {
        LessonPlay play = lessons.retry(learner, moduleId, lessonId);
        for (int guard = 0; guard < 60 && !play.completed(); guard++) {
            LessonStep step = play.steps().get(play.stepIndex());
            if (step instanceof LessonStep.QuestionStep q && q.answer().isEmpty()) {
                List<String> answer = switch (q.question().type()) {
                    case ORDERING -> q.question().options().stream().map(o -> o.id()).toList();
                    default -> List.of(q.question().options().getFirst().id());
                };
                play = lessons.answer(learner, play.attemptId(), q.question().id(), answer);
            }
            play = lessons.next(learner, play.attemptId(), play.stepIndex());
        }
        assertThat(play.completed()).isTrue();
        return play;
    }

    /** Plays the scenario to an ending, taking the strongest choice and a short written reply. */
    public static RolePlay finishScenario(RolePlayFacade rolePlays, Actor learner, String scenarioId) {
        RolePlay play = rolePlays.replay(learner, scenarioId);
        for (int guard = 0; guard < 20 && !play.completed(); guard++) {
            Scenario.Node node = play.current().orElseThrow();
            play = node.freeText().isPresent()
                    ? rolePlays.reply(learner, play.attemptId(), play.turnNo(), "I'm sorry. I'll sort it out today.")
                    : rolePlays.choose(learner, play.attemptId(), play.turnNo(),
                    node.choices().stream().max(Comparator.comparingInt(Scenario.Choice::total)).orElseThrow().id());
        }
        assertThat(play.completed()).isTrue();
        return play;
    }
}
