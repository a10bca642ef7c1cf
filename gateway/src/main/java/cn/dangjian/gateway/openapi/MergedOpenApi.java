package cn.dangjian.gateway.openapi;

import cn.dangjian.gateway.GatewayConfig;
import cn.dangjian.gateway.routing.RouteTable;
import cn.dangjian.gateway.routing.Upstream;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The merged OpenAPI document, fetched from the services and kept for a short while. A service that does not answer
 * is left out (and named in the description); the document itself never fails.
 */
@ApplicationScoped
public class MergedOpenApi {

    private static final Logger LOG = Logger.getLogger(MergedOpenApi.class);
    /** An incomplete document is kept only briefly, so a service that comes back shows up soon. */
    private static final Duration INCOMPLETE_TTL = Duration.ofSeconds(5);

    private final RouteTable routes;
    private final WebClient client;
    private final OpenApiMerger merger;
    private final GatewayConfig.OpenApi config;

    private record Cached(String json, long expiresAtNanos) {
    }

    private volatile Cached cached;
    private Future<String> inFlight;

    @Inject
    public MergedOpenApi(Vertx vertx, RouteTable routes, GatewayConfig config) {
        this.routes = routes;
        this.config = config.openapi();
        this.merger = new OpenApiMerger(this.config.keycloakPublicUrl(), this.config.version());
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setName("gateway-openapi")
                .setConnectTimeout((int) this.config.fetchTimeout().toMillis())
                .setMaxPoolSize(2));
    }

    /** The merged document as JSON text. */
    public synchronized Future<String> document() {
        Cached current = cached;
        if (current != null && System.nanoTime() - current.expiresAtNanos() < 0) {
            return Future.succeededFuture(current.json());
        }
        if (inFlight == null) {
            inFlight = fetchAndMerge().andThen(ar -> {
                synchronized (this) {
                    inFlight = null;
                }
            });
        }
        return inFlight;
    }

    private Future<String> fetchAndMerge() {
        List<Upstream> upstreams = routes.upstreams();
        List<Future<OpenApiMerger.ServiceDocument>> fetches = upstreams.stream().map(this::fetch).toList();
        return Future.join(fetches).transform(ignored -> {
            List<OpenApiMerger.ServiceDocument> documents = fetches.stream().map(Future::result).toList();
            boolean complete = documents.stream().allMatch(d -> d.document() != null);
            String json = merger.merge(documents).encode();
            Duration ttl = complete ? config.cacheTtl() : INCOMPLETE_TTL;
            cached = new Cached(json, System.nanoTime() + ttl.toNanos());
            return Future.succeededFuture(json);
        });
    }

    private Future<OpenApiMerger.ServiceDocument> fetch(Upstream upstream) {
        String url = upstream.resolve(config.documentPath());
        return client.getAbs(url)
                .putHeader("Accept", "application/json")
                .timeout(config.fetchTimeout().toMillis())
                .send()
                .map(response -> {
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("answered " + response.statusCode());
                    }
                    return response.bodyAsJsonObject();
                })
                .otherwise(failure -> {
                    LOG.warnf("OpenAPI document of %s not available: %s", upstream.name(), failure.toString());
                    return null;
                })
                .map(document -> new OpenApiMerger.ServiceDocument(upstream, document));
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
