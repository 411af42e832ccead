package com.empathycoach.web.identity.ui;

import com.empathycoach.web.shared.UploadTexts;
import com.empathycoach.web.shared.LocalizedTitle;
import com.empathycoach.core.identity.AccountFacade.Handover;
import com.empathycoach.core.identity.UserImportFacade;
import com.empathycoach.core.identity.UserImportFacade.Line;
import com.empathycoach.core.identity.UserImportFacade.Row;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.web.security.CurrentUser;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Bulk import from CSV (username, name, email, roles, team): a dry run lists every row with its problems;
 * importing creates nothing while any row is invalid, unless the admin chooses the valid rows only.
 */
@Route("admin/import")
@RolesAllowed("ADMIN")
class AdminImportView extends VerticalLayout implements LocalizedTitle {

    static final List<String> COLUMNS = List.of("username", "name", "email", "roles", "team");
    /** The columns a file must have; team may be left out. */
    static final List<String> REQUIRED = COLUMNS.subList(0, 4);

    private final transient UserImportFacade imports;
    private final transient Actor admin;
    private final Grid<Row> preview = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Button importAll = new Button();
    private final Button importValid = new Button();
    private final Div result = new Div();
    private List<Line> lines = List.of();

    AdminImportView(CurrentUser currentUser, UserImportFacade imports) {
        this.imports = imports;
        this.admin = currentUser.actor();
        addClassName("admin-import");
        configureButtons();
        configurePreview();
        HorizontalLayout actions = new HorizontalLayout(importAll, importValid);
        actions.setWrap(true);
        add(new H2(getTranslation("admin.import.title")), new Paragraph(getTranslation("admin.import.intro",
                String.join(",", COLUMNS), UserImportFacade.MAX_ROWS)), upload(), summary, actions, preview, result);
    }

    /** One CSV file of at most a megabyte, read in memory and checked in a dry run. */
    private Upload upload() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            List<Line> read;
            String problem = null;
            try {
                read = parse(bytes);
            } catch (IOException | IllegalArgumentException e) {
                read = List.of();
                problem = problemKey(e);
            }
            List<Line> parsed = read;
            String failure = problem;
            UI ui = getUI().orElseThrow();
            ui.access(() -> show(parsed, failure));
        }));
        upload.setMaxFiles(1);
        UploadTexts.translated(upload);
        upload.setMaxFileSize(1024 * 1024);
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.addClassName("import-upload");
        return upload;
    }

    private void configureButtons() {
        importAll.setText(getTranslation("admin.import.all"));
        importAll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importAll.addClassName("import-all");
        importAll.addClickListener(e -> run(false));
        importValid.setText(getTranslation("admin.import.validOnly"));
        importValid.addClassName("import-valid");
        importValid.addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("admin.import.validOnlyTitle"),
                    getTranslation("admin.import.validOnlyText"), getTranslation("admin.import.validOnly"), ok -> run(true));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.open();
        });
        importAll.setEnabled(false);
        importValid.setEnabled(false);
    }

    /** The dry run's rows: the uploaded file itself, at most {@link UserImportFacade#MAX_ROWS}, so kept in memory. */
    private void configurePreview() {
        preview.addClassName("import-preview");
        preview.addThemeVariants(GridVariant.LUMO_COMPACT);
        preview.addColumn(Row::number).setHeader(getTranslation("admin.import.line")).setAutoWidth(true).setFlexGrow(0);
        preview.addColumn(Row::username).setHeader(getTranslation("admin.users.username"));
        preview.addColumn(Row::name).setHeader(getTranslation("admin.users.name"));
        preview.addColumn(Row::email).setHeader(getTranslation("admin.users.email"));
        preview.addColumn(r -> r.roles().stream().map(x -> getTranslation("role." + x.name())).collect(Collectors.joining(", ")))
                .setHeader(getTranslation("admin.users.roles"));
        preview.addColumn(r -> r.team() == null ? "" : r.team()).setHeader(getTranslation("admin.import.team"));
        preview.addColumn(r -> r.valid() ? getTranslation("admin.import.ok")
                        : r.problems().stream().map(this::getTranslation).collect(Collectors.joining(" ")))
                .setHeader(getTranslation("admin.import.check")).setFlexGrow(3);
        preview.setPartNameGenerator(r -> r.valid() ? null : "import-invalid");
        preview.setEmptyStateText(getTranslation("admin.import.empty"));
    }

    static List<Line> parse(byte[] bytes) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                     .setTrim(true).get().parse(reader)) {
            if (!csv.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").toLowerCase()).toList().containsAll(REQUIRED)) {
                throw new MissingColumnsException();
            }
            for (CSVRecord record : csv) {
                lines.add(new Line((int) record.getRecordNumber() + 1, value(record, "username"), value(record, "name"),
                        value(record, "email"), value(record, "roles"), value(record, "team")));
            }
        }
        return lines;
    }

    private static String value(CSVRecord record, String column) {
        for (String header : record.getParser().getHeaderNames()) {
            if (header.replace("\uFEFF", "").equalsIgnoreCase(column)) {
                return record.isSet(header) ? record.get(header) : "";
            }
        }
        return "";
    }

    private void show(List<Line> parsed, String problem) {
        result.removeAll();
        try {
            lines = parsed;
            if (problem != null) {
                throw new InvalidInputException("file", problem);
            }
            List<Row> rows = imports.preview(admin, parsed);
            long valid = rows.stream().filter(Row::valid).count();
            preview.setItems(rows);
            summary.setText(getTranslation("admin.import.summary", rows.size(), valid, rows.size() - valid));
            importAll.setEnabled(!rows.isEmpty() && valid == rows.size());
            importValid.setEnabled(valid > 0 && valid < rows.size());
        } catch (InvalidInputException e) {
            lines = List.of();
            preview.setItems(List.of());
            summary.setText(getTranslation(e.messageKey(), UserImportFacade.MAX_ROWS));
            importAll.setEnabled(false);
            importValid.setEnabled(false);
        }
    }

    private void run(boolean validOnly) {
        UserImportFacade.Result done = imports.apply(admin, lines, validOnly);
        lines = List.of();
        importAll.setEnabled(false);
        importValid.setEnabled(false);
        preview.setItems(List.of());
        summary.setText(getTranslation("admin.import.done", done.imported(), done.skipped()));
        byte[] passwords = handoverCsv(done.handovers());
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(passwords), "temporary-passwords.csv", "text/csv", passwords.length)),
                getTranslation("admin.import.passwords"));
        download.getElement().setAttribute("download", true);
        download.addClassName("import-passwords");
        result.removeAll();
        result.add(new Paragraph(getTranslation("admin.import.passwordsHelp")), download);
    }

    private static byte[] handoverCsv(List<Handover> handovers) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader("username", "temporary_password").get())) {
            for (Handover h : handovers) {
                csv.printRecord(h.username(), h.temporaryPassword());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** For tests: runs the dry run on a file's bytes as an upload would. */
    void previewFile(byte[] bytes) {
        try {
            show(parse(bytes), null);
        } catch (IOException | IllegalArgumentException e) {
            show(List.of(), problemKey(e));
        }
    }

    private static String problemKey(Exception e) {
        return e instanceof MissingColumnsException ? "admin.import.missingColumns" : "admin.import.unreadable";
    }

    /** A readable CSV whose first line lacks a column the import needs. */
    private static final class MissingColumnsException extends IllegalArgumentException {
        MissingColumnsException() {
            super("missing columns");
        }
    }

    @Override
    public String titleKey() {
        return "title.adminImportView";
    }
}
