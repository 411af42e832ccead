package com.empathycoach.web.reporting.ui;

import com.empathycoach.core.reporting.ReportFilter;
import com.empathycoach.core.reporting.ReportingFacade;
import com.empathycoach.core.reporting.XapiFacade;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.web.shared.PublicUrls;
import com.empathycoach.web.reporting.CsvExport;
import com.empathycoach.web.reporting.XapiJson;
import com.empathycoach.web.reporting.XlsxExport;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Supplier;

/**
 * Download links for what the dashboard shows: CSV (optionally with a BOM for Excel), XLSX and the xAPI
 * statements of the date range. Files are written while they download; the name carries date and filters.
 */
class ExportLinks extends HorizontalLayout {

    private volatile boolean bom;

    ExportLinks(ReportingFacade reporting, XapiFacade xapi, Actor actor, Supplier<ReportFilter> filter, PublicUrls urls) {
        addClassName("export-links");
        setWrap(true);
        setAlignItems(Alignment.BASELINE);
        Anchor csv = new Anchor((DownloadHandler) event -> download(event, name(reporting, filter.get(), "csv"),
                "text/csv; charset=UTF-8", out -> CsvExport.write(out, bom,
                        sink -> reporting.export(actor, filter.get(), "CSV", sink))), getTranslation("hr.export.csv"));
        csv.addClassName("export-csv");
        Checkbox excel = new Checkbox(getTranslation("hr.export.bom"), e -> bom = e.getValue());
        excel.addClassName("export-bom");
        Anchor xlsx = new Anchor((DownloadHandler) event -> download(event, name(reporting, filter.get(), "xlsx"),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                out -> XlsxExport.write(out, sink -> reporting.export(actor, filter.get(), "XLSX", sink))),
                getTranslation("hr.export.xlsx"));
        xlsx.addClassName("export-xlsx");
        Anchor statements = new Anchor((DownloadHandler) event -> {
            ReportFilter f = filter.get();
            String base = urls.base();
            download(event, "xapi-statements_" + reporting.today() + "_" + rangeSlug(f) + ".json", "application/json",
                    out -> XapiJson.writeArray(out, base, sink -> xapi.export(actor, f.from(), f.to(), sink)));
        }, getTranslation("hr.export.xapi"));
        statements.addClassName("export-xapi");
        for (Anchor a : new Anchor[]{csv, xlsx, statements}) {
            a.getElement().setAttribute("download", true);
            a.addClassName("export-link");
        }
        add(csv, excel, xlsx, statements, new RouterLink(getTranslation("hr.audit.open"), AuditLogView.class));
    }

    @FunctionalInterface
    private interface Writer {
        int write(OutputStream out) throws IOException;
    }

    private static void download(DownloadEvent event, String fileName, String contentType, Writer writer) throws IOException {
        event.setFileName(fileName);
        event.setContentType(contentType);
        try (OutputStream out = event.getOutputStream()) {
            writer.write(out);
        }
    }

    static String name(ReportingFacade reporting, ReportFilter filter, String extension) {
        return "completion_" + reporting.today() + "_" + reporting.fileSlug(filter) + "." + extension;
    }

    private static String rangeSlug(ReportFilter filter) {
        return new ReportFilter(null, null, filter.from(), filter.to()).slug(null);
    }
}
