package cn.dangjian.gateway.routing;

import cn.dangjian.gateway.GatewayConfig;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.Future;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The one HTTP client, on Quarkus's Vert.x, through which the gateway talks to every service. */
@ApplicationScoped
public class UpstreamClient {

    private final HttpClient client;
    private final long timeoutMillis;

    @Inject
    public UpstreamClient(Vertx vertx, GatewayConfig config) {
        GatewayConfig.Upstream upstream = config.upstream();
        this.timeoutMillis = upstream.timeout().toMillis();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setName("gateway-upstreams")
                .setConnectTimeout((int) upstream.connectTimeout().toMillis())
                .setMaxPoolSize(upstream.maxPoolSize())
                .setMaxWaitQueueSize(upstream.maxWaitQueueSize())
                .setKeepAlive(true)
                // shorter than the services' own idle timeout, so the gateway never reuses a connection they just closed
                .setKeepAliveTimeout(30)
                .setDecompressionSupported(false));
    }

    public HttpClient client() {
        return client;
    }

    /** A request to the service; the proxy sets method, URI and headers. */
    public Future<HttpClientRequest> request(Upstream upstream) {
        return client.request(new RequestOptions()
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setSsl(upstream.https())
                .setIdleTimeout(timeoutMillis));
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
