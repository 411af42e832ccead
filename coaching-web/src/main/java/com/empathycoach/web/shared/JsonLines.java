package com.empathycoach.web.shared;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/** JSON Lines downloads: one JSON object per line, UTF-8, each line ending in a line feed. */
public final class JsonLines {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonLines() {
    }

    /** An empty object to fill in for one line. */
    public static ObjectNode object() {
        return JSON.createObjectNode();
    }

    /** Writes one line per item and returns how many were written. */
    public static <T> int write(OutputStream out, List<T> items, Function<T, ObjectNode> line) throws IOException {
        for (T item : items) {
            out.write(JSON.writeValueAsString(line.apply(item)).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        return items.size();
    }
}
