package com.empathycoach.web.feedback;

import com.empathycoach.core.feedback.CustomerFeedbackFacade;
import com.empathycoach.core.feedback.NewLink;
import com.empathycoach.core.feedback.PeerFeedbackFacade;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.Actor;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class FeedbackViewsTest extends SpringBrowserlessTest {

    private static final String MARKUP = "<script>alert('x')</script><b>bold</b> & <img src=x onerror=alert(1)>";

    @Autowired
    CustomerFeedbackFacade customers;

    @Autowired
    PeerFeedbackFacade peers;

    @Autowired
    IdentityFacade identity;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private void signIn(Actor actor) {
        UserDetails details = users.loadUserByUsername(actor.username());
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }

    private static boolean onlyText(Element element) {
        return element.getChildren().allMatch(Element::isTextNode) && element.getProperty("innerHTML") == null;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCustomerFormRefusesBadInputKeepsWhatWasTypedAndShowsMarkupToTheAgentAsText() {
        Actor agent = FeedbackTeam.create(identity, 1).agent(0);
        NewLink link = customers.createLink(agent);
        UI.getCurrent().navigate("f/" + link.token());
        assertThat($(H1.class).first().getText()).isEqualTo("How did Agent0 do?");
        assertThat($(Paragraph.class).all()).noneMatch(p -> p.getText().contains("Tester"));

        Button send = $(Button.class).withClassName("send-feedback").first();
        test(send).click();
        Paragraph problem = $(Paragraph.class).withClassName("form-problem").first();
        assertThat(problem.getText()).isEqualTo("Please answer the four questions marked as required.");
        List<RadioButtonGroup<Integer>> scales = $(RadioButtonGroup.class).withClassName("rating-scale").all().stream()
                .map(s -> (RadioButtonGroup<Integer>) s).toList();
        assertThat(scales).hasSize(4).allMatch(RadioButtonGroup::isInvalid);

        scales.forEach(s -> s.setValue(4));
        TextArea comment = $(TextArea.class).withClassName("customer-comment").first();
        comment.setValue("x".repeat(1001));
        test(send).click();
        assertThat(comment.isInvalid()).isTrue();
        assertThat(problem.getText()).isEqualTo("Your comment is too long: at most 1,000 characters, please.");
        assertThat(jdbc.queryForObject("select count(*) from customer_feedback where link_id = ?", Integer.class, link.id()))
                .isZero();
        assertThat(scales).allMatch(s -> s.getValue() == 4);
        assertThat(comment.getValue()).hasSize(1001);

        comment.setValue(MARKUP);
        test(send).click();
        assertThat($(H1.class).first().getText()).isEqualTo("Thank you");

        signIn(agent);
        UI.getCurrent().navigate("feedback/customers");
        Span shown = $(Span.class).withClassName("customer-comment-text").first();
        assertThat(shown.getText()).isEqualTo(MARKUP);
        assertThat(onlyText(shown.getElement())).isTrue();
    }

    @Test
    void aUsedLinkOpensTheFriendlyUsedPage() {
        Actor agent = FeedbackTeam.create(identity, 1).agent(0);
        NewLink link = customers.createLink(agent);
        customers.submit(link.token(), new com.empathycoach.core.feedback.CustomerAnswer(4, 4, 4, 4, null));
        UI.getCurrent().navigate("f/" + link.token());
        assertThat($(H1.class).first().getText()).isEqualTo("This link has already been used");
        assertThat($(Button.class).withClassName("send-feedback").all()).isEmpty();
        UI.getCurrent().navigate("f/garbage");
        assertThat($(H1.class).first().getText()).isEqualTo("This link does not work");
    }

    @Test
    void peersExamplesReachTheAgentWithoutNamesAndAsPlainText() {
        FeedbackTeam team = FeedbackTeam.create(identity, 4);
        Actor agent = team.agent(0);
        peers.ask(agent, Set.of(team.agent(1).userId(), team.agent(2).userId(), team.agent(3).userId()));
        for (int i = 1; i <= 3; i++) {
            Actor peer = team.agent(i);
            peers.give(peer, peers.waitingForMe(peer).getFirst().id(), PeerFeedbackTest.answer(4, MARKUP + " #" + i));
        }
        signIn(agent);
        UI.getCurrent().navigate("feedback/peers");
        List<ListItem> examples = $(ListItem.class).all().stream()
                .filter(li -> li.getParent().map(p -> p.hasClassName("peer-examples")).orElse(false)).toList();
        assertThat(examples).hasSize(12);
        assertThat(examples).allMatch(li -> li.getText().startsWith(MARKUP) && onlyText(li.getElement()));
        String summaryText = $(com.vaadin.flow.component.html.Div.class).withClassName("peer-summary").first()
                .getElement().getTextRecursively();
        for (int i = 1; i <= 3; i++) {
            assertThat(summaryText).doesNotContain("Agent" + i);
        }
        assertThat(summaryText).contains("Combined answers of 3 teammates");
    }

    @Test
    @SuppressWarnings("unchecked")
    void withdrawingARequestIsAskedOnceMoreAndThenReadsWithdrawn() {
        FeedbackTeam team = FeedbackTeam.create(identity, 2);
        Actor agent = team.agent(0);
        peers.ask(agent, Set.of(team.agent(1).userId()));
        signIn(agent);
        UI.getCurrent().navigate("feedback/peers");
        com.vaadin.flow.component.grid.Grid<com.empathycoach.core.feedback.PeerRequest> requests =
                $(com.vaadin.flow.component.grid.Grid.class).withClassName("peer-requests").first();
        var button = (com.vaadin.flow.component.button.Button) test(requests).getCellComponent(0, 3);
        test(button).click();
        var confirm = $(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).withClassName("confirm-withdraw").first();
        assertThat(test(requests).getCellText(0, 2)).as("nothing before the answer").isEqualTo("Waiting");
        test(confirm).confirm();
        assertThat(test(requests).getCellText(0, 2)).isEqualTo("Withdrawn");
    }

    @Test
    void theProfileViewShowsCustomerScoresOnceACustomerHasAnswered() {
        Actor agent = FeedbackTeam.create(identity, 1).agent(0);
        signIn(agent);
        UI.getCurrent().navigate("profile");
        assertThat($(Paragraph.class).withClassName("empty-state").all())
                .anyMatch(p -> p.getText().startsWith("No scores yet"));
        customers.submit(customers.createLink(agent).token(),
                new com.empathycoach.core.feedback.CustomerAnswer(5, 5, 5, 5, null));
        UI.getCurrent().navigate("feedback/customers");
        UI.getCurrent().navigate("profile");
        assertThat($(com.vaadin.flow.component.grid.Grid.class).withClassName("profile-table").all()).hasSize(1);
        assertThat($(com.vaadin.flow.component.html.Div.class).withClassName("profile-bars").all()).hasSize(1);
    }
}
