package cn.dangjian.platform.web;

import io.vertx.ext.web.Router;
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

    @Inject
    ProblemWriter writer;

    void install(@Observes Router router) {
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
