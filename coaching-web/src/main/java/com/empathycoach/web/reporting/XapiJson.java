package com.empathycoach.web.reporting;

import com.empathycoach.core.reporting.StatementStore.StoredStatement;
import com.empathycoach.core.reporting.XapiStatement;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.OutputStream;
import java.util.function.Consumer;

/** xAPI 1.0.3 statement JSON: actor (mbox), verb, activity object, result, timestamp, version. */
public final class XapiJson {

    public static final String VERSION = "1.0.3";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private XapiJson() {
    }

    /** {@code baseUrl} makes activity ids absolute IRIs, as xAPI requires. */
    public static ObjectNode statement(StoredStatement stored, String baseUrl) {
        XapiStatement s = stored.statement();
        ObjectNode root = JSON.createObjectNode();
        root.put("id", s.id());
        ObjectNode actor = root.putObject("actor");
        actor.put("objectType", "Agent");
        actor.put("name", stored.actorName());
        actor.put("mbox", "mailto:" + stored.actorEmail());
        ObjectNode verb = root.putObject("verb");
        verb.put("id", s.verb().iri());
        verb.putObject("display").put("en-US", s.verb().display());
        ObjectNode object = root.putObject("object");
        object.put("objectType", "Activity");
        object.put("id", baseUrl + "/xapi/activities/" + s.activityId());
        ObjectNode definition = object.putObject("definition");
        definition.putObject("name").put("en-US", s.activityName());
        definition.put("type", s.activityType().iri());
        if (s.score() != null || s.success() != null || s.completion() != null || s.response() != null) {
            ObjectNode result = root.putObject("result");
            if (s.score() != null) {
                ObjectNode score = result.putObject("score");
                score.put("scaled", s.score() / 100.0);
                score.put("raw", s.score());
                score.put("min", 0);
                score.put("max", 100);
            }
            if (s.success() != null) {
                result.put("success", s.success());
            }
            if (s.completion() != null) {
                result.put("completion", s.completion());
            }
            if (s.response() != null) {
                result.put("response", s.response());
            }
        }
        root.put("timestamp", s.at().toString());
        root.put("version", VERSION);
        return root;
    }

    /** Writes statements as one JSON array, one at a time, as the source streams them. */
    public static int writeArray(OutputStream out, String baseUrl, Consumer<Consumer<StoredStatement>> source) {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartArray();
            int[] count = {0};
            source.accept(s -> {
                JSON.writeTree(json, statement(s, baseUrl));
                count[0]++;
            });
            json.writeEndArray();
            return count[0];
        }
    }

    public static String toJson(Object node) {
        return JSON.writeValueAsString(node);
    }
}
