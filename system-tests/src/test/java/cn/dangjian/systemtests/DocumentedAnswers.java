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

    private final Vertx vertx;
    private final OpenAPIContract contract;
    private final ResponseValidator validator;

    private DocumentedAnswers(Vertx vertx, OpenAPIContract contract) {
        this.vertx = vertx;
        this.contract = contract;
        this.validator = ResponseValidator.create(vertx, contract);
    }

    static DocumentedAnswers of(JsonObject document) {
        Vertx vertx = Vertx.vertx();
        try {
            OpenAPIContract contract = OpenAPIContract.from(vertx, document).toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
            return new DocumentedAnswers(vertx, contract);
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
        String label = request.getMethod() + " " + path + " → " + response.statusCode();
        Operation operation = contract.findOperation(path, HttpMethod.valueOf(request.getMethod()));
        if (operation == null) {
            // no such operation: the gateway or service answers that the route is unknown, itself a problem document
            if (response.statusCode() == 404 || response.statusCode() == 405) {
                return response;
            }
            throw new AssertionError(label + ": no operation in the merged document answers this request");
        }
        Map<String, String> headers = new LinkedHashMap<>();
        response.headers().forEach(h -> headers.put(h.getName(), h.getValue()));
        byte[] body = response.asByteArray();
        String contentType = response.contentType() == null || response.contentType().isEmpty() ? null : response.contentType();
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
