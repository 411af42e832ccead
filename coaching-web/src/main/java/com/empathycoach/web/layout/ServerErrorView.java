package com.empathycoach.web.layout;

import com.empathycoach.web.shared.LocalizedTitle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Shown when opening a view fails unexpectedly. The person gets an error id to quote; the log has
 * the same id with the stack trace, which never reaches the browser.
 */
@AnonymousAllowed
public class ServerErrorView extends VerticalLayout implements HasErrorParameter<Exception>, LocalizedTitle {

    public ServerErrorView() {
        addClassName("error-view");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String errorId = ErrorIds.logWithId(parameter.getCaughtException());
        removeAll();
        Paragraph id = new Paragraph(getTranslation("error.server.id", errorId));
        id.addClassName("error-id");
        add(new H2(getTranslation("error.server.title")),
                new Paragraph(getTranslation("error.server.text")),
                id,
                new Anchor("", getTranslation("error.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }

    @Override
    public String titleKey() {
        return "error.server.title";
    }
}
