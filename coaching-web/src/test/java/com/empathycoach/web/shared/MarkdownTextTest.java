package com.empathycoach.web.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTextTest {

    private static String html(Component component) {
        return component.getElement().getOuterHTML().replaceAll(">\\s+<", "><").strip();
    }

    @Test
    void plainTextReadsAsBeforeOneParagraphPerBlock() {
        List<Component> blocks = MarkdownText.render("First block.\n\nSecond block,\nstill the second.");
        assertThat(blocks).hasSize(2).allMatch(Paragraph.class::isInstance);
        assertThat(blocks.get(0).getElement().getText()).isEqualTo("First block.");
        assertThat(blocks.get(1).getElement().getTextRecursively()).isEqualTo("Second block,\nstill the second.");
    }

    @Test
    void listsBoldAndItalic() {
        List<Component> blocks = MarkdownText.render("Say **what** you *will* do:\n- name the _problem_\n- give a time\n\n"
                + "1. listen\n2. restate");
        assertThat(blocks).hasSize(3);
        assertThat(html(blocks.get(0))).isEqualTo("<p>Say <strong>what</strong> you <em>will</em> do:</p>");
        assertThat(blocks.get(1)).isInstanceOf(UnorderedList.class);
        assertThat(html(blocks.get(1))).isEqualTo("<ul><li>name the <em>problem</em></li><li>give a time</li></ul>");
        assertThat(blocks.get(2)).isInstanceOf(OrderedList.class);
        assertThat(html(blocks.get(2))).isEqualTo("<ol><li>listen</li><li>restate</li></ol>");
    }

    @Test
    void markupIsNeverPassedThroughAndLoneSymbolsStay() {
        List<Component> blocks = MarkdownText.render("<img src=x onerror=alert(1)> **<b>bold</b>** 2 * 3 * 4 snake_case_name");
        String html = html(blocks.getFirst());
        assertThat(html).doesNotContain("<img").doesNotContain("<b>")
                .contains("&lt;img src=x onerror=alert(1)&gt;").contains("<strong>&lt;b&gt;bold&lt;/b&gt;</strong>")
                .contains("2 * 3 * 4 snake_case_name");
    }
}
