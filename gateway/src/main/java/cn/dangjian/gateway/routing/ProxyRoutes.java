package cn.dangjian.gateway.routing;

import cn.dangjian.gateway.GatewayConfig;
import cn.dangjian.platform.web.Problem;
import cn.dangjian.platform.web.ProblemWriter;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyOptions;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mounts the reverse proxy on Quarkus's router: every {@code /api/...} request goes, path unchanged, to the service
 * that owns its prefix, after Quarkus's HTTP permission policy has checked the bearer token.
 */
@ApplicationScoped
public class ProxyRoutes {

    /** Before Quarkus's authentication (-200) and authorisation (-100), so even their answers carry the request id. */
    static final int ORDER_BEFORE_SECURITY = -1000;
    /** Before Quarkus's own size check (-2), which answers 413 without a body. */
    static final int ORDER_BODY_LIMIT = -3;
    /** Key under which Quarkus's Micrometer binder looks for the URI tag: one series per prefix, not per member id. */
    private static final String METRICS_URI_TEMPLATE = "UrlPathTemplate";

    private static final ProxyOptions PROXY_OPTIONS = new ProxyOptions().setSupportWebSocket(false);

    @Inject
    RouteTable routes;

    @Inject
    UpstreamClient upstreams;

    @Inject
    ProblemWriter problems;

    @Inject
    GatewayConfig config;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "1M")
    MemorySize maxBodySize;

    void install(@Observes @Priority(10) Router router) {
        router.route().order(ORDER_BEFORE_SECURITY).handler(this::prepare);
        router.route().order(ORDER_BODY_LIMIT).handler(this::checkDeclaredBodySize);
        router.route("/api/*").handler(this::proxy);
    }

    /** Request id on every answer; a bearer token demanded on /api before anything else looks at the request. */
    private void prepare(RoutingContext ctx) {
        String requestId = RequestIds.acceptOrGenerate(ctx.request().getHeader(RequestIds.HEADER));
        ctx.put(RequestIds.CONTEXT_KEY, requestId);
        ctx.response().putHeader(RequestIds.HEADER, requestId);
        String path = ctx.normalizedPath();
        boolean metrics = path.equals("/q/metrics") || path.startsWith("/q/metrics/");
        if (path.startsWith("/q/") && !metrics) {
            // Operations endpoints are public; with proactive authentication a stale token sent along would
            // otherwise turn them into 401s. Metrics are not: platform-admin only (application.properties).
            ctx.request().headers().remove("Authorization");
        } else if ((isApi(path) || metrics) && !hasBearerToken(ctx)) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer");
            problems.write(ctx.response(), Problem.of(401, "unauthorized", "Unauthorized",
                    "a bearer token is required (Authorization: Bearer <access token>)", path, null));
            return;
        }
        ctx.next();
    }

    private void checkDeclaredBodySize(RoutingContext ctx) {
        String length = ctx.request().getHeader("Content-Length");
        if (length != null) {
            long declared;
            try {
                declared = Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                declared = -1;
            }
            if (declared < 0 || declared > maxBodySize.asLongValue()) {
                // the body is not read: close the connection after answering instead of draining it
                ctx.response().putHeader("Connection", "close");
                ctx.response().endHandler(v -> ctx.request().connection().close());
                problems.write(ctx.response(), declared < 0
                        ? Problem.of(400, "bad-request", "Bad Request", "Content-Length is not a number", ctx.normalizedPath(), null)
                        : Problem.of(413, "payload-too-large", "Payload Too Large",
                                "the request body is larger than " + maxBodySize.asLongValue() + " bytes", ctx.normalizedPath(), null));
                return;
            }
        }
        ctx.next();
    }

    private void proxy(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        Optional<Upstream> target = routes.resolve(path);
        if (target.isEmpty()) {
            problems.write(ctx.response(), Problem.of(404, "not-found", "Not Found",
                    "no service answers " + path, path, null));
            return;
        }
        Upstream upstream = target.get();
        tagMetrics(upstream.prefixOf(path).orElse(path));
        String query = ctx.request().query();
        String requestId = ctx.get(RequestIds.CONTEXT_KEY);
        HttpProxy.reverseProxy(PROXY_OPTIONS, upstreams.client())
                .origin(proxyContext -> upstreams.request(upstream))
                .addInterceptor(new ForwardingInterceptor(upstream, requestId, query == null ? path : path + "?" + query,
                        maxBodySize.asLongValue(), config.upstream().retryAfterSeconds(), problems))
                .handle(ctx.request());
    }

    private static void tagMetrics(String prefix) {
        Context context = Vertx.currentContext();
        if (context != null) {
            context.putLocal(METRICS_URI_TEMPLATE, prefix + "/*");
        }
    }

    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static boolean hasBearerToken(RoutingContext ctx) {
        String authorization = ctx.request().getHeader("Authorization");
        return authorization != null && authorization.length() > 7
                && authorization.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")
                && !authorization.substring(7).isBlank();
    }
}
