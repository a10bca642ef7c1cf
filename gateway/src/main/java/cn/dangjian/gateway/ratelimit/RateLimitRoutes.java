package cn.dangjian.gateway.ratelimit;

import cn.dangjian.gateway.GatewayConfig;
import cn.dangjian.platform.web.Problem;
import cn.dangjian.platform.web.ProblemWriter;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Optional per-caller rate limit on {@code /api/...} (off unless {@code gateway.rate-limit.enabled}): a token bucket
 * per token subject, answering 429 with Retry-After when it is empty. In memory, so per gateway instance.
 */
@ApplicationScoped
public class RateLimitRoutes {

    @Inject
    GatewayConfig config;

    @Inject
    ProblemWriter problems;

    @Inject
    Vertx vertx;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    /** Registered before the proxy route (lower observer priority value), so it runs first on /api/*. */
    void install(@Observes @Priority(5) Router router) {
        if (!config.rateLimit().enabled()) {
            return;
        }
        int perMinute = config.rateLimit().perMinute();
        router.route("/api/*").handler(ctx -> limit(ctx, perMinute));
        // forget callers whose bucket has filled up again, so the map does not grow without bound
        vertx.setPeriodic(60_000, id -> {
            long now = System.nanoTime();
            buckets.values().removeIf(bucket -> bucket.full(now));
        });
    }

    private void limit(RoutingContext ctx, int perMinute) {
        long now = System.nanoTime();
        long retryAfter = buckets.computeIfAbsent(caller(ctx), key -> new TokenBucket(perMinute, now)).take(now);
        if (retryAfter == 0) {
            ctx.next();
            return;
        }
        ctx.response().putHeader("Retry-After", Long.toString(retryAfter));
        problems.write(ctx.response(), Problem.of(429, "too-many-requests", "Too Many Requests",
                "more than " + perMinute + " requests a minute; try again in " + retryAfter + " s", ctx.normalizedPath(), null));
    }

    private static String caller(RoutingContext ctx) {
        if (ctx.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
            return "sub:" + user.getSecurityIdentity().getPrincipal().getName();
        }
        return "ip:" + (ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().hostAddress());
    }
}
