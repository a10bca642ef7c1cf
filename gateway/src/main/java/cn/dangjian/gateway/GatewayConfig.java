package cn.dangjian.gateway;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The gateway's own settings: which service answers which path prefixes, and how it talks to them. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** The services behind the gateway, by name (the name appears in logs, 503 answers and health data). */
    Map<String, Service> services();

    Upstream upstream();

    OpenApi openapi();

    RateLimit rateLimit();

    interface Service {

        /** Base URL of the service, e.g. {@code http://127.0.0.1:8081}; paths are appended unchanged. */
        URI url();

        /** Path prefixes the service owns, e.g. {@code /api/members}; each matches itself and everything below it. */
        List<String> prefixes();
    }

    interface Upstream {

        @WithDefault("2S")
        Duration connectTimeout();

        /** How long the gateway waits for a service to send anything before it gives up with 503. */
        @WithDefault("30S")
        Duration timeout();

        /** Connections kept per service. */
        @WithDefault("50")
        int maxPoolSize();

        /** Requests allowed to wait for a connection per service before the gateway answers 503. */
        @WithDefault("500")
        int maxWaitQueueSize();

        /** The Retry-After of a 503 answer, in seconds. */
        @WithDefault("5")
        int retryAfterSeconds();
    }

    interface OpenApi {

        /** Where each service serves its own OpenAPI document, relative to its base URL. */
        @WithDefault("/q/openapi?format=json")
        String documentPath();

        @WithDefault("30S")
        Duration cacheTtl();

        @WithDefault("3S")
        Duration fetchTimeout();

        /** The Keycloak realm URL as a browser reaches it (the Swagger UI logs in there). */
        @WithDefault("http://localhost:8180/realms/dangjian")
        String keycloakPublicUrl();

        @WithDefault("1.0")
        String version();
    }

    interface RateLimit {

        @WithDefault("false")
        boolean enabled();

        /** Requests per minute allowed per caller (token subject, or client address without a token). */
        @WithDefault("600")
        int perMinute();
    }
}
