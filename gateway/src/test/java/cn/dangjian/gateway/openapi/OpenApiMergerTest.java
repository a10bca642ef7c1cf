package cn.dangjian.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.gateway.routing.Upstream;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiMergerTest {

    private final OpenApiMerger merger = new OpenApiMerger("http://localhost:8180/realms/dangjian/", "1.0");
    private final Upstream members = new Upstream("member-service", URI.create("http://m"), List.of("/api/members"));
    private final Upstream activities = new Upstream("activity-service", URI.create("http://a"), List.of("/api/activities"));
    private final Upstream points = new Upstream("volunteer-points-service", URI.create("http://p"), List.of("/api/points"));

    @Test
    void pathsTagsAndSchemasOfAllServicesAreMerged() {
        JsonObject merged = merger.merge(List.of(
                new OpenApiMerger.ServiceDocument(activities, document("/api/activities", "Activities", "Activity", objectSchema("title"))),
                new OpenApiMerger.ServiceDocument(members, document("/api/members", "Members", "Member", objectSchema("name")))));

        assertEquals("Dangjian API", merged.getJsonObject("info").getString("title"));
        assertEquals("1.0", merged.getJsonObject("info").getString("version"));
        assertEquals("/", merged.getJsonArray("servers").getJsonObject(0).getString("url"));
        assertTrue(merged.getJsonObject("paths").containsKey("/api/members"));
        assertTrue(merged.getJsonObject("paths").containsKey("/api/activities"));
        assertFalse(merged.getJsonObject("paths").containsKey("/elsewhere"), "paths not routed to the service are left out");
        assertEquals(List.of("Activities", "Members"), merged.getJsonArray("tags").stream()
                .map(t -> ((JsonObject) t).getString("name")).toList());
        assertTrue(merged.getJsonObject("components").getJsonObject("schemas").containsKey("Member"));
        assertTrue(merged.getJsonObject("components").getJsonObject("schemas").containsKey("Activity"));
        assertTrue(merged.getJsonObject("components").getJsonObject("responses").containsKey("NotFound"));
        assertFalse(merged.getJsonObject("info").getString("description").contains("Not included"));
    }

    @Test
    void anOperationIdTwoServicesShareGetsEachServicesName() {
        JsonObject activityDocument = document("/api/activities", "Activities", "Activity", objectSchema("title"));
        JsonObject memberDocument = document("/api/members", "Members", "Member", objectSchema("name"));
        activityDocument.getJsonObject("paths").getJsonObject("/api/activities").getJsonObject("get").put("operationId", "listDeadLetters");
        memberDocument.getJsonObject("paths").getJsonObject("/api/members").getJsonObject("get").put("operationId", "listDeadLetters");
        memberDocument.getJsonObject("paths").getJsonObject("/api/members").put("post", new JsonObject().put("operationId", "registerMember"));

        JsonObject paths = merger.merge(List.of(new OpenApiMerger.ServiceDocument(activities, activityDocument),
                new OpenApiMerger.ServiceDocument(members, memberDocument))).getJsonObject("paths");

        assertEquals("activityServiceListDeadLetters", paths.getJsonObject("/api/activities").getJsonObject("get").getString("operationId"));
        assertEquals("memberServiceListDeadLetters", paths.getJsonObject("/api/members").getJsonObject("get").getString("operationId"));
        assertEquals("registerMember", paths.getJsonObject("/api/members").getJsonObject("post").getString("operationId"));
    }

    @Test
    void clashingSchemasGetTheServiceNameAndTheirReferencesFollow() {
        JsonObject merged = merger.merge(List.of(
                new OpenApiMerger.ServiceDocument(activities, document("/api/activities", "Activities", "Page", objectSchema("title"))),
                new OpenApiMerger.ServiceDocument(members, document("/api/members", "Members", "Page", objectSchema("name")))));

        JsonObject schemas = merged.getJsonObject("components").getJsonObject("schemas");
        assertEquals(objectSchema("title"), schemas.getJsonObject("Page"));
        assertEquals(objectSchema("name"), schemas.getJsonObject("MemberService_Page"));
        assertEquals("#/components/schemas/MemberService_Page", merged.getJsonObject("paths").getJsonObject("/api/members")
                .getJsonObject("get").getJsonObject("responses").getJsonObject("200").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema").getString("$ref"));
        assertEquals("#/components/schemas/Page", merged.getJsonObject("paths").getJsonObject("/api/activities")
                .getJsonObject("get").getJsonObject("responses").getJsonObject("200").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema").getString("$ref"));
    }

    @Test
    void aSchemaThatRefersToARenamedOneIsRenamedToo() {
        JsonObject page = new JsonObject().put("type", "object").put("properties", new JsonObject()
                .put("items", new JsonObject().put("type", "array").put("items", new JsonObject().put("$ref", "#/components/schemas/Item"))));
        JsonObject activityDocument = document("/api/activities", "Activities", "Page", page.copy());
        activityDocument.getJsonObject("components").getJsonObject("schemas").put("Item", objectSchema("title"));
        JsonObject memberDocument = document("/api/members", "Members", "Page", page.copy());
        memberDocument.getJsonObject("components").getJsonObject("schemas").put("Item", objectSchema("name"));

        JsonObject merged = merger.merge(List.of(new OpenApiMerger.ServiceDocument(activities, activityDocument),
                new OpenApiMerger.ServiceDocument(members, memberDocument)));

        JsonObject schemas = merged.getJsonObject("components").getJsonObject("schemas");
        assertEquals("#/components/schemas/MemberService_Item", schemas.getJsonObject("MemberService_Page").getJsonObject("properties")
                .getJsonObject("items").getJsonObject("items").getString("$ref"));
        assertEquals("#/components/schemas/Item", schemas.getJsonObject("Page").getJsonObject("properties")
                .getJsonObject("items").getJsonObject("items").getString("$ref"));
        assertEquals("#/components/schemas/MemberService_Page", merged.getJsonObject("paths").getJsonObject("/api/members")
                .getJsonObject("get").getJsonObject("responses").getJsonObject("200").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema").getString("$ref"));
    }

    @Test
    void schemasThatDifferOnlyInTheirExamplesAreOneSchema() {
        JsonObject instant = new JsonObject().put("type", "string").put("format", "date-time");
        JsonObject activityDocument = document("/api/activities", "Activities", "Instant",
                instant.copy().put("examples", new JsonArray().add("2022-03-10T16:15:50Z")));
        JsonObject memberDocument = document("/api/members", "Members", "Instant", instant.copy().put("example", "2026-11-30T09:00:00Z"));

        JsonObject merged = merger.merge(List.of(new OpenApiMerger.ServiceDocument(activities, activityDocument),
                new OpenApiMerger.ServiceDocument(members, memberDocument)));

        JsonObject schemas = merged.getJsonObject("components").getJsonObject("schemas");
        assertTrue(schemas.containsKey("Instant"));
        assertFalse(schemas.containsKey("MemberService_Instant"), "no per-service copy of a schema that means the same");
        assertEquals("#/components/schemas/Instant", merged.getJsonObject("paths").getJsonObject("/api/members")
                .getJsonObject("get").getJsonObject("responses").getJsonObject("200").getJsonObject("content")
                .getJsonObject("application/json").getJsonObject("schema").getString("$ref"));
    }

    @Test
    void identicalSchemasAreKeptOnce() {
        JsonObject merged = merger.merge(List.of(
                new OpenApiMerger.ServiceDocument(activities, document("/api/activities", "Activities", "Problem", objectSchema("status"))),
                new OpenApiMerger.ServiceDocument(members, document("/api/members", "Members", "Problem", objectSchema("status")))));

        JsonObject schemas = merged.getJsonObject("components").getJsonObject("schemas");
        assertTrue(schemas.containsKey("Problem"));
        assertFalse(schemas.containsKey("MemberService_Problem"));
    }

    @Test
    void theConsoleLoginIsOfferedBesideTheServicesBearerScheme() {
        JsonObject merged = merger.merge(List.of(
                new OpenApiMerger.ServiceDocument(members, document("/api/members", "Members", "Member", objectSchema("name")))));

        JsonArray security = merged.getJsonObject("paths").getJsonObject("/api/members").getJsonObject("get").getJsonArray("security");
        assertEquals(new JsonArray().add(new JsonObject().put("bearer", new JsonArray()))
                .add(new JsonObject().put("oauth2", new JsonArray())), security);
        JsonObject schemes = merged.getJsonObject("components").getJsonObject("securitySchemes");
        assertEquals("http://localhost:8180/realms/dangjian/protocol/openid-connect/token",
                schemes.getJsonObject("oauth2").getJsonObject("flows").getJsonObject("authorizationCode").getString("tokenUrl"));
        assertEquals("bearer", schemes.getJsonObject("bearer").getString("scheme"));
        assertNull(merged.getJsonObject("paths").getJsonObject("/api/members").getJsonObject("post").getJsonArray("security"));
    }

    @Test
    void aMissingServiceIsNamedAndTheRestStillMerged() {
        JsonObject merged = merger.merge(Arrays.asList(
                new OpenApiMerger.ServiceDocument(members, document("/api/members", "Members", "Member", objectSchema("name"))),
                new OpenApiMerger.ServiceDocument(points, null)));

        assertTrue(merged.getJsonObject("info").getString("description").contains("volunteer-points-service"));
        assertTrue(merged.getJsonObject("paths").containsKey("/api/members"));
    }

    @Test
    void nothingReachableStillGivesAValidDocument() {
        JsonObject merged = merger.merge(List.of(new OpenApiMerger.ServiceDocument(points, null)));

        assertEquals("3.0.3", merged.getString("openapi"));
        assertTrue(merged.getJsonObject("paths").isEmpty());
    }

    private static JsonObject objectSchema(String property) {
        return new JsonObject().put("type", "object").put("properties", new JsonObject().put(property, new JsonObject().put("type", "string")));
    }

    private static JsonObject document(String prefix, String tag, String schemaName, JsonObject schema) {
        JsonObject ok = new JsonObject().put("description", "OK").put("content", new JsonObject().put("application/json",
                new JsonObject().put("schema", new JsonObject().put("$ref", "#/components/schemas/" + schemaName))));
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", "a service").put("version", "9"))
                .put("tags", new JsonArray().add(new JsonObject().put("name", tag)))
                .put("paths", new JsonObject()
                        .put(prefix, new JsonObject()
                                .put("get", new JsonObject().put("tags", new JsonArray().add(tag))
                                        .put("security", new JsonArray().add(new JsonObject().put("bearer", new JsonArray())))
                                        .put("responses", new JsonObject().put("200", ok)))
                                .put("post", new JsonObject().put("responses", new JsonObject().put("201", ok.copy()))))
                        .put("/elsewhere", new JsonObject().put("get", new JsonObject())))
                .put("components", new JsonObject()
                        .put("schemas", new JsonObject().put(schemaName, schema))
                        .put("responses", new JsonObject().put("NotFound", new JsonObject().put("description", "not found"))));
    }
}
