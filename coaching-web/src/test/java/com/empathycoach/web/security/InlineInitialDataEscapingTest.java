package com.empathycoach.web.security;

import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class InlineInitialDataEscapingTest {

    private static final String PREFIX = "window.Vaadin = window.Vaadin || {};" + InlineInitialDataEscaping.INITIAL_DATA + " ";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void textThatWouldCloseTheScriptStaysInsideItAndReadsTheSame() {
        String json = JSON.writeValueAsString(JSON.createObjectNode()
                .put("text", "late </script><img src=x onerror=alert(1)> <!-- <script> a < b"));
        Document page = pageWith(PREFIX + json + ";");

        InlineInitialDataEscaping.escape(page);

        Element script = page.head().selectFirst("script");
        String data = script.data();
        assertThat(data).doesNotContain("<").startsWith(PREFIX);
        JsonNode read = JSON.readTree(data.substring(PREFIX.length(), data.length() - 1));
        assertThat(read).isEqualTo(JSON.readTree(json));
        Document reparsed = Jsoup.parse(page.outerHtml());
        assertThat(reparsed.select("script")).hasSize(1);
        assertThat(reparsed.select("img")).isEmpty();
    }

    @Test
    void otherScriptsAreLeftAlone() {
        String other = "if (a < b) { window.x = 1; }";
        Document page = pageWith(other);

        InlineInitialDataEscaping.escape(page);

        assertThat(page.head().selectFirst("script").data()).isEqualTo(other);
    }

    private static Document pageWith(String scriptText) {
        Document page = Jsoup.parse("<!doctype html><html><head></head><body></body></html>");
        page.head().appendChild(new Element("script").appendChild(new DataNode(scriptText)));
        return page;
    }
}
