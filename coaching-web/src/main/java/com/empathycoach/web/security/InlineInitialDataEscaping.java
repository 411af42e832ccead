package com.empathycoach.web.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Keeps text that people wrote from ending the page's inline script. The first response of a page carries its
 * view as JSON inside a script element (so the browser needs no second round trip), and Flow writes that JSON
 * as it is: a transcript, a note or a dispute containing {@code </script>} would end the element there, and
 * whatever followed would run as markup in the reader's browser. Every {@code <} of that script is written as
 * the JSON escape {@code \u003c} instead, which the browser reads back as the same character; JSON has no
 * {@code <} outside its strings, so nothing else changes.
 */
@Component
class InlineInitialDataEscaping implements VaadinServiceInitListener {

    static final String INITIAL_DATA = "window.Vaadin.TypeScript=";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> escape(response.getDocument()));
    }

    static void escape(Document page) {
        for (Element script : page.select("script")) {
            for (DataNode data : script.dataNodes()) {
                String text = data.getWholeData();
                if (text.contains(INITIAL_DATA) && text.indexOf('<') >= 0) {
                    data.setWholeData(text.replace("<", "\\u003c"));
                }
            }
        }
    }
}
