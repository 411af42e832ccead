package com.empathycoach.web.config;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A page's last answer is kept deflated, and comes back character for character when a message repeats. */
class CompactLastResponseTest {

    private static String answer(int rows) {
        StringBuilder text = new StringBuilder("[{\"syncId\":7,\"clientId\":3,\"changes\":[");
        for (int i = 0; i < rows; i++) {
            text.append("{\"node\":").append(i).append(",\"type\":\"put\",\"key\":\"text\",\"value\":\"Señora Núñez, ")
                    .append("entiendo lo frustrante que es 😊 #").append(i).append("\"},");
        }
        return text.append("{}]}]").toString();
    }

    @Test
    void aLongAnswerIsKeptDeflatedAndComesBackAsItWas() {
        UI ui = new UI();
        String sent = answer(300);
        ui.getInternals().setLastRequestResponse(sent);

        CompactLastResponse.compress(ui);

        assertThat(ui.getInternals().getLastRequestResponse()).as("the text itself is not kept").isNull();
        CompactLastResponse.Deflated kept = ComponentUtil.getData(ui, CompactLastResponse.Deflated.class);
        assertThat(kept.bytes().length).as("kept at a fraction of its size").isLessThan(sent.length() / 4);

        CompactLastResponse.restore(ui);

        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo(sent);
        assertThat(ComponentUtil.getData(ui, CompactLastResponse.Deflated.class)).isNull();
    }

    @Test
    void aShortAnswerIsKeptAsItIs() {
        UI ui = new UI();
        ui.getInternals().setLastRequestResponse("[{\"syncId\":1}]");
        CompactLastResponse.compress(ui);
        assertThat(ui.getInternals().getLastRequestResponse()).isEqualTo("[{\"syncId\":1}]");
    }

    @Test
    void onlyAMessageWithTheLastMessagesNumberIsTreatedAsARepeat() {
        UI ui = new UI();
        ui.getInternals().setLastProcessedClientToServerId(4, new byte[0]);
        assertThat(CompactLastResponse.repeatsLastMessage(ui, "{\"csrfToken\":\"k\",\"rpc\":[],\"syncId\":9,\"clientId\":4}")).isTrue();
        assertThat(CompactLastResponse.repeatsLastMessage(ui, "{\"csrfToken\":\"k\",\"rpc\":[],\"syncId\":9,\"clientId\":5}")).isFalse();
        assertThat(CompactLastResponse.repeatsLastMessage(ui, "{\"rpc\":[]}")).as("unreadable: restore to be safe").isTrue();
        assertThat(CompactLastResponse.clientId("{\"rpc\":[{\"value\":\"\\\"clientId\\\":1\"}],\"clientId\":12}")).isEqualTo(12);
    }
}
