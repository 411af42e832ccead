package com.empathycoach.web.interaction;

import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.identity.IdentityFacade;
import com.empathycoach.core.identity.UserAccount;
import com.empathycoach.core.interaction.InteractionFacade;
import com.empathycoach.core.interaction.InteractionFacade.BatchItem;
import com.empathycoach.core.interaction.InteractionFacade.BatchOutcome;
import com.empathycoach.core.interaction.InteractionFacade.BatchRow;
import com.empathycoach.core.shared.NotAllowedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Importing a file of interactions: CSV and JSON Lines read line by line, a dry run that stores nothing, then the import. */
@SpringBootTest
@ActiveProfiles("test")
class InteractionBatchTest {

    @Autowired InteractionFacade interactions;
    @Autowired IdentityFacade identity;
    @Autowired JdbcTemplate jdbc;

    private Actor actor(String username) {
        UserAccount account = identity.account(username).orElseThrow();
        return new Actor(account.id(), account.username(), account.roles());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void csvRowsWithTheSameExternalIdMakeOneInteractionAndQuotedTextKeepsCommasAndLineBreaks() {
        List<BatchItem> items = InteractionBatchFile.read("export.CSV", utf8("""
                \uFEFFexternal_id,agent,channel,occurred_at,speaker,text
                t-1,amara,CHAT,2026-11-30T10:00:00Z,CUSTOMER,"Hi, my order, 4411, is late"
                t-1,amara,CHAT,2026-11-30T10:00:00Z,AGENT,"Sorry about that.
                I'll check now."
                t-2,amara,EMAIL,2026-11-30T11:00:00Z,AGENT,Hello
                t-2,ben,EMAIL,2026-11-30T11:00:00Z,AGENT,Hello again
                """));
        assertThat(items).hasSize(2);
        assertThat(items.getFirst().line()).isEqualTo(2);
        assertThat(items.getFirst().interaction().turns()).hasSize(2);
        assertThat(items.getFirst().interaction().turns().getFirst().text()).isEqualTo("Hi, my order, 4411, is late");
        assertThat(items.getFirst().interaction().turns().get(1).text()).contains("\n");
        assertThat(items.get(1).problemKey()).as("one interaction, two agents").isEqualTo("interaction.batchMixed");
        assertThat(items.get(1).line()).as("the file's line, after a text over two lines").isEqualTo(5);
        assertThatThrownBy(() -> InteractionBatchFile.read("a.csv", utf8("id,agent\n1,amara\n")))
                .hasMessage("interaction.batchColumns");
        assertThatThrownBy(() -> InteractionBatchFile.read("a.xlsx", utf8("x"))).hasMessage("interaction.batchFormat");
    }

    @Test
    void jsonLinesReadsEveryLineAndABrokenLineIsAnErrorOfItsOwn() {
        List<BatchItem> items = InteractionBatchFile.read("a.jsonl", utf8("""
                {"agent":"amara","channel":"CHAT","occurredAt":"2026-11-30T10:00:00Z","externalId":"j-1","turns":[{"speaker":"AGENT","text":"Hi"}]}

                {"agent": "amara", "turns": [
                """));
        assertThat(items).extracting(BatchItem::line).containsExactly(1, 3);
        assertThat(items.getFirst().interaction().externalId()).isEqualTo("j-1");
        assertThat(items.get(1).problemKey()).isEqualTo("interaction.batchJson");
    }

    @Test
    void theDryRunStoresNothingThenTheImportStoresOnlyTheNewValidOnes() {
        Actor samira = actor("samira");
        String run = UUID.randomUUID().toString().substring(0, 8);
        String line = """
                {"agent":"%s","channel":"%s","occurredAt":"2026-11-30T10:00:00Z","externalId":"%s","turns":[{"speaker":"%s","text":"%s"}]}
                """;
        String file = line.formatted("amara", "CHAT", "b-" + run + "-1", "AGENT", "I'll call you at 3pm, Ana.")
                + line.formatted("amara", "CHAT", "b-" + run + "-1", "AGENT", "Again")
                + line.formatted("priya", "CHAT", "b-" + run + "-2", "AGENT", "Hello")
                + line.formatted("amara", "FAX", "b-" + run + "-3", "AGENT", "Hello")
                + line.formatted("amara", "EMAIL", "b-" + run + "-4", "CUSTOMER", "Only the customer")
                + line.formatted("amara", "EMAIL", "route-tests-sample", "AGENT", "Stored before");
        interactions.ingest(new com.empathycoach.core.interaction.InteractionViews.NewInteraction("amara", "CHAT",
                "2026-12-01T09:00:00Z", "route-tests-sample", List.of(
                new com.empathycoach.core.interaction.InteractionViews.NewTurn("AGENT", "Hello"))));
        List<BatchItem> items = InteractionBatchFile.read("a.jsonl", utf8(file));
        int before = count();

        List<BatchRow> dry = interactions.importBatch(samira, items, true);
        assertThat(count()).as("a dry run stores nothing").isEqualTo(before);
        assertThat(dry).extracting(BatchRow::outcome).containsExactly(BatchOutcome.NEW, BatchOutcome.ERROR,
                BatchOutcome.ERROR, BatchOutcome.ERROR, BatchOutcome.ERROR, BatchOutcome.EXISTS);
        assertThat(dry).extracting(BatchRow::messageKey).containsExactly(null, "interaction.batchDuplicate",
                "interaction.notYourAgent", "interaction.channel", "interaction.noAgentTurn", null);

        List<BatchRow> done = interactions.importBatch(samira, items, false);
        assertThat(done).extracting(BatchRow::outcome).containsExactly(BatchOutcome.CREATED, BatchOutcome.ERROR,
                BatchOutcome.ERROR, BatchOutcome.ERROR, BatchOutcome.ERROR, BatchOutcome.EXISTS);
        assertThat(count()).isEqualTo(before + 1);
        assertThat(interactions.importBatch(samira, items, false).getFirst().outcome()).as("idempotent")
                .isEqualTo(BatchOutcome.EXISTS);
        assertThatThrownBy(() -> interactions.importBatch(actor("amara"), items, true))
                .isInstanceOf(NotAllowedException.class);
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from interaction", Integer.class);
    }
}
