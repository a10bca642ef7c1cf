package cn.dangjian.systemtests;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.platform.testing.DemoIds;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.ListParameters;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The merged OpenAPI document the gateway serves, checked against what the platform promises for every operation.
 * It is also written to system-tests/target/openapi-merged.json, which {@code deploy/local/platform test} lints.
 */
class ApiDocumentIT {

    static final Path MERGED = Path.of("target/openapi-merged.json");

    private static JsonObject document;

    @BeforeAll
    static void platform() throws Exception {
        Platform.get();
        DemoDistrict.ensure();
        String json = given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        document = new JsonObject(json);
        Files.createDirectories(MERGED.getParent());
        Files.writeString(MERGED, document.encodePrettily());
    }

    /** The generated client (module api-client) is built from docs/openapi.json: it must be the document served. */
    @Test
    void theCommittedDocumentIsTheOneTheGatewayServes() throws Exception {
        Path root = Path.of(System.getProperty("dangjian.repo.root", ".."));
        JsonObject committed = new JsonObject(Files.readString(root.resolve("docs/openapi.json")));
        assertEquals(committed, document, "docs/openapi.json differs from the merged document the gateway serves. "
                + "If the change is intended, refresh it from this run: cp system-tests/target/openapi-merged.json docs/openapi.json");
    }

    /** A schema that is only a reference to itself describes nothing, and sent the client generator into endless recursion. */
    @Test
    void noSchemaIsAReferenceToItself() {
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        for (String name : schemas.fieldNames()) {
            assertFalse(("#/components/schemas/" + name).equals(schemas.getJsonObject(name).getString("$ref")),
                    "schema " + name + " is a reference to itself");
        }
    }

    @Test
    void everyPostDeclaresTheIdempotencyKeyHeaderWithASchema() {
        List<String> posts = new ArrayList<>();
        for (String path : document.getJsonObject("paths").fieldNames()) {
            JsonObject post = document.getJsonObject("paths").getJsonObject(path).getJsonObject("post");
            if (post == null) {
                continue;
            }
            posts.add(path);
            JsonObject header = parameters(post).stream()
                    .filter(p -> "header".equals(p.getString("in")) && "Idempotency-Key".equals(p.getString("name")))
                    .findFirst().orElse(null);
            assertNotNull(header, "POST " + path + " does not declare Idempotency-Key");
            assertEquals("string", header.getJsonObject("schema").getString("type"), "POST " + path);
            assertNotNull(header.getJsonObject("schema").getInteger("maxLength"), "POST " + path);
        }
        assertFalse(posts.isEmpty(), "the document has POST operations");
    }

    @Test
    void everyOperationDeclaresItsErrorAnswersAsProblems() {
        forEachOperation((label, operation) -> {
            JsonObject responses = operation.getJsonObject("responses");
            for (String code : List.of("401", "403", "429", "500", "503")) {
                assertTrue(responses.containsKey(code), label + " declares " + code);
            }
            for (String code : responses.fieldNames()) {
                if (code.startsWith("4") || code.startsWith("5")) {
                    assertNotNull(responses.getJsonObject(code).getJsonObject("content").getJsonObject("application/problem+json"),
                            label + " " + code + " is problem+json");
                }
            }
            if (label.contains("{")) {
                assertTrue(responses.containsKey("404"), label + " declares 404");
            }
            operation.getJsonArray("security").forEach(requirement -> ((JsonObject) requirement).forEach(
                    scheme -> assertTrue(((JsonArray) scheme.getValue()).isEmpty(), label + ": roles are not OAuth scopes")));
        });
    }

    /** Every list in the document, whoever added it: malformed page and size are a 400 naming them. */
    @Test
    void everyListAnswersMalformedPagingWithA400NamingIt() {
        List<String> lists = new ArrayList<>();
        forEachOperation((label, operation) -> {
            if (!label.startsWith("GET ")) {
                return;
            }
            boolean paged = parameters(operation).stream().map(p -> p.getString("name")).toList().containsAll(List.of("page", "size"));
            // the lists of one's own (…/mine) are not the district admin's to call; their paging is tested in their service
            boolean forAdmin = operation.getJsonArray("x-roles", new JsonArray()).contains("platform-admin");
            if (paged && forAdmin) {
                // a required filter gets its documented example (an organisation: the district), so that only paging is wrong
                List<String> required = new ArrayList<>();
                for (JsonObject p : parameters(operation)) {
                    if ("query".equals(p.getString("in")) && p.getBoolean("required", false)) {
                        JsonObject schema = p.getJsonObject("schema", new JsonObject());
                        Object example = p.getValue("example") != null ? p.getValue("example")
                                : schema.getJsonArray("examples") != null ? schema.getJsonArray("examples").getValue(0) : DemoIds.DISTRICT;
                        required.add(p.getString("name") + "=" + example);
                    }
                }
                lists.add(label.substring(4).replaceAll("\\{[^}]+}", DemoIds.DISTRICT.toString())
                        + (required.isEmpty() ? "" : "?" + String.join("&", required)));
            }
        });
        assertFalse(lists.isEmpty(), "the document has lists");
        for (String list : lists) {
            ListParameters.assertBadPagingIsA400NamingIt(DemoUsers.DISTRICT_ADMIN, list);
        }
    }

    private interface OperationCheck {
        void check(String label, JsonObject operation);
    }

    private static void forEachOperation(OperationCheck check) {
        JsonObject paths = document.getJsonObject("paths");
        for (String path : paths.fieldNames()) {
            for (String method : List.of("get", "put", "post", "delete", "patch")) {
                JsonObject operation = paths.getJsonObject(path).getJsonObject(method);
                if (operation != null) {
                    check.check(method.toUpperCase() + " " + path, operation);
                }
            }
        }
    }

    private static List<JsonObject> parameters(JsonObject operation) {
        List<JsonObject> out = new ArrayList<>();
        operation.getJsonArray("parameters", new JsonArray()).forEach(p -> out.add((JsonObject) p));
        return out;
    }
}
