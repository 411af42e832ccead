package com.empathycoach.web.roleplay.ui;

import com.empathycoach.core.analysis.Finding;
import com.empathycoach.core.analysis.Marker;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReplyHighlightTest {

    private static String shown(String reply, int start, int end) {
        int[] words = ReplyHighlight.wholeWords(reply, new Finding(Marker.CONCRETE_NEXT_STEP, start, end,
                reply.substring(start, end)));
        return reply.substring(words[0], words[1]);
    }

    @Test
    void aQuoteThatAWindowCutMidWordIsShownToTheWordsEnd() {
        String reply = "Mañana a las 12 le confirmo que todo está listo.";
        int end = reply.indexOf("todo") + 1;
        assertThat(shown(reply, reply.indexOf("a las"), end)).isEqualTo("a las 12 le confirmo que todo");
        assertThat(shown(reply, reply.indexOf("ana a"), reply.indexOf(" le"))).as("and from its start")
                .isEqualTo("Mañana a las 12");
    }

    @Test
    void wholeWordsAndPunctuationStayAsFound() {
        String reply = "I'll call you by 5pm. Thanks!";
        assertThat(shown(reply, 0, reply.indexOf("."))).isEqualTo("I'll call you by 5pm");
        assertThat(shown(reply, 0, reply.indexOf(".") + 1)).isEqualTo("I'll call you by 5pm.");
    }
}
