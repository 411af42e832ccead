package com.empathycoach.web.interaction.ui;

import com.empathycoach.core.coaching.AssignedItem;
import com.empathycoach.core.coaching.CoachingFacade;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.TeamMember;
import com.empathycoach.core.identity.TeamSummary;
import com.empathycoach.core.interaction.InteractionViews.Interaction;
import com.empathycoach.core.interaction.Scorecard;
import com.empathycoach.core.lesson.LessonFacade;
import com.empathycoach.core.lesson.LessonViews.ModuleProgress;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.core.skill.EmpathyKey;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Practise this": one click assigns the agent the module that trains the weakest key of this interaction (the
 * coach's scorecard where there is one, else the analyzer's scores), due in a week.
 */
class PracticeLink extends Div {

    static final int DUE_IN_DAYS = 7;

    PracticeLink(CoachingFacade coaching, LessonFacade lessons, Actor coach, Interaction interaction,
                 Optional<Scorecard> card) {
        addClassName("practice-link");
        EmpathyKey weakest = weakest(card.filter(Scorecard::scored).map(Scorecard::scores)
                .filter(scores -> !scores.isEmpty()).orElse(interaction.keys()));
        Optional<ModuleProgress> module = lessons.catalogue(coach, getLocale()).stream()
                .filter(m -> m.key() == weakest).findFirst();
        Optional<TeamSummary> team = coaching.myTeams(coach).stream()
                .filter(t -> t.agents().stream().map(TeamMember::userId).anyMatch(id -> id == interaction.agentId()))
                .findFirst();
        if (module.isEmpty() || team.isEmpty()) {
            return;
        }
        Paragraph result = new Paragraph();
        result.addClassName("practice-result");
        Button assign = new Button(getTranslation("practice.assign", module.get().title(),
                getTranslation("key." + weakest.name())));
        assign.addClassName("assign-practice");
        assign.addClickListener(e -> {
            try {
                coaching.assign(coach, team.get().id(), AssignedItem.module(module.get().moduleId()),
                        Set.of(interaction.agentId()), coaching.today().plusDays(DUE_IN_DAYS), null);
                result.setText(getTranslation("practice.done", module.get().title(), interaction.agentName()));
                assign.setEnabled(false);
            } catch (InvalidInputException ex) {
                result.setText(getTranslation(ex.messageKey()));
            }
        });
        add(assign, result);
    }

    /** The lowest-scored key; ties go to the first key in the skill model's order. */
    static EmpathyKey weakest(Map<EmpathyKey, Integer> scores) {
        return scores.entrySet().stream().min(Comparator.comparingInt((Map.Entry<EmpathyKey, Integer> e) -> e.getValue())
                .thenComparing(Map.Entry::getKey)).map(Map.Entry::getKey).orElse(EmpathyKey.DISCOVER);
    }
}
