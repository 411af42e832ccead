package com.empathycoach.web.interaction.ui;

import com.empathycoach.web.shared.UploadTexts;
import com.empathycoach.core.identity.Actor;
import com.empathycoach.core.interaction.InteractionFacade;
import com.empathycoach.core.interaction.InteractionFacade.BatchItem;
import com.empathycoach.core.interaction.InteractionFacade.BatchOutcome;
import com.empathycoach.core.interaction.InteractionFacade.BatchRow;
import com.empathycoach.core.shared.InvalidInputException;
import com.empathycoach.web.interaction.InteractionBatchFile;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import java.util.List;

/**
 * Imports a CSV or JSON Lines file of interactions: the upload is checked in a dry run first (new, already imported,
 * errors, line by line); only the coach's confirmation stores the new ones.
 */
class BatchImportDialog extends Dialog {

    private final transient InteractionFacade interactions;
    private final transient Actor coach;
    private final transient Runnable afterImport;
    private final Paragraph summary = new Paragraph();
    private final Grid<BatchRow> rows = new Grid<>();
    private final Button confirm = new Button();
    private final Button cancel = new Button();
    private transient List<BatchItem> items = List.of();

    BatchImportDialog(InteractionFacade interactions, Actor coach, Runnable afterImport) {
        this.interactions = interactions;
        this.coach = coach;
        this.afterImport = afterImport;
        setHeaderTitle(getTranslation("batch.title"));
        addClassName("batch-import");
        summary.addClassName("batch-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        configureRows();
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("confirm-import");
        confirm.setVisible(false);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(e -> run());
        cancel.setText(getTranslation("interactions.cancel"));
        cancel.addClickListener(e -> close());
        add(new Paragraph(getTranslation("batch.intro")), upload(), summary, rows);
        getFooter().add(cancel, confirm);
        setWidth("min(56rem, 95vw)");
    }

    private Upload upload() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = getUI().orElseThrow();
            try {
                List<BatchItem> read = InteractionBatchFile.read(metadata.fileName(), bytes);
                ui.access(() -> check(read));
            } catch (IllegalArgumentException e) {
                ui.access(() -> fail(e.getMessage()));
            }
        }));
        upload.setMaxFiles(1);
        UploadTexts.translated(upload);
        upload.setMaxFileSize(InteractionBatchFile.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".jsonl", ".ndjson", ".json", "text/csv", "application/json");
        upload.addClassName("batch-upload");
        return upload;
    }

    private void configureRows() {
        rows.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        rows.addColumn(BatchRow::line).setHeader(getTranslation("batch.line")).setAutoWidth(true).setFlexGrow(0);
        rows.addColumn(r -> r.externalId() == null ? "" : r.externalId()).setHeader(getTranslation("batch.externalId"));
        rows.addColumn(r -> r.agent() == null ? "" : r.agent()).setHeader(getTranslation("interactions.agent"));
        rows.addColumn(r -> getTranslation("batch.outcome." + r.outcome().name())
                        + (r.messageKey() == null ? "" : ": " + getTranslation(r.messageKey())))
                .setHeader(getTranslation("batch.result")).setFlexGrow(3);
        rows.setPartNameGenerator(r -> r.outcome() == BatchOutcome.ERROR ? "import-invalid" : null);
        rows.setHeight("min(40vh, 20rem)");
        rows.setVisible(false);
        rows.addClassName("batch-rows");
    }

    private void check(List<BatchItem> read) {
        items = read;
        if (read.isEmpty()) {
            fail("batch.nothing");
            return;
        }
        try {
            List<BatchRow> checked = interactions.importBatch(coach, read, true);
            long fresh = count(checked, BatchOutcome.NEW);
            summary.setText(getTranslation("batch.checked", checked.size(), fresh, count(checked, BatchOutcome.EXISTS),
                    count(checked, BatchOutcome.ERROR)));
            show(checked);
            confirm.setText(getTranslation("batch.import", fresh));
            confirm.setVisible(fresh > 0);
            confirm.setEnabled(fresh > 0);
        } catch (InvalidInputException e) {
            fail(e.messageKey());
        }
    }

    private void run() {
        List<BatchRow> done = interactions.importBatch(coach, items, false);
        summary.setText(getTranslation("batch.done", count(done, BatchOutcome.CREATED), count(done, BatchOutcome.EXISTS),
                count(done, BatchOutcome.ERROR)));
        show(done);
        confirm.setVisible(false);
        cancel.setText(getTranslation("batch.close"));
        items = List.of();
        afterImport.run();
    }

    private void fail(String key) {
        items = List.of();
        summary.setText(getTranslation(key));
        rows.setVisible(false);
        confirm.setVisible(false);
    }

    private void show(List<BatchRow> result) {
        rows.setItems(result);
        rows.setVisible(true);
    }

    private static long count(List<BatchRow> rows, BatchOutcome outcome) {
        return rows.stream().filter(r -> r.outcome() == outcome).count();
    }
}
