package com.empathycoach.web.feedback;

import com.empathycoach.core.feedback.CustomerAnswer;
import com.empathycoach.core.feedback.CustomerFeedbackFacade;
import com.empathycoach.core.feedback.CustomerFeedbackFacade.LinkCheck;
import com.empathycoach.core.feedback.CustomerFeedbackFacade.LinkCheck.Status;
import com.empathycoach.core.feedback.FeedbackLink;
import com.empathycoach.core.feedback.NewLink;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.profile.EmpathyProfile;
import com.empathycoach.core.profile.ProfileFacade;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.Page;
import com.empathycoach.core.skill.EmpathyKey;
import com.empathycoach.core.skill.ScoreSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class CustomerFeedbackTest {

    @Autowired
    CustomerFeedbackFacade feedback;

    @Autowired
    IdentityFacade identity;

    @Autowired
    ProfileFacade profiles;

    @Autowired
    JdbcTemplate jdbc;

    private int answersFor(long linkId) {
        return jdbc.queryForObject("select count(*) from customer_feedback where link_id = ?", Integer.class, linkId);
    }

    @Test
    void aLinkOpensWithTheFirstNameOnlyWorksOnceAndThenSaysItWasUsed() {
        Actor agent = FeedbackTeam.create(identity, 1).agent(0);
        NewLink link = feedback.createLink(agent);
        assertThat(Duration.between(feedback.now(), link.expiresAt()))
                .isBetween(Duration.ofDays(14).minusMinutes(1), Duration.ofDays(14));
        LinkCheck check = feedback.check(link.token());
        assertThat(check.status()).isEqualTo(Status.OPEN);
        assertThat(check.agentFirstName()).isEqualTo("Agent0");

        assertThat(feedback.submit(link.token(), new CustomerAnswer(5, 4, 4, 5, "Quick and kind"))).isEqualTo(Status.OPEN);
        assertThat(feedback.submit(link.token(), new CustomerAnswer(1, 1, 1, 1, "Second go"))).isEqualTo(Status.USED);
        assertThat(feedback.check(link.token())).isEqualTo(new LinkCheck(Status.USED, null));
        assertThat(feedback.myLinks(agent, new Page(0, 10))).singleElement()
                .satisfies(l -> assertThat(l.state(feedback.now())).isEqualTo(FeedbackLink.State.USED));
        assertThat(feedback.mySummary(agent).answers()).isEqualTo(1);
        assertThat(feedback.mySummary(agent).comments()).extracting(c -> c.text()).containsExactly("Quick and kind");
        EmpathyProfile profile = profiles.mine(agent);
        assertThat(profile.score(EmpathyKey.DISCOVER, ScoreSource.CUSTOMER)).contains(new EmpathyProfile.Score(75, 1));
        assertThat(profile.score(EmpathyKey.HELP, ScoreSource.CUSTOMER)).contains(new EmpathyProfile.Score(87, 1));
    }

    @Test
    void anExpiredARevokedAndAnUnknownLinkAreRefusedWithTheirOwnReason() {
        Actor agent = FeedbackTeam.create(identity, 1).agent(0);
        NewLink expired = feedback.createLink(agent);
        jdbc.update("update feedback_link set expires_at = timestampadd(second, -1, created_at) where id = ?", expired.id());
        assertThat(feedback.check(expired.token()).status()).isEqualTo(Status.EXPIRED);
        assertThat(feedback.submit(expired.token(), new CustomerAnswer(3, 3, 3, 3, null))).isEqualTo(Status.EXPIRED);
        assertThat(answersFor(expired.id())).isZero();

        NewLink revoked = feedback.createLink(agent);
        feedback.revoke(agent, revoked.id());
        assertThat(feedback.check(revoked.token()).status()).isEqualTo(Status.REVOKED);
        assertThat(feedback.submit(revoked.token(), new CustomerAnswer(3, 3, 3, 3, null))).isEqualTo(Status.REVOKED);

        String unknown = revoked.token().substring(1) + (revoked.token().charAt(0) == 'A' ? "B" : "A");
        assertThat(feedback.check(unknown)).isEqualTo(new LinkCheck(Status.INVALID, null));
        assertThat(feedback.check("not a token")).isEqualTo(new LinkCheck(Status.INVALID, null));
    }

    @Test
    void onlyTheHashOfATokenIsStored() {
        Actor agent = FeedbackTeam.create(identity, 1).agent(0);
        NewLink link = feedback.createLink(agent);
        byte[] stored = jdbc.queryForObject("select token_hash from feedback_link where id = ?", byte[].class, link.id());
        assertThat(stored).hasSize(32).isNotEqualTo(link.token().getBytes());
    }

    @Test
    void oneLinkSubmittedFromTwoTabsAtOnceStoresExactlyOneAnswer() throws Exception {
        Actor agent = FeedbackTeam.create(identity, 1).agent(0);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 5; round++) {
                NewLink link = feedback.createLink(agent);
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Status>> results = new ArrayList<>();
                for (int tab = 0; tab < 8; tab++) {
                    int rating = tab % 5 + 1;
                    results.add(pool.submit(() -> {
                        start.await();
                        return feedback.submit(link.token(), new CustomerAnswer(rating, rating, rating, rating, "tab"));
                    }));
                }
                start.countDown();
                List<Status> statuses = new ArrayList<>();
                for (Future<Status> result : results) {
                    statuses.add(result.get());
                }
                assertThat(statuses).containsOnlyOnce(Status.OPEN);
                assertThat(statuses).filteredOn(s -> s == Status.USED).hasSize(7);
                assertThat(answersFor(link.id())).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(feedback.mySummary(agent).answers()).isEqualTo(5);
    }
}
