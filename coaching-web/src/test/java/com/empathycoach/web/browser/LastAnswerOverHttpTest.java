package com.empathycoach.web.browser;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser that repeats a message whose answer it never got receives that answer again, character for character,
 * although the server keeps it compressed in between ({@code CompactLastResponse}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "empathy.trusted-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")
@ActiveProfiles("test")
class LastAnswerOverHttpTest {

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");
    private static final Pattern KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\":(\\d+)");

    @LocalServerPort
    int port;

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        assertThat(m.find()).as("%s in %s", pattern, text.length() > 300 ? text.substring(0, 300) : text).isTrue();
        return m.group(1);
    }

    private static String navigation(String key, String route, int historyIndex, String syncId, int clientId) {
        return "{\"csrfToken\":\"" + key + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":"
                + "{\"route\":\"" + route + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":"
                + historyIndex + "},\"trigger\":\"\"}}],\"syncId\":" + syncId + ",\"clientId\":" + clientId + "}";
    }

    @Test
    void aRepeatedMessageGetsTheSameAnswerAgain() {
        HttpClientSupport client = new HttpClientSupport(port);
        assertThat(client.signIn("/login", "amara", HttpClientSupport.DEMO_PASSWORD)).doesNotContain("error");
        String page = client.get("/").body();
        String uiId = first(UI_ID, page);
        String key = first(KEY, page);
        String path = "/?v-r=uidl&v-uiId=" + uiId;

        String connected = client.postMessage(path, navigation(key, "", 0, first(SYNC_ID, page), 0)).body();
        String toBoard = navigation(key, "leaderboard", 1, first(SYNC_ID, connected), 1);
        String answer = client.postMessage(path, toBoard).body();
        assertThat(answer).as("a whole view, long enough to be kept compressed").contains("board-scope")
                .hasSizeGreaterThan(4 * 1024);

        String again = client.postMessage(path, toBoard).body();

        assertThat(again).isEqualTo(answer);
        String next = client.postMessage(path, navigation(key, "badges", 2, first(SYNC_ID, answer), 2)).body();
        assertThat(next).as("and the page goes on").contains("badge-").doesNotContain("appError");
    }
}
