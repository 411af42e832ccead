package com.empathycoach.web.interaction;

import com.empathycoach.core.interaction.InteractionFacade.BatchItem;
import com.empathycoach.core.interaction.InteractionViews.NewInteraction;
import com.empathycoach.core.interaction.InteractionViews.NewTurn;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a file of interactions for import: JSON Lines (one object per line, as the API takes it) or CSV (one row per
 * turn: external_id, agent, channel, occurred_at, speaker, text; rows with the same external_id make one
 * interaction, in file order). A part that cannot be read becomes an item with a problem, so the rest still counts.
 */
public final class InteractionBatchFile {

    public static final List<String> CSV_COLUMNS = List.of("external_id", "agent", "channel", "occurred_at", "speaker", "text");
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private InteractionBatchFile() {
    }

    /** The items of the file; throws {@link IllegalArgumentException} with a message key when it cannot be read at all. */
    public static List<BatchItem> read(String fileName, byte[] bytes) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return csv(bytes);
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
            return jsonLines(bytes);
        }
        throw new IllegalArgumentException("interaction.batchFormat");
    }

    static List<BatchItem> jsonLines(byte[] bytes) {
        List<BatchItem> items = new ArrayList<>();
        String[] lines = text(bytes).split("\\r?\\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                items.add(new BatchItem(i + 1, JSON.readValue(lines[i], NewInteraction.class), null));
            } catch (JacksonException e) {
                items.add(new BatchItem(i + 1, null, "interaction.batchJson"));
            }
        }
        return items;
    }

    static List<BatchItem> csv(byte[] bytes) {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                     .get().parse(reader)) {
            Map<String, String> columns = new LinkedHashMap<>();
            csv.getHeaderNames().forEach(h -> columns.put(h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), h));
            if (!columns.keySet().containsAll(CSV_COLUMNS)) {
                throw new IllegalArgumentException("interaction.batchColumns");
            }
            Map<String, List<CSVRecord>> byId = new LinkedHashMap<>();
            for (CSVRecord record : csv) {
                byId.computeIfAbsent(record.get(columns.get("external_id")).strip(), id -> new ArrayList<>()).add(record);
            }
            int[] breaks = lineBreaks(new String(bytes, StandardCharsets.UTF_8));
            return byId.entrySet().stream().map(e -> item(e.getKey(), e.getValue(), columns, breaks)).toList();
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("interaction.batchUnreadable", e);
        }
    }

    /** Where each line break of the file is, by character, to tell the line a record starts on. */
    private static int[] lineBreaks(String text) {
        return java.util.stream.IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').toArray();
    }

    /**
     * The file's line on which a record starts: a quoted text that runs over several lines makes the records after
     * it start further down than their number says.
     */
    private static int lineOf(CSVRecord record, int[] breaks) {
        int before = java.util.Arrays.binarySearch(breaks, (int) record.getCharacterPosition());
        return 1 + (before >= 0 ? before : -before - 1);
    }

    private static BatchItem item(String externalId, List<CSVRecord> records, Map<String, String> columns, int[] breaks) {
        CSVRecord first = records.getFirst();
        int line = lineOf(first, breaks);
        String agent = first.get(columns.get("agent")).strip();
        String channel = first.get(columns.get("channel")).strip();
        String occurredAt = first.get(columns.get("occurred_at")).strip();
        List<NewTurn> turns = new ArrayList<>();
        boolean mixed = false;
        for (CSVRecord r : records) {
            mixed |= !r.get(columns.get("agent")).strip().equals(agent) || !r.get(columns.get("channel")).strip().equals(channel)
                    || !r.get(columns.get("occurred_at")).strip().equals(occurredAt);
            turns.add(new NewTurn(r.get(columns.get("speaker")).strip(), r.get(columns.get("text"))));
        }
        NewInteraction interaction = new NewInteraction(agent, channel, occurredAt, externalId, turns);
        return new BatchItem(line, interaction, mixed ? "interaction.batchMixed" : null);
    }

    private static String text(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
