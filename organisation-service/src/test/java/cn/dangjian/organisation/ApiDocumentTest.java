package cn.dangjian.organisation;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service's OpenAPI document says which v1.1 names are deprecated (api-contract v1.2, "One name per idea"): the
 * noun paths of actions and the old query parameter names, each kept for one minor version beside its new name.
 */
@QuarkusTest
class ApiDocumentTest {

    private JsonPath document;

    @BeforeEach
    void read() {
        String raw = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().asString();
        document = JsonPath.from(raw);
    }

    @Test
    void theActionNounsAreDeprecatedAliasesOfTheirVerbs() {
        assertEquals(Boolean.TRUE, document.get("paths.'/api/organisations/{id}/revocation'.post.deprecated"));
        assertEquals(Boolean.TRUE, document.get("paths.'/api/grids/{id}/retirement'.post.deprecated"));
        assertNull(document.get("paths.'/api/organisations/{id}/revoke'.post.deprecated"));
        assertNull(document.get("paths.'/api/grids/{id}/retire'.post.deprecated"));
        assertNotNull(document.get("paths.'/api/organisations/{id}/revoke'.post"));
    }

    @Test
    void theOldQueryNamesAreDeprecatedBesideTheNewOnes() {
        assertDeprecated("/api/organisations/terms-ending", "within", "withinDays");
        for (String coverage : List.of("/api/coverage", "/api/coverage/uncovered-units", "/api/coverage/trend")) {
            assertDeprecated(coverage, "sector", "kind");
        }
        assertDeprecated("/api/grids", "communityOrganisationId", "organisationId");
    }

    private void assertDeprecated(String path, String old, String current) {
        List<Map<String, Object>> parameters = document.getList("paths.'" + path + "'.get.parameters");
        Map<String, Object> oldOne = parameters.stream().filter(p -> old.equals(p.get("name"))).findFirst().orElseThrow();
        Map<String, Object> newOne = parameters.stream().filter(p -> current.equals(p.get("name"))).findFirst().orElseThrow();
        assertEquals(Boolean.TRUE, oldOne.get("deprecated"), path + " ?" + old);
        assertTrue(newOne.get("deprecated") == null || Boolean.FALSE.equals(newOne.get("deprecated")), path + " ?" + current);
    }
}
