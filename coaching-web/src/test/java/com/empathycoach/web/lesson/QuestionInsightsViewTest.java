package com.empathycoach.web.lesson;

import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.UserAccount;
import com.empathycoach.core.lesson.LessonFacade;
import com.empathycoach.core.lesson.LessonPlay;
import com.empathycoach.core.lesson.LessonStep;
import com.empathycoach.core.lesson.LessonViews.ModuleProgress;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.web.layout.AccessDeniedView;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

import java.util.Locale;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class QuestionInsightsViewTest extends SpringBrowserlessTest {

    @Autowired
    LessonFacade lessons;

    @Autowired
    IdentityFacade identity;

    @Test
    @WithUserDetails("samira")
    void coachSeesHowOftenEachOptionWasPicked() {
        UserAccount ivan = identity.account("ivan").orElseThrow();
        Actor agent = new Actor(ivan.id(), ivan.username(), ivan.roles());
        LessonPlay play = lessons.retry(agent, "show-you-want-to-help", "name-the-feeling-first", Locale.ENGLISH);
        // Any unanswered question of the open attempt; an earlier run may have answered some already.
        play.steps().stream()
                .filter(s -> s instanceof LessonStep.QuestionStep q && !q.answered())
                .map(s -> ((LessonStep.QuestionStep) s).question()).findFirst()
                .ifPresent(q -> lessons.answer(agent, play.attemptId(), q.id(), q.expected(), Locale.ENGLISH));

        UI.getCurrent().navigate("insights/questions");
        @SuppressWarnings("unchecked")
        ComboBox<ModuleProgress> module = $(ComboBox.class).single();
        module.setValue(module.getListDataView().getItems()
                .filter(m -> m.moduleId().equals("show-you-want-to-help")).findFirst().orElseThrow());

        List<Card> cards = $(Card.class).all();
        assertThat(cards).isNotEmpty();
        assertThat($(Span.class).all()).extracting(Span::getText)
                .anyMatch(t -> t.startsWith("Right: ") && t.contains("%"));
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).all())
                .extracting(com.vaadin.flow.component.html.Paragraph::getText)
                .anyMatch(t -> t.matches("First try: \\d+% right \\(\\d+ learners?\\)"))
                .anyMatch(t -> t.matches("\\d+ questions? answered, .*"));
    }

    @Test
    @WithUserDetails("amara")
    void agentsDoNotSeeInsights() {
        UI.getCurrent().navigate("insights/questions");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
