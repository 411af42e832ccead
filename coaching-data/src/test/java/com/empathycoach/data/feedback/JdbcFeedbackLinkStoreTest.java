package com.empathycoach.data.feedback;

import com.empathycoach.core.feedback.CustomerAnswer;
import com.empathycoach.core.feedback.CustomerSummary;
import com.empathycoach.core.feedback.FeedbackLink;
import com.empathycoach.core.feedback.FeedbackLink.Origin;
import com.empathycoach.core.feedback.FeedbackLink.State;
import com.empathycoach.core.feedback.FeedbackLinkStore;
import com.empathycoach.core.feedback.LinkTokens;
import com.empathycoach.core.identity.IdentityStore;
import com.empathycoach.core.identity.NewUser;
import com.empathycoach.core.identity.Role;
import com.empathycoach.core.shared.Page;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class JdbcFeedbackLinkStoreTest {

    @Autowired
    FeedbackLinkStore links;

    @Autowired
    IdentityStore identity;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final Instant now = Instant.parse("2026-11-23T10:00:00Z");
    private final Instant expires = now.plus(Duration.ofDays(7));
    private long agent;

    @BeforeEach
    void setUp() {
        agent = identity.createUser(new NewUser("f" + tag, "Agent " + tag, tag + "@example.org", "long-enough-password",
                Set.of(Role.AGENT), "UTC"), "h");
    }

    @Test
    void aLinkIsFoundByItsTokensHashAndById() {
        byte[] hash = LinkTokens.hash(LinkTokens.newToken());
        long id = links.create(agent, hash, Origin.API, now, expires);

        FeedbackLink expected = new FeedbackLink(id, agent, "Agent " + tag, Origin.API, now, expires, null, null);
        assertThat(links.byTokenHash(hash)).contains(expected);
        assertThat(links.link(id)).contains(expected);
        assertThat(links.byTokenHash(LinkTokens.hash(LinkTokens.newToken()))).isEmpty();
        assertThat(links.link(Long.MAX_VALUE)).isEmpty();
    }

    @Test
    void anOpenLinkTakesOneAnswer() {
        long id = newLink();
        assertThat(links.consume(id, agent, answer(5, "Lovely"), now.plusSeconds(60))).isTrue();
        assertThat(links.consume(id, agent, answer(1, "Changed my mind"), now.plusSeconds(120))).isFalse();

        assertThat(links.link(id).orElseThrow().state(now.plusSeconds(120))).isEqualTo(State.USED);
        assertThat(links.link(id).orElseThrow().usedAt()).isEqualTo(now.plusSeconds(60));
        assertThat(links.recent(agent, 10)).containsExactly(answer(5, "Lovely"));
        assertThat(links.revoke(id, now.plusSeconds(180))).as("a used link").isFalse();
    }

    @Test
    void anExpiredOrRevokedLinkTakesNoAnswer() {
        long expired = newLink();
        assertThat(links.consume(expired, agent, answer(4, null), expires)).isFalse();

        long revoked = newLink();
        assertThat(links.revoke(revoked, now)).isTrue();
        assertThat(links.revoke(revoked, now.plusSeconds(1))).isFalse();
        assertThat(links.consume(revoked, agent, answer(4, null), now.plusSeconds(2))).isFalse();
        assertThat(links.link(revoked).orElseThrow().revokedAt()).isEqualTo(now);

        assertThat(links.recent(agent, 10)).isEmpty();
    }

    @Test
    void ofManySubmissionsOfOneLinkAtOnceExactlyOneCounts() throws Exception {
        long id = newLink();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Boolean>> submitted = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int overall = 1 + i % 5;
            submitted.add(pool.submit(() -> {
                go.await();
                return links.consume(id, agent, answer(overall, null), now);
            }));
        }
        go.countDown();
        int taken = 0;
        for (Future<Boolean> f : submitted) {
            taken += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(taken).isEqualTo(1);
        assertThat(links.recent(agent, 10)).hasSize(1);
    }

    @Test
    void anAgentsLinksAreListedNewestFirstInPages() {
        long first = links.create(agent, LinkTokens.hash(LinkTokens.newToken()), Origin.AGENT, now, expires);
        long third = links.create(agent, LinkTokens.hash(LinkTokens.newToken()), Origin.AGENT, now.plusSeconds(20), expires);
        long second = links.create(agent, LinkTokens.hash(LinkTokens.newToken()), Origin.AGENT, now.plusSeconds(10), expires);

        assertThat(links.countByAgent(agent)).isEqualTo(3);
        assertThat(links.byAgent(agent, new Page(0, 2))).extracting(FeedbackLink::id).containsExactly(third, second);
        assertThat(links.byAgent(agent, new Page(2, 2))).extracting(FeedbackLink::id).containsExactly(first);
    }

    @Test
    void theSummaryAveragesEveryAnswerAndShowsTheLatestComments() {
        links.consume(newLink(), agent, new CustomerAnswer(5, 4, 3, 5, "First"), now);
        links.consume(newLink(), agent, new CustomerAnswer(3, 2, 5, 4, null), now.plusSeconds(10));
        links.consume(newLink(), agent, new CustomerAnswer(4, 3, 4, 3, "Third"), now.plusSeconds(20));
        links.consume(newLink(), agent, new CustomerAnswer(2, 1, 2, 2, "Fourth"), now.plusSeconds(30));

        assertThat(links.summary(agent, 2)).isEqualTo(new CustomerSummary(4, 3.5, 2.5, 3.5, 3.5, List.of(
                new CustomerSummary.Comment("Fourth", 2, now.plusSeconds(30)),
                new CustomerSummary.Comment("Third", 4, now.plusSeconds(20)))));
        assertThat(links.recent(agent, 2)).extracting(CustomerAnswer::overall).containsExactly(2, 4);
    }

    @Test
    void anAgentWithoutAnswersHasAnEmptySummary() {
        newLink();
        assertThat(links.summary(agent, 5)).isEqualTo(CustomerSummary.none());
    }

    private long newLink() {
        return links.create(agent, LinkTokens.hash(LinkTokens.newToken()), Origin.AGENT, now, expires);
    }

    private static CustomerAnswer answer(int overall, String comment) {
        return new CustomerAnswer(overall, 3, 3, 3, comment);
    }
}
