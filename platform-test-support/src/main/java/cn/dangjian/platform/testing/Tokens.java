package cn.dangjian.platform.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real access tokens from the test Keycloak for the demo users of the realm, fetched once per user and
 * reused while they are fresh (a password grant costs ~150 ms of hashing).
 */
public final class Tokens {

    public static final String PASSWORD = "demo1234";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private record Cached(String token, Instant fetchedAt) {
    }

    private Tokens() {
    }

    /** Keycloak's base URL for tests: {@code DANGJIAN_TEST_KEYCLOAK}, default the test instance on 18180. */
    public static String keycloakUrl() {
        String configured = System.getenv("DANGJIAN_TEST_KEYCLOAK");
        return configured == null || configured.isBlank() ? "http://127.0.0.1:18180" : configured;
    }

    /** An access token of a demo user (see {@link DemoUsers}), through the mobile-app client. */
    public static String of(String username) {
        Cached cached = CACHE.get(username);
        if (cached != null && cached.fetchedAt().isAfter(Instant.now().minusSeconds(200))) {
            return cached.token();
        }
        String token = fetch(Map.of("grant_type", "password", "client_id", "mobile-app", "username", username,
                "password", PASSWORD, "scope", "openid"));
        CACHE.put(username, new Cached(token, Instant.now()));
        return token;
    }

    /** The {@code sub} claim of a demo user's token: what links a login to a member or volunteer. */
    public static String subjectOf(String username) {
        String payload = of(username).split("\\.")[1];
        String json = new String(java.util.Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("\"sub\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("token of " + username + " has no sub");
        }
        return m.group(1);
    }

    /** A client-credentials token of the gov-integration client (role integration). */
    public static String integration() {
        return fetch(Map.of("grant_type", "client_credentials", "client_id", "gov-integration",
                "client_secret", "gov-integration-secret"));
    }

    private static String fetch(Map<String, String> form) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloakUrl() + "/realms/dangjian/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher m = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !m.find()) {
                throw new IllegalStateException("Keycloak refused a token (" + response.statusCode() + "): " + response.body());
            }
            return m.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + keycloakUrl()
                    + " — start the test infrastructure with 'deploy/local/platform test-infra up'", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
