package cn.dangjian.platform.web;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Answers what never reaches a resource: unknown routes, and failures raised below the REST layer
 * (for example an oversized body), so that even those are problem documents.
 */
@ApplicationScoped
public class ProblemRoutes {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(ProblemRoutes.class);

    /** Before everything else, the gateway's proxy (-1000) and Quarkus's security (-200) included. */
    static final int ORDER_REQUEST_LIMITS = -10_000;

    @Inject
    ProblemWriter writer;

    @Inject
    RequestLimitSettings limits;

    void install(@Observes Router router) {
        router.route().order(ORDER_REQUEST_LIMITS).handler(this::checkRequestSize);
        router.route().last().handler(ctx -> writer.write(ctx.response(),
                Problem.of(404, "not-found", "Not Found", "no resource at " + ctx.request().path(), ctx.request().path(), null)));
        router.route().failureHandler(ctx -> {
            int status = ctx.statusCode() > 0 ? ctx.statusCode() : statusOf(ctx.failure());
            String path = ctx.request().path();
            Problem problem = switch (status) {
                case 401 -> Problem.of(401, "unauthorized", "Unauthorized", "a valid bearer token is required", path, null);
                case 403 -> Problem.of(403, "forbidden", "Forbidden", "your role does not allow this operation", path, null);
                case 413 -> Problem.of(413, "payload-too-large", "Payload Too Large", "the request body is too large", path, null);
                default -> status < 500
                        ? Problem.of(status, "bad-request", "Bad Request", "the request could not be processed", path, null)
                        : Problem.of(500, "internal-error", "Internal error", "an unexpected fault occurred", path, null);
            };
            if (status == 401 && !ctx.response().headers().contains("WWW-Authenticate")) {
                ctx.response().putHeader("WWW-Authenticate", "Bearer"); // RFC 6750
            }
            writer.write(ctx.response(), problem);
        });
    }

    /**
     * 414 and 431 as problem documents. The HTTP codec's limits (quarkus.http.limits.max-initial-line-length and
     * max-header-size) are set well above these, so that such requests reach this check; only a request beyond the codec's
     * limits gets the codec's bare answer.
     */
    private void checkRequestSize(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        long line = request.method().name().length() + 1L + request.uri().length() + 1L + "HTTP/1.1".length();
        if (line > limits.maxRequestLine().asLongValue()) {
            close(ctx);
            writer.write(ctx.response(), Problem.of(414, "uri-too-long", "URI Too Long",
                    "the request line is longer than " + limits.maxRequestLine().asLongValue() + " bytes", request.path(), null));
            return;
        }
        long headers = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            headers += header.getKey().length() + 2L + header.getValue().length() + 2L;
        }
        if (headers > limits.maxHeaders().asLongValue()) {
            close(ctx);
            writer.write(ctx.response(), Problem.of(431, "request-header-fields-too-large", "Request Header Fields Too Large",
                    "the request headers are larger than " + limits.maxHeaders().asLongValue() + " bytes", request.path(), null));
            return;
        }
        ctx.next();
    }

    /** The body of such a request is not read: close the connection after answering instead of draining it. */
    private static void close(RoutingContext ctx) {
        ctx.response().putHeader("Connection", "close");
    }


    /** Security failures raised below the REST layer arrive without a status code, sometimes wrapped. */
    private static int statusOf(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof io.quarkus.security.AuthenticationException || cause instanceof io.quarkus.security.UnauthorizedException) {
                return 401;
            }
            if (cause instanceof io.quarkus.security.ForbiddenException) {
                return 403;
            }
        }
        LOG.errorf(failure, "Unexpected fault below the REST layer");
        return 500;
    }
}
