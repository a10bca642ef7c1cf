package cn.dangjian.systemtests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.dangjian.platform.testing.DemoUsers;
import cn.dangjian.platform.testing.Tokens;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A hostile client against every operation of the merged document, whoever added it: garbage in each query parameter
 * and in each field of each body. Nothing a client sends may be a 5xx, and every refusal is a problem document. Sent
 * with a plain HTTP client, not REST Assured, so that only these two promises are checked here.
 */
class GarbageInputIT {

    private static final List<String> QUERY_GARBAGE = List.of("abc", "-1", "99999999999999999999", "2026-13-45", "💥", "' or 1=1 --");
    private static final List<String> FIELD_GARBAGE = List.of("\"x\"", "-1", "1e400", "true", "[]", "{}", "\"2026-02-30\"",
            "\"" + "长".repeat(5000) + "\"");
    private static final List<String> BODY_GARBAGE = List.of("", "{", "null", "[]", "\"x\"", "{\"a\":" + "[".repeat(3000) + "]".repeat(3000) + "}");

    private static JsonObject document;
    private static String gateway;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void platform() {
        Platform platform = Platform.get();
        gateway = platform.url("gateway");
        document = new JsonObject(io.restassured.RestAssured.given().when().get("/q/openapi?format=json").then().statusCode(200).extract().asString());
    }

    @Test
    void noGarbageInAQueryParameterOrABodyFieldIsA5xx() throws Exception {
        List<String> failures = new ArrayList<>();
        int requests = 0;
        JsonObject paths = document.getJsonObject("paths");
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        for (String template : paths.fieldNames()) {
            String path = template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            JsonObject operations = paths.getJsonObject(template);
            for (String method : operations.fieldNames()) {
                if (!List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    continue;
                }
                JsonObject operation = operations.getJsonObject(method);
                boolean hasBody = List.of("post", "put", "patch").contains(method);
                for (Object p : operation.getJsonArray("parameters", new JsonArray())) {
                    JsonObject parameter = (JsonObject) p;
                    if (!"query".equals(parameter.getString("in"))) {
                        continue;
                    }
                    for (String value : QUERY_GARBAGE) {
                        String query = "?" + URLEncoder.encode(parameter.getString("name"), StandardCharsets.UTF_8) + "="
                                + URLEncoder.encode(value, StandardCharsets.UTF_8);
                        requests++;
                        check(failures, method, path + query, hasBody ? "{}" : null);
                    }
                }
                if (hasBody) {
                    for (String body : BODY_GARBAGE) {
                        requests++;
                        check(failures, method, path, body);
                    }
                    for (String field : bodyFields(operation, schemas)) {
                        for (String value : FIELD_GARBAGE) {
                            requests++;
                            check(failures, method, path, "{\"" + field + "\":" + value + "}");
                        }
                    }
                }
            }
        }
        assertTrue(requests > 1000, "the document's operations were tried: " + requests);
        assertTrue(failures.isEmpty(), failures.size() + " of " + requests + " garbage requests were answered badly:\n"
                + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }

    private static List<String> bodyFields(JsonObject operation, JsonObject schemas) {
        JsonObject content = operation.getJsonObject("requestBody", new JsonObject()).getJsonObject("content", new JsonObject());
        List<String> fields = new ArrayList<>();
        for (String mediaType : content.fieldNames()) {
            String ref = content.getJsonObject(mediaType).getJsonObject("schema", new JsonObject()).getString("$ref");
            if (ref != null) {
                JsonObject schema = schemas.getJsonObject(ref.substring(ref.lastIndexOf('/') + 1), new JsonObject());
                fields.addAll(schema.getJsonObject("properties", new JsonObject()).fieldNames());
            }
            break;
        }
        return fields;
    }

    private static void check(List<String> failures, String method, String pathAndQuery, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + pathAndQuery)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + Tokens.of(DemoUsers.DISTRICT_ADMIN)).header("If-Match", "\"0\"")
                .method(method.toUpperCase(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String type = response.headers().firstValue("Content-Type").orElse("");
        boolean refusal = response.statusCode() >= 400;
        if (response.statusCode() >= 500 || (refusal && !type.startsWith("application/problem+json"))) {
            String shown = body == null ? "" : " " + (body.length() > 80 ? body.substring(0, 80) + "…" : body);
            failures.add(response.statusCode() + " " + method.toUpperCase() + " " + pathAndQuery + shown + " → "
                    + response.body().substring(0, Math.min(200, response.body().length())));
        }
    }
}
