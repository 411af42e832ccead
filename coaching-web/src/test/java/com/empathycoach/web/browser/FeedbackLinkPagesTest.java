package com.empathycoach.web.browser;

import com.empathycoach.core.feedback.CustomerFeedbackFacade;
import com.empathycoach.core.feedback.NewLink;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.web.feedback.FeedbackTeam;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** What a customer's browser is sent for a link that no longer takes feedback: one clear message per reason. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FeedbackLinkPagesTest {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFacade identity;

    @Autowired
    CustomerFeedbackFacade feedback;

    @Autowired
    JdbcTemplate jdbc;

    private String page(String token) {
        HttpResponse<String> response = new HttpClientSupport(port).get("/f/" + token, "Accept-Language", "en");
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void anExpiredARevokedAndAnUnknownLinkEachSayWhatHappenedToIt() {
        Actor agent = FeedbackTeam.create(identity, 1).agent(0);
        NewLink expired = feedback.createLink(agent);
        jdbc.update("update feedback_link set expires_at = timestampadd(second, -1, created_at) where id = ?", expired.id());
        NewLink revoked = feedback.createLink(agent);
        feedback.revoke(agent, revoked.id());
        String unknown = revoked.token().substring(1) + (revoked.token().charAt(0) == 'A' ? "B" : "A");

        assertThat(page(expired.token())).contains("This link has expired").doesNotContain("withdrawn", "does not work");
        assertThat(page(revoked.token())).contains("This link was withdrawn").doesNotContain("has expired", "does not work");
        assertThat(page(unknown)).contains("This link does not work").doesNotContain("has expired", "withdrawn");
        assertThat(page("not-a-token")).contains("This link does not work");
    }
}
