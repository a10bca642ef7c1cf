package cn.dangjian.gateway.health;

import cn.dangjian.gateway.routing.RouteTable;
import cn.dangjian.gateway.routing.Upstream;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.health.api.HealthGroup;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * Whether each service behind the gateway answers its own readiness check, at {@code /q/health/group/upstreams}.
 * Deliberately not part of the gateway's readiness: one service down must not take the whole API out of a load
 * balancer.
 */
@HealthGroup("upstreams")
@ApplicationScoped
public class UpstreamsHealthCheck implements AsyncHealthCheck {

    private static final long TIMEOUT_MILLIS = 2000;

    private final RouteTable routes;
    private final WebClient client;

    @Inject
    public UpstreamsHealthCheck(Vertx vertx, RouteTable routes) {
        this.routes = routes;
        this.client = WebClient.create(vertx, new WebClientOptions()
                .setName("gateway-health")
                .setConnectTimeout((int) TIMEOUT_MILLIS)
                .setMaxPoolSize(1));
    }

    private record Status(Upstream upstream, String state) {
        boolean up() {
            return state.equals("UP");
        }
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Future<Status>> checks = routes.upstreams().stream().map(this::check).toList();
        Future<HealthCheckResponse> response = Future.join(checks).map(ignored -> {
            HealthCheckResponseBuilder builder = HealthCheckResponse.named("upstream services");
            boolean allUp = true;
            for (Future<Status> check : checks) {
                Status status = check.result();
                builder.withData(status.upstream().name(), status.state());
                allUp &= status.up();
            }
            return builder.status(allUp).build();
        });
        return Uni.createFrom().completionStage(response.toCompletionStage());
    }

    private Future<Status> check(Upstream upstream) {
        return client.getAbs(upstream.resolve("/q/health/ready"))
                .timeout(TIMEOUT_MILLIS)
                .send()
                .map(r -> new Status(upstream, r.statusCode() == 200 ? "UP" : "NOT READY (" + r.statusCode() + ")"))
                .otherwise(failure -> new Status(upstream, "UNREACHABLE"));
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
