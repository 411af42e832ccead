package com.empathycoach.web.authoring.ui;

import com.empathycoach.core.authoring.AuthoringFacade;
import com.empathycoach.core.authoring.ContentKind;
import com.empathycoach.core.authoring.PublicationStore.Revision;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.web.shared.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;

import java.time.Instant;
import java.time.ZoneId;

/** The revisions of a module or role-play, newest first: which one agents get, and publishing an earlier one again. */
class RevisionsPanel extends Div {

    private final transient AuthoringFacade authoring;
    private final transient Actor author;
    private final Grid<Revision> grid = new Grid<>();
    private ContentKind kind;
    private String moduleId;

    RevisionsPanel(AuthoringFacade authoring, Actor author) {
        this.authoring = authoring;
        this.author = author;
        addClassName("revisions-panel");
        setWidthFull();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> getTranslation("authoring.revision", r.revision())).setHeader(getTranslation("authoring.version"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.publishedBy() == null ? getTranslation("authoring.fromFile", date(r.createdAt()))
                : getTranslation("authoring.publishedBy", r.publishedBy(), date(r.publishedAt())))
                .setHeader(getTranslation("authoring.origin")).setFlexGrow(2);
        grid.addComponentColumn(r -> r.current() ? new Span(getTranslation("authoring.current")) : republish(r))
                .setHeader(getTranslation("authoring.agentsGet")).setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.addClassName("revisions-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("authoring.revisions"));
        add(new H3(getTranslation("authoring.revisions")), grid);
    }

    void show(ContentKind kind, String moduleId) {
        this.kind = kind;
        this.moduleId = moduleId;
        grid.setItems(authoring.revisions(author, kind, moduleId));
    }

    private Button republish(Revision revision) {
        Button again = new Button(getTranslation("authoring.republish"), e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("authoring.republish"),
                    getTranslation("authoring.republishConfirm", revision.revision()), getTranslation("authoring.republish"),
                    ok -> {
                        authoring.republish(author, kind, moduleId, revision.revision());
                        show(kind, moduleId);
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("interactions.cancel"));
            confirm.open();
        });
        again.addClassName("republish");
        return again;
    }

    private String date(Instant at) {
        return at == null ? "" : Formats.dateTime(getLocale()).format(at.atZone(ZoneId.systemDefault()));
    }
}
