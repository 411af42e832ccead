package com.empathycoach.content.roleplay;

import com.empathycoach.content.lesson.ContentFiles;
import com.empathycoach.core.lesson.Channel;
import com.empathycoach.core.roleplay.Scenario;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The role-plays we ship cover every channel, each in its own conventions. */
class ShippedScenariosTest {

    private final List<Scenario> scenarios = ContentFiles.read(ContentFiles.SCENARIOS).stream()
            .map(f -> new ScenarioParser().parse(f.name(), f.source())).toList();

    @Test
    void everyChannelHasAtLeastTwoScenarios() {
        for (Channel channel : Channel.values()) {
            assertThat(scenarios).as(channel.name()).filteredOn(s -> s.channel() == channel).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    /**
     * A helpdesk is a ticket, not a chat: each customer turn shows the ticket's subject and status, and the agent
     * decides between a public reply the requester sees and an internal note only colleagues see.
     */
    @Test
    void helpdeskScenariosUseTicketConventionsInEveryLanguage() {
        ScenarioTranslations translations = new ScenarioTranslations();
        List<Scenario> helpdesk = scenarios.stream().filter(s -> s.channel() == Channel.HELPDESK).toList();
        for (Scenario english : helpdesk) {
            assertTicket(english, "Subject:", "Status:", "Public reply:", "Internal note:");
            assertTicket(translations.scenario(english.id(), Locale.forLanguageTag("es")).orElseThrow(),
                    "Asunto:", "Estado:", "Respuesta pública:", "Nota interna:");
        }
    }

    private static void assertTicket(Scenario scenario, String subject, String status, String reply, String note) {
        assertThat(scenario.nodes()).as(scenario.id() + " customer turns show the ticket header")
                .allSatisfy(n -> assertThat(n.customer()).contains(subject).contains(status));
        String choices = scenario.nodes().stream().flatMap(n -> n.choices().stream())
                .flatMap(c -> Stream.of(c.text(), c.stronger() == null ? "" : c.stronger()))
                .collect(Collectors.joining("\n"));
        assertThat(choices).as(scenario.id() + " replies are public replies or internal notes")
                .contains(reply).contains(note);
    }
}
