package com.empathycoach.web.lesson;

import com.empathycoach.web.shared.Routes;
import com.empathycoach.core.lesson.AnswerOption;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class LessonPlayerViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("dara")
    void agentCompletesALessonAndSeesTheScoreAgainAfterReopening() {
        openLesson("why-empathy-matters", "see-it-from-their-side");
        restartIfAlreadyCompleted();

        int guard = 0;
        while (!completed() && guard++ < 40) {
            if (!$(Button.class).withClassName("check-answer").all().isEmpty()) {
                answerWithTheFirstOptions();
                assertThat(texts()).anyMatch(t -> t.equals("Correct.") || t.startsWith("Not quite."));
            }
            test(nextButton()).click();
        }
        assertThat(completed()).as("lesson reached its end").isTrue();
        String score = texts().stream().filter(t -> t.startsWith("Your score:")).findFirst().orElseThrow();

        openLesson("why-empathy-matters", "see-it-from-their-side");
        assertThat(texts()).contains(score);
    }

    @Test
    @WithUserDetails("elif")
    void checkingWithoutAnAnswerAsksForOneAndChangesNothing() {
        openLesson("mind-the-knowledge-gap", "ask-before-you-explain");
        restartIfAlreadyCompleted();
        while ($(Button.class).withClassName("check-answer").all().isEmpty()) {
            test(nextButton()).click();
        }
        test($(Button.class).withClassName("check-answer").first()).click();
        assertThat(texts()).contains("Choose an answer first.");
        assertThat(nextButton().isEnabled()).isFalse();
    }

    @Test
    @WithUserDetails("fatima")
    void catalogueListsEveryModule() {
        UI.getCurrent().navigate("lessons");
        assertThat($(com.vaadin.flow.component.html.Span.class).all()).extracting(s -> s.getText())
                .anyMatch(t -> t.matches("\\d+ of 3 lessons passed"));
        assertThat($(com.vaadin.flow.component.card.Card.class).all()).hasSizeGreaterThanOrEqualTo(8);
    }

    @org.springframework.beans.factory.annotation.Autowired
    com.empathycoach.core.identity.IdentityFacade identity;

    @org.springframework.beans.factory.annotation.Autowired
    com.empathycoach.core.lesson.LessonFacade lessons;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @org.junit.jupiter.api.AfterEach
    void signOut() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }

    @Test
    void tryAgainOnTheModulePageStartsANewAttemptAtItsFirstStep() {
        String username = "retry" + java.util.UUID.randomUUID().toString().substring(0, 8);
        long id = identity.register(new com.empathycoach.core.identity.NewUser(username, "Rita Retry",
                username + "@test.empathycoach.test", "a-long-enough-passphrase-2026",
                java.util.Set.of(com.empathycoach.core.identity.Role.AGENT), "UTC"));
        var learner = new com.empathycoach.core.identity.Actor(id, username,
                java.util.Set.of(com.empathycoach.core.identity.Role.AGENT));
        var failed = com.empathycoach.web.LearnerSteps.failLesson(lessons, learner, "why-empathy-matters",
                "see-it-from-their-side");
        var details = users.loadUserByUsername(username);
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                        details, null, details.getAuthorities()));

        UI.getCurrent().navigate("lessons/why-empathy-matters");
        // The lesson cards' buttons sit in the cards' footer slot: found through the cards' elements.
        Button tryAgain = $(com.vaadin.flow.component.card.Card.class).withClassName("lesson-card").all().stream()
                .flatMap(card -> card.getElement().getChildren()).flatMap(e -> e.getComponent().stream())
                .filter(Button.class::isInstance).map(Button.class::cast)
                .filter(b -> "Try again".equals(b.getText())).findFirst().orElseThrow();
        test(tryAgain).click();
        assertThat(completed()).as("not the last attempt's result").isFalse();
        assertThat($(com.vaadin.flow.component.html.Span.class).withClassName("step-label").first().getText())
                .startsWith("Step 1 of");
        assertThat(lessons.open(learner, "why-empathy-matters", "see-it-from-their-side", java.util.Locale.ENGLISH)
                .attemptNo()).isEqualTo(failed.attemptNo() + 1);
    }

    private void openLesson(String moduleId, String lessonId) {
        UI.getCurrent().navigate(Routes.lesson(moduleId, lessonId));
        assertThat(UI.getCurrent().getCurrentView().getElement().getClassList()).contains("lesson-player");
    }

    private void restartIfAlreadyCompleted() {
        if (completed()) {
            test($(Button.class).withClassName("retry-lesson").first()).click();
        }
    }

    @SuppressWarnings("unchecked")
    private void answerWithTheFirstOptions() {
        var radios = $(RadioButtonGroup.class).all();
        var checks = $(CheckboxGroup.class).all();
        if (!radios.isEmpty()) {
            RadioButtonGroup<AnswerOption> group = radios.getFirst();
            group.setValue(group.getListDataView().getItems().findFirst().orElseThrow());
        } else if (!checks.isEmpty()) {
            CheckboxGroup<AnswerOption> group = checks.getFirst();
            group.select(group.getListDataView().getItems().findFirst().orElseThrow());
        }
        test($(Button.class).withClassName("check-answer").first()).click();
    }

    private Button nextButton() {
        return $(Button.class).withClassName("next-step").first();
    }

    private boolean completed() {
        return texts().stream().anyMatch(t -> t.startsWith("Your score:"));
    }

    private List<String> texts() {
        return $(Paragraph.class).all().stream().map(Paragraph::getText).toList();
    }
}
