package cn.dangjian.systemtests;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.validation.ResponseValidator;
import io.vertx.openapi.validation.ValidatableResponse;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Installed for every request the system tests make through the gateway: each answer to an /api request must be
 * declared by the merged OpenAPI document (status, content type, body schema, declared headers), or the test fails.
 * The checking is Vert.x OpenAPI's ResponseValidator (OpenAPI 3.0 and 3.1), not ours.
 */
final class DocumentedAnswers implements Filter {

    private static final String PROBLEM = "application/problem+json";
    private static final String JSON = "application/json";

    private final Vertx vertx;
    private final OpenAPIContract contract;
    private final JsonObject original;
    private final ResponseValidator validator;

    private DocumentedAnswers(Vertx vertx, OpenAPIContract contract, JsonObject original) {
        this.vertx = vertx;
        this.original = original;
        this.contract = contract;
        this.validator = ResponseValidator.create(vertx, contract);
    }

    /** {@code baseUrl}: the gateway's address, for the document's relative server "/" (Vert.x OpenAPI wants a URL). */
    static DocumentedAnswers of(JsonObject document, String baseUrl) {
        Vertx vertx = Vertx.vertx();
        JsonObject contractDocument = document.copy();
        contractDocument.put("servers", new io.vertx.core.json.JsonArray().add(new JsonObject().put("url", baseUrl)));
        // Vert.x OpenAPI 4.5 reads only JSON media types it knows; a problem document is JSON. The content type itself
        // is checked against the original document in filter().
        renameMediaType(contractDocument, PROBLEM, JSON);
        // request bodies are not validated here; JSON ones it does not know (merge-patch+json) would refuse the contract
        renameMediaType(contractDocument, "application/merge-patch+json", JSON);
        try {
            OpenAPIContract contract = OpenAPIContract.from(vertx, contractDocument).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
            return new DocumentedAnswers(vertx, contract, document);
        } catch (Exception e) {
            vertx.close();
            throw new IllegalStateException("the merged OpenAPI document is not a valid contract: " + rootMessage(e), e);
        }
    }

    void close() {
        vertx.close();
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec, FilterContext context) {
        Response response = context.next(request, responseSpec);
        String path = URI.create(request.getURI()).getRawPath();
        if (!path.startsWith("/api/")) {
            return response;
        }
        String label = request.getMethod() + " " + (path.length() > 120 ? path.substring(0, 120) + "…" : path) + " → " + response.statusCode();
        Operation operation = contract.findOperation(path, HttpMethod.valueOf(request.getMethod()));
        if (operation == null) {
            // no such operation: the gateway or service answers that the route is unknown, itself a problem document
            if (response.statusCode() == 404 || response.statusCode() == 405) {
                return response;
            }
            throw new AssertionError(label + ": no operation in the merged document answers this request");
        }
        String declaredType = declaredContentType(operation, response.statusCode(), response.contentType());
        if (declaredType == null) {
            throw new AssertionError(label + ": content type " + response.contentType() + " is not declared for this status in the merged document");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        response.headers().forEach(h -> headers.put(h.getName(), h.getValue()));
        byte[] body = response.asByteArray();
        // the declared media type, without parameters such as charset (Vert.x OpenAPI compares them literally)
        String contentType = declaredType.isEmpty() || !declaredType.contains("json") ? null
                : declaredType.equals(PROBLEM) ? JSON : declaredType;
        if (contentType != null) {
            headers.put("Content-Type", contentType);
        }
        ValidatableResponse answer = body.length == 0 || contentType == null
                ? ValidatableResponse.create(response.statusCode(), headers)
                : ValidatableResponse.create(response.statusCode(), headers, Buffer.buffer(body), contentType);
        try {
            validator.validate(answer, operation.getOperationId()).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new AssertionError(label + " is off the merged OpenAPI document (" + operation.getOperationId() + "): "
                    + rootMessage(e) + "\nbody: " + new String(body, java.nio.charset.StandardCharsets.UTF_8), e);
        } catch (Exception e) {
            throw new AssertionError(label + ": validation did not finish: " + e, e);
        }
        return response;
    }

    /**
     * The media type the original document declares for this answer ("" when the answer has no body and none is
     * declared), or null when the answer's content type is not among those declared.
     */
    private String declaredContentType(Operation operation, int status, String contentType) {
        JsonObject responses = original.getJsonObject("paths").getJsonObject(operation.getOpenAPIPath())
                .getJsonObject(operation.getHttpMethod().name().toLowerCase(java.util.Locale.ROOT)).getJsonObject("responses");
        JsonObject declared = responses.getJsonObject(String.valueOf(status), responses.getJsonObject("default"));
        if (declared == null) {
            return null;
        }
        JsonObject content = declared.getJsonObject("content", new JsonObject());
        if (contentType == null || contentType.isEmpty()) {
            return "";
        }
        String base = contentType.split(";")[0].trim();
        return content.containsKey(base) || content.isEmpty() && base.isEmpty() ? base : null;
    }

    private static void renameMediaType(Object node, String from, String to) {
        if (node instanceof JsonObject object) {
            if (object.containsKey(from) && object.getValue(from) instanceof JsonObject) {
                Object media = object.remove(from);
                if (!object.containsKey(to)) {
                    object.put(to, media);
                }
            }
            if (object.getValue("content") instanceof JsonObject content) {
                // a media type declared without a schema allows any body; Vert.x OpenAPI wants the schema said
                content.forEach(media -> {
                    if (media.getValue() instanceof JsonObject type && !type.containsKey("schema")) {
                        type.put("schema", new JsonObject());
                    }
                });
                // Vert.x OpenAPI 4.5 models JSON bodies only: others (text/csv exports) are checked by status and type alone
                new java.util.ArrayList<>(content.fieldNames()).stream().filter(type -> !type.contains("json")).forEach(content::remove);
                if (content.isEmpty()) {
                    object.remove("content");
                }
            }
            for (String key : new java.util.ArrayList<>(object.fieldNames())) {
                renameMediaType(object.getValue(key), from, to);
            }
        } else if (node instanceof io.vertx.core.json.JsonArray array) {
            array.forEach(item -> renameMediaType(item, from, to));
        }
    }

    private static String rootMessage(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                out.append(out.length() == 0 ? "" : " / ").append(cause.getMessage());
            }
            if (cause instanceof io.vertx.json.schema.JsonSchemaValidationException schema && schema.location() != null) {
                out.append(" at ").append(schema.location());
            }
        }
        return out.toString();
    }
}
