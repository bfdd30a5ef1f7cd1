package ua.cooperation.portal.testsupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * One browser tab's side of Vaadin Flow's client-server protocol, as the Flow client in the browser speaks it: the
 * bootstrap answer of {@code ?v-r=init} gives the UI id and the security key; every UIDL request carries that key as
 * {@code csrfToken}, the last {@code syncId} received and the next {@code clientId}; the answers' {@code changes} build
 * the same node tree the browser holds, so that the ids of components ({@code setId}) lead to the node ids that events
 * and property changes must name. Nothing is switched off on the server: a request with a wrong key, sync id or node is
 * refused or resynchronised by the portal exactly as for a browser, and the checks here turn that into an error.
 * <p>
 * Deliberately not emulated: the property-sync messages the web components send after they attach (their answer is
 * empty) and the heartbeat (every 300 s, longer than a journey step). What the grid's data communication needs — the
 * confirmation of each data update — is sent, as the browser does, in a follow-up request ({@link #hasFollowUp()}).
 * <p>
 * Not thread-safe: one instance per virtual user, used by one request at a time. Used by the load test, the session
 * memory benchmark and {@link PortalTab} (tests of a running session over HTTP).
 */
public final class VaadinClient {

    /** Browser details that the Flow client sends with the bootstrap request (a 1280×800 Chromium in Kyiv). */
    public static final String BROWSER_DETAILS = "v-sh=800&v-sw=1280&v-wh=800&v-ww=1280&v-bh=800&v-bw=1280&v-tzo=-120"
            + "&v-dstd=60&v-rtzo=-120&v-dston=false&v-tzid=Europe%2FKiev&v-td=false&v-pr=1&v-np=Linux%20x86_64"
            + "&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=PROMPT"
            + "&v-wla=SUPPORTED&v-ws=false";

    /** Spring Security's token on the sign-in page, for the login form's POST. */
    private static final Pattern SPRING_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    // Flow's node features, by their numbers on the wire (com.vaadin.flow.internal.nodefeature.NodeFeatures)
    private static final int FEATURE_ELEMENT_DATA = 0;
    private static final int FEATURE_PROPERTIES = 1;
    private static final int FEATURE_CHILDREN = 2;
    private static final int FEATURE_ATTRIBUTES = 3;
    private static final int FEATURE_TEXT = 7;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One element or text node of the UI, as far as the journeys need it. */
    public static final class Node {
        public final int id;
        String tag;
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        String text;

        Node(int id) {
            this.id = id;
        }

        public Optional<String> property(String name) {
            var value = properties.get(name);
            return value == null || value.isNull() ? Optional.empty() : Optional.of(string(value));
        }

        /** An attribute of the element, such as the {@code href} of a link. */
        public Optional<String> attribute(String name) {
            return Optional.ofNullable(attributes.get(name));
        }
    }

    /** One row that a grid received, by its key. */
    public record GridRow(String key, JsonNode data) {
        public String column(String name) {
            return string(data.path(name));
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, Integer> nodeByDomId = new HashMap<>();
    private final Map<Integer, Integer> promises = new HashMap<>();
    private final Map<Integer, TreeMap<Integer, GridRow>> gridRows = new HashMap<>();
    private final List<String> notifications = new ArrayList<>();
    private final List<JsonNode> followUp = new ArrayList<>();
    private String springCsrf;
    private int uiId = -1;
    private String securityKey;
    private int lastSyncId = -1;
    private int nextClientId;
    private int expectedClientId;
    private int historyIndex;
    private String lastResponse = "";

    // ---- the sign-in page and the bootstrap ---------------------------------------------------------------------

    /** Reads Spring Security's CSRF token off the sign-in page (a {@code <meta>} tag Vaadin's configurer writes). */
    public void readSignInPage(String html) {
        var matcher = SPRING_CSRF.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("the sign-in page has no _csrf meta tag");
        }
        springCsrf = matcher.group(1);
    }

    public String springCsrf() {
        if (springCsrf == null) {
            throw new IllegalStateException("the sign-in page was not read");
        }
        return springCsrf;
    }

    /** The answer of {@code ?v-r=init}: a new UI of this tab, its id, security key and initial state. */
    public void bootstrap(String body) {
        var config = JSON.readTree(body).path("appConfig");
        if (config.isMissingNode() || !config.has("v-uiId")) {
            throw new IllegalStateException("bootstrap answer without appConfig/v-uiId: " + abbreviate(body));
        }
        nodes.clear();
        nodeByDomId.clear();
        promises.clear();
        gridRows.clear();
        followUp.clear();
        historyIndex = 0;
        uiId = config.path("v-uiId").asInt();
        var uidl = config.path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asString(null);
        if (securityKey == null) {
            throw new IllegalStateException("bootstrap answer without Vaadin-Security-Key");
        }
        lastSyncId = -1;
        nextClientId = 0;
        expectedClientId = 0;
        apply(uidl);
    }

    public int uiId() {
        requireBootstrapped();
        return uiId;
    }

    // ---- requests ---------------------------------------------------------------------------------------------

    /** A client-side navigation (a router link, the side navigation, or the first route of a new page). */
    public String navigate(String route) {
        var data = JSON.createObjectNode();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.putObject("historyState").put("idx", historyIndex);
        // the first navigation of a page is the page's own address; later ones come from a link in the page
        data.put("trigger", historyIndex == 0 && route.startsWith("/") ? "" : "client");
        historyIndex++;
        return request(List.of(event(1, "ui-navigate", data)));
    }

    /** Types {@code value} into the text field (or text area) with DOM id {@code domId}, firing {@code eventName}. */
    public String type(String domId, String value, String eventName, ObjectNode eventData) {
        var node = requireNode(domId);
        var sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", node.id);
        sync.put("feature", FEATURE_PROPERTIES);
        sync.put("property", "value");
        sync.put("value", value);
        return request(List.of(sync, event(node.id, eventName, eventData)));
    }

    /** Types into a field and clicks a button in the same round trip, as a browser sends a change followed by a click. */
    public String typeAndClick(String fieldId, String value, String buttonId) {
        var field = requireNode(fieldId);
        var button = requireNode(buttonId);
        var sync = JSON.createObjectNode();
        sync.put("type", "mSync");
        sync.put("node", field.id);
        sync.put("feature", FEATURE_PROPERTIES);
        sync.put("property", "value");
        sync.put("value", value);
        return request(List.of(sync, event(field.id, "change", JSON.createObjectNode()),
                event(button.id, "click", clickData())));
    }

    /** A mouse click on the element with DOM id {@code domId} (a button). */
    public String click(String domId) {
        return request(List.of(event(requireNode(domId).id, "click", clickData())));
    }

    /**
     * A click on a grid row, as the browser's grid connector reports it: the row is selected, its details toggled and
     * the item click fired.
     */
    public String clickGridRow(String gridId, String key) {
        var grid = requireNode(gridId);
        var data = JSON.createObjectNode();
        data.put("event.detail.screenY", 364);
        data.put("event.detail.metaKey", false);
        data.put("event.detail.button", 0);
        data.put("event.detail.shiftKey", false);
        data.put("event.detail.screenX", 459);
        data.put("event.detail.itemKey", key);
        data.put("event.detail.internalColumnId", "col0");
        data.put("event.detail.altKey", false);
        data.put("event.detail.clientX", 449);
        data.put("event.detail.detail", 1);
        data.put("event.detail.clientY", 267);
        data.put("event.detail.ctrlKey", false);
        return request(List.of(
                publishedEventHandler(grid.id, "select", JSON.createArrayNode().add(key)),
                publishedEventHandler(grid.id, "setDetailsVisible", JSON.createArrayNode().add(key)),
                event(grid.id, "item-click", data)));
    }

    public boolean hasFollowUp() {
        return !followUp.isEmpty();
    }

    /** What the browser sends right after an answer on its own: the confirmation of grid data updates. */
    public String followUp() {
        var rpcs = List.copyOf(followUp);
        followUp.clear();
        return request(rpcs);
    }

    private String request(List<JsonNode> rpcs) {
        requireBootstrapped();
        var message = JSON.createObjectNode();
        message.put("csrfToken", securityKey);
        var rpc = message.putArray("rpc");
        rpcs.forEach(rpc::add);
        message.put("syncId", Math.max(lastSyncId, 0));
        message.put("clientId", nextClientId);
        expectedClientId = nextClientId + 1;
        nextClientId++;
        return JSON.writeValueAsString(message);
    }

    private static ObjectNode event(int node, String name, JsonNode data) {
        var event = JSON.createObjectNode();
        event.put("type", "event");
        event.put("node", node);
        event.put("event", name);
        event.set("data", data);
        return event;
    }

    private ObjectNode publishedEventHandler(int node, String method, ArrayNode args) {
        var call = JSON.createObjectNode();
        call.put("type", "publishedEventHandler");
        call.put("node", node);
        call.put("templateEventMethodName", method);
        call.set("templateEventMethodArgs", args);
        int promise = promises.merge(node, 1, Integer::sum) - 1;
        call.put("promise", promise);
        return call;
    }

    private static ObjectNode clickData() {
        var data = JSON.createObjectNode();
        data.put("event.shiftKey", false);
        data.put("event.metaKey", false);
        data.put("event.detail", 1);
        data.put("event.ctrlKey", false);
        data.put("event.clientX", 344);
        data.put("event.clientY", 502);
        data.put("event.altKey", false);
        data.put("event.button", 0);
        data.put("event.screenY", 599);
        data.put("event.screenX", 354);
        return data;
    }

    // ---- answers ----------------------------------------------------------------------------------------------

    /**
     * Takes a UIDL answer: checks that it answers the request just sent (client id), is not an error or a
     * resynchronisation, and applies its changes to the node tree.
     */
    public void receive(String body) {
        lastResponse = body;
        var text = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        var root = JSON.readTree(text);
        if (root.isArray()) {
            root = root.path(0);
        }
        var meta = root.path("meta");
        if (meta.path("sessionExpired").asBoolean(false)) {
            throw new IllegalStateException("session expired: " + abbreviate(body));
        }
        if (meta.has("appError")) {
            throw new IllegalStateException("application error: " + abbreviate(meta.path("appError").toString()));
        }
        if (root.path("resynchronize").asBoolean(false) || meta.path("resynchronize").asBoolean(false)) {
            throw new IllegalStateException("the server asked for a resynchronisation (lost sync/client id)");
        }
        if (!root.has("clientId") || root.path("clientId").asInt() != expectedClientId) {
            throw new IllegalStateException("answer for client id " + root.path("clientId").asString("none")
                    + ", expected " + expectedClientId + ": " + abbreviate(body));
        }
        apply(root);
    }

    /**
     * Takes the answer to the sign-out click: the server ends the session (so the answer says the session expired)
     * and tells the browser which address to open next, which is returned.
     */
    public String receiveSignOut(String body) {
        lastResponse = body;
        var root = JSON.readTree(body);
        if (!root.path("meta").path("sessionExpired").asBoolean(false)) {
            throw new IllegalStateException("the session did not end on signing out: " + abbreviate(body));
        }
        for (var call : root.path("execute")) {
            // Page.setLocation: the address and the window ("_self"), then the script that opens it
            if (call.size() == 3 && call.path(0).isString() && "_self".equals(string(call.path(1)))) {
                return string(call.path(0));
            }
        }
        throw new IllegalStateException("signing out opens no address: " + abbreviate(body));
    }

    private void apply(JsonNode uidl) {
        notifications.clear();
        if (uidl.has("syncId")) {
            lastSyncId = uidl.path("syncId").asInt();
        }
        if (uidl.has("clientId")) {
            nextClientId = uidl.path("clientId").asInt();
        }
        for (var change : uidl.path("changes")) {
            applyChange(change);
        }
        for (var call : uidl.path("execute")) {
            readExecute(call);
        }
    }

    private void applyChange(JsonNode change) {
        int id = change.path("node").asInt();
        var type = change.path("type").asString("");
        if ("detach".equals(type)) {
            var gone = nodes.remove(id);
            if (gone != null && gone.attributes.containsKey("id")) {
                nodeByDomId.remove(gone.attributes.get("id"), id);
            }
            gridRows.remove(id);
            return;
        }
        var node = nodes.computeIfAbsent(id, Node::new);
        int feature = change.path("feat").asInt(-1);
        switch (type) {
            case "put" -> {
                var key = change.path("key").asString();
                var value = change.path("value");
                if (feature == FEATURE_ELEMENT_DATA && "tag".equals(key)) {
                    node.tag = string(value);
                } else if (feature == FEATURE_PROPERTIES) {
                    node.properties.put(key, value);
                    if ("text".equals(key) && "vaadin-notification".equals(node.tag)) {
                        notifications.add(string(value));
                    }
                } else if (feature == FEATURE_ATTRIBUTES) {
                    node.attributes.put(key, string(value));
                    if ("id".equals(key)) {
                        nodeByDomId.put(string(value), id);
                    }
                } else if (feature == FEATURE_TEXT && "text".equals(key)) {
                    node.text = string(value);
                }
            }
            case "remove" -> {
                var key = change.path("key").asString();
                if (feature == FEATURE_PROPERTIES) {
                    node.properties.remove(key);
                } else if (feature == FEATURE_ATTRIBUTES) {
                    node.attributes.remove(key);
                    if ("id".equals(key)) {
                        nodeByDomId.values().remove(id);
                    }
                }
            }
            case "splice" -> {
                if (feature == FEATURE_CHILDREN) {
                    int index = change.path("index").asInt();
                    int remove = change.path("remove").asInt(0);
                    for (int i = 0; i < remove && index < node.children.size(); i++) {
                        node.children.remove(index);
                    }
                    var added = new ArrayList<Integer>();
                    change.path("addNodes").forEach(n -> added.add(n.asInt()));
                    node.children.addAll(Math.min(index, node.children.size()), added);
                }
            }
            case "clear" -> {
                if (feature == FEATURE_CHILDREN) {
                    node.children.clear();
                }
            }
            default -> { } // attach: the node exists from now on
        }
    }

    /**
     * Reads the JavaScript calls the browser would run that matter here: rows a grid receives
     * ({@code $connector.set}) and the confirmation a grid expects back ({@code $connector.confirm}).
     */
    private void readExecute(JsonNode call) {
        if (!call.isArray() || call.size() < 2) {
            return;
        }
        var script = string(call.path(call.size() - 1));
        var target = call.path(0).path("@v-node").asInt(-1);
        if (target < 0) {
            return;
        }
        var rows = gridRows.computeIfAbsent(target, n -> new TreeMap<>());
        switch (script) {
            case "return $0.$connector.set($1,$2)" -> {
                int index = call.path(1).asInt();
                for (var row : call.path(2)) {
                    rows.put(index++, new GridRow(string(row.path("key")), row));
                }
            }
            case "return $0.$connector.updateSize($1)" -> rows.tailMap(call.path(1).asInt(), true).clear();
            case "return $0.$connector.clear($1,$2)" -> {
                int start = call.path(1).asInt();
                rows.subMap(start, start + call.path(2).asInt()).clear();
            }
            case "return $0.$connector.confirm($1)" -> followUp.add(publishedEventHandler(target, "confirmUpdate",
                    JSON.createArrayNode().add(call.path(1).asInt())));
            default -> {
                if (script.contains("$connector.reset()")) {
                    rows.clear();
                }
            }
        }
    }

    // ---- what the tab shows -----------------------------------------------------------------------------------

    public boolean has(String domId) {
        var id = nodeByDomId.get(domId);
        return id != null && nodes.containsKey(id);
    }

    public Node requireNode(String domId) {
        var id = nodeByDomId.get(domId);
        var node = id == null ? null : nodes.get(id);
        if (node == null) {
            throw new IllegalStateException("no element with id '" + domId + "' on the page; ids seen: "
                    + abbreviate(nodeByDomId.keySet().toString()) + "; last answer: " + abbreviate(lastResponse));
        }
        return node;
    }

    /** The text of the element with DOM id {@code domId}: its text nodes, depth first. */
    public String textOf(String domId) {
        var text = new StringBuilder();
        appendText(requireNode(domId), text, 0);
        return text.toString().strip();
    }

    private void appendText(Node node, StringBuilder text, int depth) {
        if (depth > 50) {
            return;
        }
        if (node.text != null) {
            text.append(node.text);
        }
        for (var child : node.children) {
            var childNode = nodes.get(child);
            if (childNode != null) {
                appendText(childNode, text, depth + 1);
            }
        }
    }

    /** The rows the grid with DOM id {@code gridId} holds now, in order. */
    public List<GridRow> rowsOf(String gridId) {
        var rows = gridRows.get(requireNode(gridId).id);
        return rows == null ? List.of() : List.copyOf(rows.values());
    }

    /** The texts of the notifications the last answer opened. */
    public List<String> notifications() {
        return List.copyOf(notifications);
    }

    /** The raw text of the last answer, for checks on what the server sent (e.g. a notification's text). */
    public String lastResponse() {
        return lastResponse;
    }

    private void requireBootstrapped() {
        if (uiId < 0) {
            throw new IllegalStateException("no UI: the page was not bootstrapped");
        }
    }

    /** A scalar as text; a structured value (Flow sends some properties as objects) as its JSON. */
    private static String string(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "";
        }
        return value.isValueNode() ? value.asString() : value.toString();
    }

    public static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
