package com.empathycoach.web.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.dom.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Markdown of a reading card, as components: paragraphs (separated by a blank line), bullet lists ("- " or "* "),
 * numbered lists ("1. "), **bold** and *italic* (or _italic_). Nothing else is interpreted and no HTML is ever passed
 * through: every character of the text ends up as text, so a card cannot inject markup. A card with no Markdown reads
 * exactly as before, one paragraph per block.
 */
public final class MarkdownText {

    private static final Pattern BULLET = Pattern.compile("^\\s*[-*]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d{1,3}[.)]\\s+(.*)$");
    private static final Pattern INLINE = Pattern.compile(
            "\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*|(?<![\\w*])\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*(?![\\w*])"
                    + "|(?<![\\w_])_(?=[^\\s_])(.+?)(?<=[^\\s_])_(?![\\w_])");

    private MarkdownText() {
    }

    /** The blocks of the text: paragraphs and lists, in order. */
    public static List<Component> render(String markdown) {
        List<Component> blocks = new ArrayList<>();
        for (String block : (markdown == null ? "" : markdown.strip()).split("\\n\\s*\\n")) {
            if (!block.isBlank()) {
                block(block, blocks);
            }
        }
        return blocks;
    }

    /** A block's lines: runs of list items become a list, other lines a paragraph. */
    private static void block(String block, List<Component> blocks) {
        List<String> text = new ArrayList<>();
        Component list = null;
        for (String line : block.split("\\n")) {
            Matcher bullet = BULLET.matcher(line);
            Matcher numbered = NUMBERED.matcher(line);
            boolean isBullet = bullet.matches();
            if (isBullet || numbered.matches()) {
                flush(text, blocks);
                boolean sameKind = isBullet ? list instanceof UnorderedList : list instanceof OrderedList;
                if (!sameKind) {
                    list = isBullet ? new UnorderedList() : new OrderedList();
                    blocks.add(list);
                }
                ListItem item = new ListItem();
                inline((isBullet ? bullet : numbered).group(1), item.getElement());
                list.getElement().appendChild(item.getElement());
            } else {
                list = null;
                text.add(line.strip());
            }
        }
        flush(text, blocks);
    }

    private static void flush(List<String> lines, List<Component> blocks) {
        if (lines.isEmpty()) {
            return;
        }
        Paragraph paragraph = new Paragraph();
        inline(String.join("\n", lines), paragraph.getElement());
        blocks.add(paragraph);
        lines.clear();
    }

    /** Appends the text to {@code parent}, with **bold** and *italic* as strong and em elements holding plain text. */
    static void inline(String text, Element parent) {
        Matcher m = INLINE.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parent.appendChild(Element.createText(text.substring(at, m.start())));
            }
            boolean bold = m.group(1) != null;
            parent.appendChild(new Element(bold ? "strong" : "em").setText(bold ? m.group(1)
                    : m.group(2) != null ? m.group(2) : m.group(3)));
            at = m.end();
        }
        if (at < text.length()) {
            parent.appendChild(Element.createText(text.substring(at)));
        }
    }
}
