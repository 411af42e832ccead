package com.empathycoach.web.roleplay.ui;

import com.empathycoach.core.analysis.Analysis;
import com.empathycoach.core.analysis.Finding;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * A written reply with the analyzer's findings marked in place, then the list of findings and the
 * suggestions. Every piece of the reply is set as text, never as HTML, so markup in it shows as typed.
 */
public class ReplyHighlight extends Div {

    private final Paragraph version;

    public ReplyHighlight(String reply, Analysis analysis, boolean showSuggestions) {
        addClassName("reply-analysis");
        add(marked(reply, analysis));
        if (analysis.findings().isEmpty()) {
            add(new Paragraph(getTranslation("roleplay.analysis.nothing")));
        } else {
            add(findings(reply, analysis));
        }
        if (showSuggestions && !analysis.suggestions().isEmpty()) {
            Paragraph heading = new Paragraph(getTranslation("roleplay.analysis.suggestions"));
            heading.addClassName("suggestions-heading");
            UnorderedList tips = new UnorderedList();
            tips.addClassName("suggestions");
            analysis.suggestions().forEach(tip -> tips.add(new ListItem(tip)));
            add(heading, tips);
        }
        // With nothing highlighted, "every score comes from a highlighted phrase" would point at nothing.
        version = new Paragraph(getTranslation(analysis.findings().isEmpty() ? "roleplay.analysis.versionNothing"
                : "roleplay.analysis.version", analysis.version()));
        version.addClassName("analyzer-version");
        add(version);
    }

    /**
     * For a reply scored when it was sent: if another analyzer version scored it than the one whose findings are
     * shown, the version line says so, since the score may not match the highlights.
     */
    public ReplyHighlight scoredBy(String scoredBy, String shownVersion) {
        if (scoredBy != null && !scoredBy.equals(shownVersion)) {
            version.setText(getTranslation("roleplay.analysis.scoredByOlder", scoredBy, shownVersion));
            version.addClassName("scored-by-older-analyzer");
        }
        return this;
    }

    /** Leaves out the line naming the analyzer version, for a page that says which versions did what itself. */
    public ReplyHighlight withoutVersionLine() {
        remove(version);
        return this;
    }

    /** The reply with each finding marked where it is, as long as it does not overlap one already marked. */
    private Paragraph marked(String reply, Analysis analysis) {
        Paragraph marked = new Paragraph();
        marked.addClassName("marked-reply");
        int cursor = 0;
        for (Finding finding : analysis.findings()) {
            if (finding.start() < cursor || finding.end() > reply.length()) {
                continue; // overlaps one already marked; it still appears in the list below
            }
            int[] words = wholeWords(reply, finding);
            if (words[0] < cursor) {
                continue;
            }
            if (words[0] > cursor) {
                marked.add(new Text(reply.substring(cursor, words[0])));
            }
            Span span = new Span(reply.substring(words[0], words[1]));
            span.addClassNames("finding", finding.marker().positive() ? "finding-good" : "finding-bad");
            span.getElement().setAttribute("title", getTranslation("marker." + finding.marker()));
            marked.add(span);
            cursor = words[1];
        }
        if (cursor < reply.length()) {
            marked.add(new Text(reply.substring(cursor)));
        }
        return marked;
    }

    private UnorderedList findings(String reply, Analysis analysis) {
        UnorderedList found = new UnorderedList();
        found.addClassName("finding-list");
        for (Finding finding : analysis.findings()) {
            ListItem item = new ListItem();
            Span label = new Span(getTranslation(finding.marker().positive() ? "roleplay.analysis.good"
                    : "roleplay.analysis.bad", getTranslation("marker." + finding.marker())));
            label.addClassName(finding.marker().positive() ? "finding-good-label" : "finding-bad-label");
            item.add(label, new Text(" " + getTranslation("roleplay.analysis.quote", quote(reply, finding))));
            found.add(item);
        }
        return found;
    }

    /**
     * The finding's span widened to whole words, so a highlight or quote never starts or stops inside a word (a
     * rule's window can end mid-word: "le confirmo que t"). Only what is shown widens; the finding stays as found.
     */
    static int[] wholeWords(String reply, Finding finding) {
        int start = finding.start();
        int end = finding.end();
        while (start > 0 && start < end && Character.isLetterOrDigit(reply.charAt(start - 1))
                && Character.isLetterOrDigit(reply.charAt(start))) {
            start--;
        }
        while (end < reply.length() && end > start && Character.isLetterOrDigit(reply.charAt(end - 1))
                && Character.isLetterOrDigit(reply.charAt(end))) {
            end++;
        }
        return new int[] {start, end};
    }

    private static String quote(String reply, Finding finding) {
        if (finding.start() < 0 || finding.end() > reply.length() || finding.start() >= finding.end()) {
            return finding.excerpt();
        }
        int[] words = wholeWords(reply, finding);
        return reply.substring(words[0], words[1]);
    }
}
