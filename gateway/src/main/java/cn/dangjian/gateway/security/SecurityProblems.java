package cn.dangjian.gateway.security;

import cn.dangjian.platform.web.Problem;
import cn.dangjian.platform.web.ProblemWriter;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Turns the gateway's authentication failures (an expired or invalid token, checked before the request is proxied)
 * into problem documents. They reach the router as exceptions without a status code, which the shared failure
 * handler of platform-web would answer as 500.
 */
@ApplicationScoped
public class SecurityProblems {

    @Inject
    ProblemWriter problems;

    void install(@Observes @Priority(10) Router router) {
        router.route().order(Integer.MIN_VALUE + 10).failureHandler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        String path = ctx.normalizedPath();
        if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException) {
            if (!ctx.response().headers().contains("WWW-Authenticate")) {
                ctx.response().putHeader("WWW-Authenticate", "Bearer");
            }
            problems.write(ctx.response(), Problem.of(401, "unauthorized", "Unauthorized",
                    "the bearer token is expired or invalid", path, null));
        } else if (failure instanceof ForbiddenException) {
            problems.write(ctx.response(), Problem.of(403, "forbidden", "Forbidden",
                    "your role does not allow this operation", path, null));
        } else {
            ctx.next();
        }
    }
}
