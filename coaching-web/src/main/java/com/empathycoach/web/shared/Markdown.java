package com.empathycoach.web.shared;

import com.vaadin.flow.component.Html;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Card text written in Markdown (paragraphs, emphasis, lists, links), shown as HTML. Any HTML in the text is shown
 * as text, never run, and only http(s) and mailto links are kept.
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private Markdown() {
    }

    /** The text as HTML, wrapped in one element. */
    public static String html(String markdown) {
        return "<div class=\"markdown\">" + RENDERER.render(PARSER.parse(markdown == null ? "" : markdown)) + "</div>";
    }

    public static Html component(String markdown) {
        return new Html(html(markdown));
    }
}
