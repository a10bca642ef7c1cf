package cn.dangjian.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every exception that reaches the REST layer into a problem answer, so that no client input
 * can produce a 500 or a stack trace. Unexpected faults get a 500 with an incident id that is logged.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @Inject
    ProblemWriter writer;

    @ServerExceptionMapper
    public Response api(ApiException e, HttpServerRequest request) {
        return writer.response(Problem.of(e.status(), e.typeSlug(), e.title(), e.getMessage(), request.path(), e.errors()));
    }

    // Quarkus REST ships mappers for these two subtypes; naming them here makes ours the closest match.
    @ServerExceptionMapper
    public Response mismatchedInput(com.fasterxml.jackson.databind.exc.MismatchedInputException e, HttpServerRequest request) {
        return json(e, request);
    }

    @ServerExceptionMapper
    public Response unparseable(com.fasterxml.jackson.core.JsonParseException e, HttpServerRequest request) {
        return json(e, request);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpServerRequest request) {
        String field = "body";
        String message = "is not well-formed JSON";
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            message = "has the wrong type or format";
            if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null && invalid.getTargetType().isEnum()) {
                message = "must be one of " + Arrays.toString(invalid.getTargetType().getEnumConstants());
            } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
                message = "is not a valid " + friendlyTypeName(invalid.getTargetType());
            }
        }
        return writer.response(Problem.of(400, "invalid-input", "Invalid input", field + ": " + message, request.path(),
                List.of(new Problem.FieldError(field, message))));
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpServerRequest request) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message() : errors.size() + " fields are invalid";
        return writer.response(Problem.of(400, "invalid-input", "Invalid input", detail, request.path(), errors));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, HttpServerRequest request) {
        return Response.fromResponse(writer.response(Problem.of(401, "unauthorized", "Unauthorized",
                "a valid bearer token is required (missing, expired or not issued for this API)", request.path(), null)))
                .header("WWW-Authenticate", "Bearer").build(); // RFC 6750

    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return writer.response(Problem.of(403, "forbidden", "Forbidden", "your role does not allow this operation", request.path(), null));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, request);
        }
        if (status == 400) {
            // what Quarkus REST raises itself for a body it cannot read (e.g. truncated JSON)
            return writer.response(Problem.of(400, "invalid-input", "Invalid input", "body: is not well-formed JSON", request.path(),
                    List.of(new Problem.FieldError("body", "is not well-formed JSON"))));
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        String detail = switch (status) {
            case 404 -> "no resource at " + shortPath(request.path());
            case 405 -> request.method() + " is not allowed on " + shortPath(request.path());
            case 415 -> "content type " + request.getHeader("Content-Type") + " is not supported here; send application/json";
            case 406 -> "this resource answers application/json";
            default -> e.getMessage();
        };
        String slug = title.toLowerCase().replace(' ', '-');
        Response.ResponseBuilder builder = Response.fromResponse(writer.response(Problem.of(status, slug, title, detail, request.path(), null)));
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            builder.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response queryParameter(QueryParameterException e, HttpServerRequest request) {
        return writer.response(Problem.of(400, "invalid-input", "Invalid input", e.parameter() + ": " + e.getMessage(), request.path(),
                List.of(new Problem.FieldError(e.parameter(), e.getMessage()))));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            // A unique constraint lost to a concurrent request is the client's conflict, not our fault.
            if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return writer.response(Problem.of(409, "duplicate", "Not allowed now",
                        "a record with the same unique value already exists", request.path(), null));
            }
            // A concurrent update won between our read (and If-Match check) and our flush: the same as a stale If-Match.
            if (DatabaseFaults.isStaleVersion(cause)) {
                return writer.response(Problem.of(412, "precondition-failed", "Precondition Failed",
                        "the resource was changed by someone else meanwhile; read it again and retry with its new ETag", request.path(), null));
            }
        }
        if (DatabaseFaults.isUnreachable(e)) {
            LOG.warnf("Database unreachable, answering 503: %s %s (%s)", request.method(), request.path(), DatabaseFaults.rootMessage(e));
            return Response.fromResponse(writer.response(Problem.of(503, "service-unavailable", "Service Unavailable",
                    "the service cannot reach its database right now; retry later", request.path(), null)))
                    .header("Retry-After", DatabaseFaults.RETRY_AFTER_SECONDS).build();
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected fault, incident %s, %s %s", incident, request.method(), request.path());
        return writer.response(Problem.of(500, "internal-error", "Internal error",
                "an unexpected fault occurred; quote incident " + incident + " to the operators", request.path(), null));
    }

    private static String shortPath(String path) {
        return path.length() <= Problem.MAX_INSTANCE_LENGTH ? path : path.substring(0, Problem.MAX_INSTANCE_LENGTH) + "...";
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        String last = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getName() != null && node.getKind() != jakarta.validation.ElementKind.METHOD) {
                last = node.getName();
            }
        }
        return last == null ? "body" : last;
    }

    private static String friendlyTypeName(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "UUID" -> "UUID";
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "Instant", "OffsetDateTime" -> "instant (ISO-8601, e.g. 2026-11-27T09:00:00Z)";
            case "BigDecimal" -> "decimal number";
            case "Integer", "Long", "int", "long" -> "whole number";
            case "Boolean", "boolean" -> "boolean";
            default -> type.getSimpleName();
        };
    }
}
