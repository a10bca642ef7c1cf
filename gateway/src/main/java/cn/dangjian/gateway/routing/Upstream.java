package cn.dangjian.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** One service behind the gateway: its name, where it listens, and the path prefixes it owns. */
public record Upstream(String name, URI url, List<String> prefixes) {

    public Upstream {
        prefixes = List.copyOf(prefixes);
    }

    /** The prefix of this service that owns the path: {@code /api/members} owns itself and {@code /api/members/...}, not {@code /api/membersX}. */
    public Optional<String> prefixOf(String path) {
        return prefixes.stream().filter(prefix -> owns(prefix, path)).findFirst();
    }

    public boolean owns(String path) {
        return prefixOf(path).isPresent();
    }

    static boolean owns(String prefix, String path) {
        return path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/');
    }

    public boolean https() {
        return "https".equalsIgnoreCase(url.getScheme());
    }

    public String host() {
        return url.getHost();
    }

    public int port() {
        return url.getPort() > 0 ? url.getPort() : https() ? 443 : 80;
    }

    /** The URL of a path on this service (the base URL's own path, if any, is kept in front). */
    public String resolve(String pathAndQuery) {
        String base = url.toString();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) + pathAndQuery : base + pathAndQuery;
    }
}
