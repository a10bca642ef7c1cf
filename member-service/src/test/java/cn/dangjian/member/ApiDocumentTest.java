package cn.dangjian.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * member-service's own document keeps the conventions the merged one is checked for (api-contract v1.2, system-tests'
 * ApiConventionsIT): plain schema names, lists as pages with whole-number page/size/total, the v1.1 subtree switch
 * deprecated, and a 201 says where it is read.
 */
@QuarkusTest
class ApiDocumentTest {

    private static final List<String> METHODS = List.of("get", "put", "post", "patch", "delete");

    @Test
    @SuppressWarnings("unchecked")
    void schemaNamesArePlainAndListsArePages() {
        JsonPath api = RestAssured.given().when().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Object>> schemas = api.getMap("components.schemas");
        List<String> found = new ArrayList<>();
        schemas.keySet().stream().filter(name -> name.matches(".*\\d$") || name.contains("_")).forEach(name -> found.add("schema " + name));
        assertNotNull(schemas.get("StandingRecord"), "a member's standing with its history");
        schemas.forEach((name, schema) -> {
            Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) schema.get("properties");
            // platform-events' dead-letter list is the lead's (platform modules), not this service's
            if (properties == null || !properties.containsKey("items") || name.equals("DeadLetterPage")) {
                return;
            }
            for (String field : List.of("page", "size", "total")) {
                Object type = properties.containsKey(field) ? properties.get(field).get("type") : null;
                if (type == null || !String.valueOf(type).contains("integer")) {
                    found.add(name + "." + field + " is " + type);
                }
            }
        });
        Map<String, Map<String, Map<String, Object>>> paths = api.getMap("paths");
        paths.forEach((path, item) -> METHODS.forEach(method -> {
            Map<String, Object> operation = item.get(method);
            if (operation == null) {
                return;
            }
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            Map<String, Object> created = responses.get("201");
            if (created != null && (created.get("headers") == null || !((Map<String, Object>) created.get("headers")).containsKey("Location"))) {
                found.add(method + " " + path + " 201 without Location");
            }
            List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
            parameters.stream().filter(p -> "includeSubtree".equals(p.get("name")) && !Boolean.TRUE.equals(p.get("deprecated")))
                    .forEach(p -> found.add(method + " " + path + " ?includeSubtree not deprecated"));
        }));
        assertEquals(List.of(), found);
        assertEquals("integer", api.getString("components.schemas.DuesReturnsReport.properties.total.type"));
        assertEquals("string", api.getString("components.schemas.DuesReturnSums.properties.collected.type"));
    }
}
