package com.empathycoach.web.reporting.ui;

import com.empathycoach.web.shared.Routes;
import com.empathycoach.web.shared.Formats;
import com.empathycoach.web.shared.LocalizedTitle;
import com.empathycoach.core.audit.AuditEntry;
import com.empathycoach.core.reporting.ReportingFacade;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.Page;
import com.empathycoach.web.security.CurrentUser;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Every export (and administrative action) with who, when, what and how many rows, newest first. */
@Route(Routes.AUDIT_LOG)
@RolesAllowed({"HR", "ADMIN"})
class AuditLogView extends VerticalLayout implements LocalizedTitle {

    AuditLogView(CurrentUser currentUser, ReportingFacade reporting) {
        addClassName("audit-log");
        setSizeFull();
        Actor actor = currentUser.actor();
        DateTimeFormatter when = Formats.dateTime(getLocale())
                .withZone(ZoneId.systemDefault());
        Grid<AuditEntry> grid = new Grid<>();
        grid.addClassName("audit-grid");
        // Details can be long: they wrap, so every entry can be read in full at any width.
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(e -> when.format(e.at())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actorName).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(e -> action(e.action())).setHeader(getTranslation("audit.what")).setAutoWidth(true);
        grid.addColumn(AuditEntry::details).setHeader(getTranslation("audit.details")).setFlexGrow(2)
                .setWidth("14rem");
        grid.addColumn(e -> e.rowCount() == null ? "" : String.valueOf(e.rowCount())).setHeader(getTranslation("audit.rows"))
                .setAutoWidth(true);
        grid.setItems(query -> reporting.auditLog(actor, new Page(query.getOffset(), query.getLimit())).stream(),
                query -> reporting.auditCount(actor));
        grid.setEmptyStateText(getTranslation("audit.none"));
        add(new H2(getTranslation("audit.title")), grid);
    }

    @Override
    public String titleKey() {
        return "title.auditLogView";
    }

    /** The action in the reader's words; an action this version has no words for shows its code, never a raw key. */
    private String action(String code) {
        String key = "audit.action." + code;
        String text = getTranslation(key);
        return text.contains(key) ? code : text;
    }
}
