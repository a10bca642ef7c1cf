package cn.dangjian.gateway.openapi;

import cn.dangjian.platform.web.Problem;
import cn.dangjian.platform.web.ProblemWriter;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Serves the merged document at {@code /q/openapi} (JSON, with or without {@code ?format=json}); the gateway's own
 * generated document is moved out of the way to {@code /q/gateway-openapi}.
 */
@ApplicationScoped
public class OpenApiRoutes {

    public static final String PATH = "/q/openapi";

    @Inject
    MergedOpenApi merged;

    @Inject
    ProblemWriter problems;

    void install(@Observes @Priority(10) Router router) {
        router.get(PATH).order(-10).handler(this::serve);
    }

    private void serve(RoutingContext ctx) {
        merged.document().onComplete(ar -> {
            if (ar.succeeded()) {
                ctx.response()
                        .putHeader("Content-Type", "application/json")
                        .putHeader("Cache-Control", "no-cache")
                        .end(ar.result());
            } else {
                problems.write(ctx.response(), Problem.of(500, "internal-error", "Internal error",
                        "the API document could not be assembled", PATH, null));
            }
        });
    }
}
