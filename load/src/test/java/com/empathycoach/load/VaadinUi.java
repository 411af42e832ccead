package com.empathycoach.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one browser tab knows about a Vaadin Flow UI: the element tree the server has sent, the security
 * key, and the sync and client ids of the next request. It reads the same JSON messages the Flow client
 * reads (tree changes by feature), finds elements the way a person would (by tag, class name or text), and
 * writes the same RPC messages the client writes (clicks, property syncs, router navigation).
 *
 * <p>It keeps only what the simulations look at: tag, attributes, properties, classes, children and text.
 * Messages it does not act on (JavaScript to run, lazy imports, constants) are read past. A message that
 * asks the client to resynchronise, or reports that the session expired, is an error: a real tab would
 * reload there, and a run that hits it must count it.
 */
final class VaadinUi {

    // Node feature ids, as numbered by Flow's NodeFeatureRegistry.
    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int TEXT = 7;
    private static final int CLASS_LIST = 11;
    private static final int VIRTUAL_CHILDREN = 24;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    static final class Node {
        final int id;
        String tag;
        boolean visible = true;
        String text;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final List<String> classes = new ArrayList<>();
        final List<Integer> children = new ArrayList<>();
        final List<Integer> virtualChildren = new ArrayList<>();

        Node(int id) {
            this.id = id;
        }

        boolean hasClass(String name) {
            return classes.contains(name);
        }

        String property(String name) {
            JsonNode value = properties.get(name);
            return value == null || value.isNull() ? null : value.asText();
        }

        boolean enabled() {
            JsonNode disabled = properties.get("disabled");
            return !attributes.containsKey("disabled") && (disabled == null || !disabled.asBoolean());
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    private int uiId;
    private String securityKey;
    private int syncId = -1;
    private int clientId;

    private static final Pattern INITIAL = Pattern.compile("window\\.Vaadin\\.TypeScript= (\\{.*?\\});</script>", Pattern.DOTALL);

    /**
     * Reads the UI that Flow created while serving a page: its first state is in the page itself
     * ({@code window.Vaadin.TypeScript.initial}), which a browser uses instead of asking for a new UI.
     */
    static VaadinUi fromPage(String html) {
        Matcher initial = INITIAL.matcher(html);
        if (!initial.find()) {
            throw new IllegalStateException("The page carried no UI: " + abbreviate(html));
        }
        return fromInit(read(initial.group(1)).path("initial").toString());
    }

    /** Reads the answer to {@code ?v-r=init}: the UI id, the security key and the first changes. */
    static VaadinUi fromInit(String body) {
        VaadinUi ui = new VaadinUi();
        JsonNode config = read(body).path("appConfig");
        ui.uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        ui.securityKey = uidl.path("Vaadin-Security-Key").asText(null);
        if (ui.securityKey == null) {
            throw new IllegalStateException("The init answer had no security key: " + abbreviate(body));
        }
        ui.apply(uidl);
        return ui;
    }

    int uiId() {
        return uiId;
    }

    /** Applies one UIDL answer; fails on anything a Flow client would treat as an error. */
    synchronized VaadinUi accept(String body) {
        JsonNode root = read(body);
        if (root.isArray()) {
            root.forEach(this::apply);
        } else {
            apply(root);
        }
        return this;
    }

    private void apply(JsonNode message) {
        JsonNode meta = message.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            throw new IllegalStateException("Session expired");
        }
        if (meta.path("appError").isObject()) {
            throw new IllegalStateException("Application error: " + meta.path("appError"));
        }
        if (message.has("syncId")) {
            int next = message.path("syncId").asInt();
            if (message.path("resynchronize").asBoolean(false)) {
                throw new IllegalStateException("The server asked for a resynchronisation at sync id " + next);
            }
            syncId = next;
        }
        if (message.has("clientId")) {
            clientId = message.path("clientId").asInt();
        }
        for (JsonNode change : message.path("changes")) {
            applyChange(change);
        }
    }

    private void applyChange(JsonNode c) {
        int id = c.path("node").asInt();
        String type = c.path("type").asText();
        switch (type) {
            case "attach" -> nodes.computeIfAbsent(id, Node::new);
            case "detach" -> nodes.remove(id);
            case "put" -> put(node(id), c);
            case "remove" -> remove(node(id), c);
            case "splice" -> splice(node(id), c);
            case "clear" -> clear(node(id), c.path("feat").asInt());
            default -> {
                // Other change types (for example on template features) are not used by these views.
            }
        }
    }

    private Node node(int id) {
        return nodes.computeIfAbsent(id, Node::new);
    }

    private void put(Node node, JsonNode c) {
        String key = c.path("key").asText();
        JsonNode value = c.has("nodeValue") ? c.get("nodeValue") : c.path("value");
        switch (c.path("feat").asInt()) {
            case ELEMENT_DATA -> {
                if ("tag".equals(key)) {
                    node.tag = value.asText();
                } else if ("visible".equals(key)) {
                    node.visible = value.asBoolean(true);
                }
            }
            case PROPERTIES -> node.properties.put(key, value);
            // Resource attributes (a download link's href) arrive as {"uri": ...}.
            case ATTRIBUTES -> node.attributes.put(key, value.has("uri") ? value.path("uri").asText() : value.asText());
            case TEXT -> node.text = value.asText();
            default -> {
            }
        }
    }

    private void remove(Node node, JsonNode c) {
        String key = c.path("key").asText();
        switch (c.path("feat").asInt()) {
            case PROPERTIES -> node.properties.remove(key);
            case ATTRIBUTES -> node.attributes.remove(key);
            default -> {
            }
        }
    }

    private void splice(Node node, JsonNode c) {
        int feature = c.path("feat").asInt();
        int index = c.path("index").asInt();
        int removeCount = c.path("remove").asInt(0);
        if (feature == CHILDREN || feature == VIRTUAL_CHILDREN) {
            List<Integer> list = feature == CHILDREN ? node.children : node.virtualChildren;
            for (int i = 0; i < removeCount && index < list.size(); i++) {
                list.remove(index);
            }
            List<Integer> added = new ArrayList<>();
            c.path("addNodes").forEach(n -> added.add(n.asInt()));
            list.addAll(Math.min(index, list.size()), added);
        } else if (feature == CLASS_LIST) {
            for (int i = 0; i < removeCount && index < node.classes.size(); i++) {
                node.classes.remove(index);
            }
            List<String> added = new ArrayList<>();
            c.path("add").forEach(n -> added.add(n.asText()));
            node.classes.addAll(Math.min(index, node.classes.size()), added);
        }
    }

    private void clear(Node node, int feature) {
        if (feature == CHILDREN) {
            node.children.clear();
        } else if (feature == VIRTUAL_CHILDREN) {
            node.virtualChildren.clear();
        } else if (feature == CLASS_LIST) {
            node.classes.clear();
        }
    }

    // ---- Finding elements --------------------------------------------------------------------------

    /** Elements attached under the UI's body, shown (no hidden ancestor), in document order. */
    List<Node> shown(Predicate<Node> filter) {
        List<Node> found = new ArrayList<>();
        Node body = nodes.get(1);
        if (body != null) {
            collect(body, filter, found, new LinkedHashSet<>());
        }
        return found;
    }

    private void collect(Node node, Predicate<Node> filter, List<Node> found, Set<Integer> seen) {
        if (!node.visible || !seen.add(node.id)) {
            return;
        }
        if (filter.test(node)) {
            found.add(node);
        }
        for (List<Integer> list : List.of(node.children, node.virtualChildren)) {
            for (int child : list) {
                Node c = nodes.get(child);
                if (c != null) {
                    collect(c, filter, found, seen);
                }
            }
        }
    }

    /** The first shown element with this tag (any tag when null) and class name (any when null). */
    Optional<Node> first(String tag, String className) {
        return shown(n -> (tag == null || tag.equals(n.tag)) && (className == null || n.hasClass(className)))
                .stream().findFirst();
    }

    boolean has(String tag, String className) {
        return first(tag, className).isPresent();
    }

    boolean clickable(String tag, String className) {
        return first(tag, className).filter(Node::enabled).isPresent();
    }

    List<Node> children(Node node, String tag) {
        return node.children.stream().map(nodes::get).filter(n -> n != null && n.visible && tag.equals(n.tag)).toList();
    }

    /** The text of an element and everything under it, as a reader would see it run together. */
    String text(Node node) {
        StringBuilder out = new StringBuilder();
        appendText(node, out, new LinkedHashSet<>());
        return out.toString();
    }

    private void appendText(Node node, StringBuilder out, Set<Integer> seen) {
        if (!node.visible || !seen.add(node.id)) {
            return;
        }
        if (node.text != null) {
            out.append(node.text);
        }
        for (int child : node.children) {
            Node c = nodes.get(child);
            if (c != null) {
                appendText(c, out, seen);
            }
        }
    }

    // ---- Writing requests --------------------------------------------------------------------------

    /** A click on an element, with the event data a browser's click carries. */
    ObjectNode click(Node node) {
        ObjectNode data = F.objectNode();
        for (String key : List.of("event.shiftKey", "event.metaKey", "event.ctrlKey", "event.altKey")) {
            data.put(key, false);
        }
        for (String key : List.of("event.detail", "event.clientX", "event.clientY", "event.button", "event.screenX", "event.screenY")) {
            data.put(key, 0);
        }
        data.put("event.detail", 1);
        return event(node.id, "click", data);
    }

    ObjectNode event(int node, String name, ObjectNode data) {
        ObjectNode rpc = F.objectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", name);
        rpc.set("data", data);
        return rpc;
    }

    /** A property the browser changed (for example a field's value), as the client reports it. */
    ObjectNode sync(Node node, String property, JsonNode value) {
        ObjectNode rpc = F.objectNode();
        rpc.put("type", "mSync");
        rpc.put("node", node.id);
        rpc.put("feature", PROPERTIES);
        rpc.put("property", property);
        rpc.set("value", value);
        return rpc;
    }

    /** A value change on a field: the new value, then the change event the component listens to. */
    List<ObjectNode> setValue(Node field, JsonNode value) {
        return List.of(sync(field, "value", value), event(field.id, "value-changed", F.objectNode()));
    }

    /** A text field's value as sent when the person leaves the field (Vaadin's default "on change" mode). */
    List<ObjectNode> setValueOnChange(Node field, JsonNode value) {
        return List.of(sync(field, "value", value), event(field.id, "change", F.objectNode()));
    }

    /**
     * The router event a browser's first message to a page's UI carries: the page's own route, at history index 0.
     * Until it arrives, the server's router ignores the tab's next navigation.
     */
    ObjectNode connect(String route) {
        return navigation(route, 0);
    }

    /** Router navigation inside the same tab, as a click on a router link or side-navigation item sends it. */
    ObjectNode navigate(String route) {
        return navigation(route, 1);
    }

    private ObjectNode navigation(String route, int historyIndex) {
        ObjectNode data = F.objectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.set("historyState", F.objectNode().put("idx", historyIndex));
        data.put("trigger", "");
        return event(1, "ui-navigate", data);
    }

    /** The body of the next UIDL request carrying {@code rpcs}; advances the client id. */
    synchronized String message(List<ObjectNode> rpcs) {
        ObjectNode body = F.objectNode();
        body.put("csrfToken", securityKey);
        ArrayNode array = body.putArray("rpc");
        rpcs.forEach(array::add);
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        return body.toString();
    }

    /**
     * What a browser sends when it leaves the page (Flow's client, on "beforeunload", by navigator.sendBeacon):
     * an empty message marked UNLOAD, on which the server closes this UI at once instead of at its heartbeat
     * timeout.
     */
    synchronized String unloadMessage() {
        ObjectNode body = (ObjectNode) read(message(List.of()));
        body.put("UNLOAD", true);
        return body.toString();
    }

    String message(ObjectNode rpc) {
        return message(List.of(rpc));
    }

    static JsonNode string(String value) {
        return F.textNode(value);
    }

    static JsonNode strings(String... values) {
        ArrayNode array = F.arrayNode();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }

    private static JsonNode read(String body) {
        String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException("Not a Vaadin message: " + abbreviate(body), e);
        }
    }

    static String abbreviate(String body) {
        return body == null ? "null" : body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
