package cn.dangjian.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "One name per idea" (api-contract v1.2), checked over the whole merged document (docs/openapi.json, which
 * ApiDocumentIT proves is the one the gateway serves): a government system's developer reading it meets one name for
 * the subtree filter and the day window, verbs for actions, pages for lists, the headers the services send, and no
 * framework words. Deprecated operations and parameters (the v1.1 names kept for one minor version) are exempt.
 */
class ApiConventionsIT {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");
    /** v1.1 action nouns; v1.2 has a verb for each (approve, cancel, retire, revoke, reverse, decide). */
    private static final Set<String> ACTION_NOUNS = Set.of("approval", "cancellation", "retirement", "revocation", "reversal",
            "decision", "rejection", "pickup-confirmation");
    /** Action segments that create a record of their own (a collection) or are core paths of the contract. */
    private static final Set<String> NOT_ACTIONS = Set.of("conversion", "standing", "committee", "probation-extension");
    private static final Set<String> FRAMEWORK_DESCRIPTIONS = Set.of("Not Authorized", "Not Allowed", "OK", "Created",
            "No Content", "Forbidden", "Unauthorized", "Bad Request", "Not Found", "Conflict", "Internal Server Error");
    private static final Pattern NUMBERED = Pattern.compile(".*\\d$");

    private static JsonObject document;

    @BeforeAll
    static void read() throws Exception {
        Path root = Path.of(System.getProperty("dangjian.repo.root", ".."));
        document = new JsonObject(Files.readString(root.resolve("docs/openapi.json")));
    }

    @Test
    void oneNameForTheSubtreeFilterAndForDayWindows() {
        List<String> found = new ArrayList<>();
        operations((where, op) -> parameters(op).forEach(p -> {
            if (p.getBoolean("deprecated", false) || op.getBoolean("deprecated", false)) {
                return;
            }
            String name = p.getString("name");
            if (name.equals("includeSubtree") || name.equals("within")) {
                found.add(where + " ?" + name);
            }
        }));
        assertNone("subtree is `under`, one organisation `organisationId`, a day window `withinDays`", found);
    }

    @Test
    void actionsAreVerbs() {
        List<String> found = new ArrayList<>();
        operations((where, op) -> {
            String path = where.substring(where.indexOf(' ') + 1);
            String last = path.substring(path.lastIndexOf('/') + 1);
            if (where.startsWith("POST") && ACTION_NOUNS.contains(last) && !op.getBoolean("deprecated", false)) {
                found.add(where);
            }
        });
        assertNone("an action is a POST to a verb (/approve, /cancel, /retire, /revoke, /reverse, /decide)", found);
    }

    @Test
    void everyListIsAPage() {
        List<String> found = new ArrayList<>();
        operations((where, op) -> {
            JsonObject ok = op.getJsonObject("responses").getJsonObject("200");
            if (ok == null || ok.getJsonObject("content") == null || op.getBoolean("deprecated", false)
                    || where.endsWith("/operations/dead-letters")) {
                // a dead-letter read is a Kafka topic read up to a limit, not a page of a table: it says how many it scanned
                return;
            }
            JsonObject json = ok.getJsonObject("content").getJsonObject("application/json");
            if (json == null) {
                return;
            }
            JsonObject schema = resolve(json.getJsonObject("schema"));
            if (schema == null) {
                return;
            }
            if (types(schema).contains("array")) {
                found.add(where + " answers a bare array");
            } else if (schema.getJsonObject("properties") != null && schema.getJsonObject("properties").containsKey("items")) {
                JsonObject props = schema.getJsonObject("properties");
                for (String field : List.of("page", "size", "total")) {
                    if (!props.containsKey(field)) {
                        found.add(where + " page without `" + field + "`");
                    } else if (!types(resolve(props.getJsonObject(field))).contains("integer")) {
                        found.add(where + " `" + field + "` is not an integer");
                    }
                }
            }
        });
        assertNone("lists answer {items, page, size, total}", found);
    }

    @Test
    void headersThatAreSentAreDeclared() {
        List<String> found = new ArrayList<>();
        JsonObject paths = document.getJsonObject("paths");
        for (String path : paths.fieldNames()) {
            JsonObject item = paths.getJsonObject(path);
            boolean versioned = false;
            for (String method : item.fieldNames()) {
                if (METHODS.contains(method) && parameters(item.getJsonObject(method)).stream()
                        .anyMatch(p -> "header".equals(p.getString("in")) && "If-Match".equalsIgnoreCase(p.getString("name")))) {
                    versioned = true;
                }
            }
            for (String method : item.fieldNames()) {
                if (!METHODS.contains(method)) {
                    continue;
                }
                JsonObject op = item.getJsonObject(method);
                String where = method.toUpperCase() + " " + path;
                JsonObject responses = op.getJsonObject("responses");
                JsonObject created = responses.getJsonObject("201");
                if (created != null && !headers(created).containsKey("Location")) {
                    found.add(where + " 201 without Location");
                }
                JsonObject ok = responses.getJsonObject("200");
                if (versioned && method.equals("get") && ok != null && !headers(ok).containsKey("ETag")) {
                    found.add(where + " 200 without ETag");
                }
                if (responses.containsKey("428")) {
                    boolean required = parameters(op).stream().anyMatch(p -> "If-Match".equalsIgnoreCase(p.getString("name"))
                            && p.getBoolean("required", false));
                    if (!required) {
                        found.add(where + " answers 428 but If-Match is not required");
                    }
                }
                if (method.equals("post") && parameters(op).stream().anyMatch(p -> "Idempotency-Key".equals(p.getString("name")))
                        && !responses.containsKey("422")) {
                    found.add(where + " takes Idempotency-Key but does not declare 422");
                }
            }
        }
        assertNone("Location on 201, ETag on versioned reads, If-Match required where 428, 422 where a key is taken", found);
    }

    @Test
    void noFrameworkWordsNoNumberedSchemasAnExampleOnEverySuccess() {
        List<String> found = new ArrayList<>();
        operations((where, op) -> op.getJsonObject("responses").forEach(e -> {
            JsonObject answer = (JsonObject) e.getValue();
            String description = answer.getString("description");
            if (description == null || FRAMEWORK_DESCRIPTIONS.contains(description)) {
                found.add(where + " " + e.getKey() + " says \"" + description + "\"");
            }
            if (e.getKey().startsWith("2") && answer.getJsonObject("content") != null) {
                answer.getJsonObject("content").forEach(m -> {
                    JsonObject media = (JsonObject) m.getValue();
                    if (!media.containsKey("example") && !media.containsKey("examples")) {
                        found.add(where + " " + e.getKey() + " " + m.getKey() + " has no example");
                    }
                });
            }
        }));
        for (String name : document.getJsonObject("components").getJsonObject("schemas").fieldNames()) {
            if (NUMBERED.matcher(name).matches() || name.contains("_")) {
                found.add("schema " + name);
            }
        }
        assertNone("descriptions say something, schema names are plain, every success has an example", found);
    }

    private static void assertNone(String rule, List<String> found) {
        assertEquals(List.of(), found, rule + ": " + found.size() + " place(s)");
    }

    private static void operations(BiConsumer<String, JsonObject> each) {
        JsonObject paths = document.getJsonObject("paths");
        for (String path : new TreeSet<>(paths.fieldNames())) {
            JsonObject item = paths.getJsonObject(path);
            for (String method : item.fieldNames()) {
                if (METHODS.contains(method)) {
                    each.accept(method.toUpperCase() + " " + path, item.getJsonObject(method));
                }
            }
        }
    }

    private static List<JsonObject> parameters(JsonObject op) {
        List<JsonObject> list = new ArrayList<>();
        JsonArray parameters = op.getJsonArray("parameters");
        if (parameters != null) {
            for (int i = 0; i < parameters.size(); i++) {
                JsonObject p = parameters.getJsonObject(i);
                list.add(p.containsKey("$ref") ? resolve(p) : p);
            }
        }
        return list;
    }

    private static JsonObject headers(JsonObject answer) {
        return answer.getJsonObject("headers", new JsonObject());
    }

    private static JsonObject resolve(JsonObject node) {
        while (node != null && node.containsKey("$ref")) {
            String[] parts = node.getString("$ref").substring(2).split("/");
            JsonObject target = document;
            for (String part : parts) {
                target = target.getJsonObject(part);
            }
            node = target;
        }
        return node;
    }

    private static Set<String> types(JsonObject schema) {
        Set<String> types = new TreeSet<>();
        if (schema == null) {
            return types;
        }
        Object type = schema.getValue("type");
        if (type instanceof String s) {
            types.add(s);
        } else if (type instanceof JsonArray a) {
            a.forEach(t -> types.add(String.valueOf(t)));
        }
        return types;
    }
}
