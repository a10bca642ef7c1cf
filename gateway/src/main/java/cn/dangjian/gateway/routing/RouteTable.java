package cn.dangjian.gateway.routing;

import cn.dangjian.gateway.GatewayConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which service answers a path, from the {@code gateway.services.*} configuration. Paths are never rewritten. */
@ApplicationScoped
public class RouteTable {

    private final List<Upstream> upstreams;

    @Inject
    public RouteTable(GatewayConfig config) {
        this(config.services().entrySet().stream()
                .map(e -> new Upstream(e.getKey(), e.getValue().url(), e.getValue().prefixes()))
                .toList());
    }

    public RouteTable(List<Upstream> upstreams) {
        List<Upstream> sorted = new ArrayList<>(upstreams);
        sorted.sort(Comparator.comparing(Upstream::name));
        validate(sorted);
        this.upstreams = List.copyOf(sorted);
    }

    /** The services, sorted by name (the order in which the OpenAPI documents are merged). */
    public List<Upstream> upstreams() {
        return upstreams;
    }

    public Optional<Upstream> resolve(String path) {
        if (path == null) {
            return Optional.empty();
        }
        return upstreams.stream().filter(upstream -> upstream.owns(path)).findFirst();
    }

    // A misconfigured table would send traffic to the wrong service: refuse to start instead.
    private static void validate(List<Upstream> upstreams) {
        Map<String, String> owners = new HashMap<>();
        for (Upstream upstream : upstreams) {
            if (upstream.url() == null || upstream.url().getHost() == null
                    || !("http".equalsIgnoreCase(upstream.url().getScheme()) || upstream.https())) {
                throw new IllegalArgumentException("gateway.services." + upstream.name() + ".url must be an http(s) URL, not " + upstream.url());
            }
            if (upstream.prefixes().isEmpty()) {
                throw new IllegalArgumentException("gateway.services." + upstream.name() + ".prefixes is empty");
            }
            for (String prefix : upstream.prefixes()) {
                if (!prefix.startsWith("/api/") || prefix.endsWith("/") || prefix.contains("*")) {
                    throw new IllegalArgumentException("gateway.services." + upstream.name() + ".prefixes: '" + prefix
                            + "' must look like /api/things (no trailing slash, no wildcard)");
                }
                String other = owners.put(prefix, upstream.name());
                if (other != null) {
                    throw new IllegalArgumentException("prefix " + prefix + " is claimed by both " + other + " and " + upstream.name());
                }
            }
        }
        for (String prefix : owners.keySet()) {
            for (String other : owners.keySet()) {
                if (!prefix.equals(other) && Upstream.owns(prefix, other)) {
                    throw new IllegalArgumentException("prefix " + other + " (" + owners.get(other) + ") lies under " + prefix
                            + " (" + owners.get(prefix) + ")");
                }
            }
        }
    }
}
