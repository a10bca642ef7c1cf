package cn.dangjian.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.gateway.FakeServices;
import cn.dangjian.platform.testing.Api;
import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.Tokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(FakeServices.class)
class ProxyRoutesTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void withoutTokenTheGatewayAnswers401AndTheServiceSeesNothing() {
        forget("member-service");

        given().accept(ContentType.JSON)
                .when().get("/api/members")
                .then().statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .header(RequestIds.HEADER, notNullValue())
                .body("status", is(401))
                .body("type", equalTo("https://api.dangjian.cn/problems/unauthorized"))
                .body("instance", equalTo("/api/members"));

        given().when().post("/api/members").then().statusCode(401).contentType(PROBLEM);
        assertTrue(requestsSeenBy("member-service").isEmpty());
    }

    @Test
    void anInvalidTokenIs401AndTheServiceSeesNothing() {
        forget("member-service");
        String token = Tokens.of(DemoUsers.MEMBER_ZHANG);
        String tampered = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);

        for (String bad : List.of("not-a-jwt", tampered)) {
            given().auth().oauth2(bad).accept(ContentType.JSON)
                    .when().get("/api/members/42")
                    .then().statusCode(401)
                    .contentType(PROBLEM)
                    .body("status", is(401))
                    .body("detail", containsString("invalid"));
        }
        given().header("Authorization", "Basic ZGlzdHJpY3QtYWRtaW46ZGVtbzEyMzQ=")
                .when().get("/api/members")
                .then().statusCode(401).contentType(PROBLEM);
        assertTrue(requestsSeenBy("member-service").isEmpty());
    }

    @Test
    void aValidTokenIsProxiedWithPathQueryAndHeaders() {
        forget("member-service");
        String token = Tokens.of(DemoUsers.DISTRICT_ADMIN);

        Response response = Api.as(DemoUsers.DISTRICT_ADMIN).urlEncodingEnabled(false)
                .when().get("/api/members/7f0c?page=0&size=5&name=%E5%BC%A0")
                .then().statusCode(200)
                .contentType(ContentType.JSON)
                .body("service", equalTo("member-service"))
                .body("path", equalTo("/api/members/7f0c"))
                .body("query", equalTo("page=0&size=5&name=%E5%BC%A0"))
                .header(RequestIds.HEADER, matchesPattern(UUID_PATTERN))
                .extract().response();

        List<Map<String, Object>> seen = requestsSeenBy("member-service");
        assertEquals(1, seen.size());
        Map<String, Object> request = seen.get(0);
        Map<String, String> headers = headers(request);
        assertEquals("GET", request.get("method"));
        assertEquals("/api/members/7f0c?page=0&size=5&name=%E5%BC%A0", request.get("uri"));
        assertEquals("Bearer " + token, headers.get("authorization"));
        assertEquals(response.header(RequestIds.HEADER), headers.get("x-request-id"));
        assertEquals("127.0.0.1", headers.get("x-forwarded-for"));
        assertEquals("http", headers.get("x-forwarded-proto"));
        assertEquals(gateway.getHost(), headers.get("x-forwarded-host"));
        assertEquals(Integer.toString(gateway.getPort()), headers.get("x-forwarded-port"));
    }

    @Test
    void aSaneClientRequestIdIsKeptAndAnInsaneOneReplaced() {
        forget("activity-service");
        Api.as(DemoUsers.MEMBER_ZHANG).header(RequestIds.HEADER, "app-42.retry_1")
                .header("X-Forwarded-For", "10.1.2.3")
                .when().get("/api/activities")
                .then().statusCode(200)
                .header(RequestIds.HEADER, equalTo("app-42.retry_1"));
        Api.as(DemoUsers.MEMBER_ZHANG).header(RequestIds.HEADER, "x".repeat(65))
                .when().get("/api/activities")
                .then().statusCode(200)
                .header(RequestIds.HEADER, matchesPattern(UUID_PATTERN));
        Api.as(DemoUsers.MEMBER_ZHANG).header(RequestIds.HEADER, "evil\"id;<script>")
                .when().get("/api/activities")
                .then().statusCode(200)
                .header(RequestIds.HEADER, matchesPattern(UUID_PATTERN));

        List<Map<String, Object>> seen = requestsSeenBy("activity-service");
        assertEquals(3, seen.size());
        assertEquals("app-42.retry_1", headers(seen.get(0)).get("x-request-id"));
        assertEquals("10.1.2.3, 127.0.0.1", headers(seen.get(0)).get("x-forwarded-for"));
        assertTrue(headers(seen.get(1)).get("x-request-id").matches(UUID_PATTERN));
        assertTrue(headers(seen.get(2)).get("x-request-id").matches(UUID_PATTERN));
    }

    @Test
    void aCreatingPostPassesBodyStatusAndLocationThrough() {
        forget("organisation-service");
        String body = "{\"name\":\"湖滨社区第一党支部\",\"level\":\"BRANCH\"}";

        Response created = Api.as(DemoUsers.DISTRICT_ADMIN).body(body)
                .when().post("/api/organisations")
                .then().statusCode(201)
                .header("Location", startsWith(gateway + "api/organisations/"))
                .header(RequestIds.HEADER, matchesPattern(UUID_PATTERN))
                .body("service", equalTo("organisation-service"))
                .body("received.name", equalTo("湖滨社区第一党支部"))
                .extract().response();
        assertEquals(1, created.headers().getValues(RequestIds.HEADER).size(), "the service's echo must not duplicate the id");

        List<Map<String, Object>> seen = requestsSeenBy("organisation-service");
        assertEquals(1, seen.size());
        assertEquals(body, seen.get(0).get("body"));
    }

    @Test
    void theServicesErrorAnswersPassThroughUnchanged() {
        Api.as(DemoUsers.STREET_ADMIN)
                .when().post("/api/activities/a1/registrations?status=409")
                .then().statusCode(409)
                .contentType(PROBLEM)
                .body("detail", equalTo("from activity-service"));
    }

    @Test
    void anUnknownPrefixIs404Problem() {
        for (String path : List.of("/api/nothing-here", "/api/membersX", "/api", "/api/")) {
            Api.as(DemoUsers.MEMBER_ZHANG)
                    .when().get(path)
                    .then().statusCode(404)
                    .contentType(PROBLEM)
                    .body("status", is(404));
        }
    }

    @Test
    void aServiceThatIsDownIs503WithRetryAfter() {
        Api.as(DemoUsers.VOLUNTEER_WANG)
                .when().get("/api/points/accounts/abc")
                .then().statusCode(503)
                .contentType(PROBLEM)
                .header("Retry-After", "5")
                .header(RequestIds.HEADER, notNullValue())
                .body("status", is(503))
                .body("type", equalTo("https://api.dangjian.cn/problems/service-unavailable"))
                .body("detail", containsString(FakeServices.DOWN_SERVICE))
                .body("detail", not(containsString("127.0.0.1")));

        Api.as(DemoUsers.VOLUNTEER_WANG).body("{\"holderId\":\"h\",\"rewardId\":\"r\",\"quantity\":1}")
                .when().post("/api/points/redemptions")
                .then().statusCode(503)
                .header("Retry-After", "5");
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIs503() {
        Api.as(DemoUsers.MEMBER_ZHANG)
                .when().get("/api/members/slow")
                .then().statusCode(503)
                .contentType(PROBLEM)
                .header("Retry-After", "5")
                .body("detail", containsString("member-service"));
    }

    @Test
    void aBodyOverOneMegabyteIs413() throws Exception {
        forget("member-service");
        byte[] big = ("{\"padding\":\"" + "x".repeat(1024 * 1024 + 10) + "\"}").getBytes();
        given().auth().oauth2(Tokens.of(DemoUsers.DISTRICT_ADMIN)).contentType(ContentType.JSON).body(big)
                .when().post("/api/members")
                .then().statusCode(413)
                .contentType(PROBLEM)
                .body("status", is(413));

        // the same without Content-Length (chunked): cut off while streaming to the service
        HttpRequest chunked = HttpRequest.newBuilder(URI.create(gateway + "api/members"))
                .header("Authorization", "Bearer " + Tokens.of(DemoUsers.DISTRICT_ADMIN))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .timeout(Duration.ofSeconds(20))
                .build();
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
            assertEquals(413, answer.statusCode(), answer.body());
        } catch (java.io.IOException closedWhileSending) {
            // acceptable: the gateway may close the connection before the client has finished sending
        }

        // a body just under the limit passes
        byte[] fits = ("{\"padding\":\"" + "x".repeat(1024 * 1024 - 100) + "\"}").getBytes();
        given().auth().oauth2(Tokens.of(DemoUsers.DISTRICT_ADMIN)).contentType(ContentType.JSON).body(fits)
                .when().post("/api/members")
                .then().statusCode(201);
    }

    @Test
    void aBodyWithoutContentLengthIsPassedOn() throws Exception {
        forget("member-service");
        String body = "{\"name\":\"张三\",\"gender\":\"MALE\"}";
        // java.net.http sends a body of unknown length chunked (HTTP/1.1) or as HTTP/2 data frames
        for (HttpClient.Version version : HttpClient.Version.values()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "api/members"))
                    .version(version)
                    .header("Authorization", "Bearer " + Tokens.of(DemoUsers.DISTRICT_ADMIN))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(
                            () -> new ByteArrayInputStream(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                    .build();
            HttpResponse<String> answer = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertEquals(201, answer.statusCode(), version + ": " + answer.body());
        }
        List<Map<String, Object>> seen = requestsSeenBy("member-service");
        assertEquals(2, seen.size());
        for (Map<String, Object> request : seen) {
            assertEquals(body, request.get("body"));
            assertEquals(Integer.toString(body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                    headers(request).get("content-length"));
        }
    }

    @Test
    void operationsPathsArePublicEvenWithABadToken() {
        given().when().get("/q/health/ready").then().statusCode(200);
        given().auth().oauth2("expired-or-garbage").when().get("/q/health/ready").then().statusCode(200);
        given().auth().oauth2("expired-or-garbage").when().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void unknownNonApiPathsAre404Problems() {
        given().when().get("/nothing").then().statusCode(404).contentType(PROBLEM);
    }

    static void forget(String service) {
        given().when().delete(serviceUrl(service) + "/__requests").then().statusCode(200);
    }

    static List<Map<String, Object>> requestsSeenBy(String service) {
        return given().when().get(serviceUrl(service) + "/__requests").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> headers(Map<String, Object> request) {
        return (Map<String, String>) request.get("headers");
    }

    private static String serviceUrl(String service) {
        return ConfigProvider.getConfig().getValue("gateway.services." + service + ".url", String.class);
    }
}
