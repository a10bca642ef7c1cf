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
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real tokens that the platform must refuse, from the test Keycloak: an expired one, one from another issuer and
 * one for another audience. What they need (a client with a 2-s token lifespan, a second realm) is created through
 * Keycloak's admin API (admin/admin on the master realm), idempotently: it never belongs in the realm file, which
 * also serves {@code deploy/local/platform up}. Every such token is otherwise good (a demo user's roles, the
 * {@code dangjian-api} audience), so a 401 shows that the one thing wrong is what is checked.
 */
public final class ForeignTokens {

    /** Public test client in realm dangjian whose access tokens live 2 s. */
    public static final String SHORT_LIVED_CLIENT = "test-short-lived";
    /** A second realm on the same Keycloak: same kind of token, another issuer and other keys. */
    public static final String FOREIGN_REALM = "dangjian-foreign";
    public static final String FOREIGN_USER = "foreign-admin";

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern EXPIRES = Pattern.compile("\"exp\"\\s*:\\s*(\\d+)");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String AUDIENCE_MAPPER = """
            {"name": "audience dangjian-api", "protocol": "openid-connect", "protocolMapper": "oidc-audience-mapper",
             "config": {"included.custom.audience": "dangjian-api", "access.token.claim": "true", "id.token.claim": "false"}}""";

    private static volatile boolean shortLivedClientReady;
    private static volatile boolean foreignRealmReady;

    private ForeignTokens() {
    }

    /**
     * A demo user's token that has expired: issued by the short-lived client (2 s), returned once its {@code exp}
     * plus a second has passed.
     */
    public static String expired(String username) {
        ensureShortLivedClient();
        String token = token("dangjian", Map.of("grant_type", "password", "client_id", SHORT_LIVED_CLIENT,
                "username", username, "password", Tokens.PASSWORD));
        Matcher exp = EXPIRES.matcher(payload(token));
        if (!exp.find()) {
            throw new IllegalStateException("token without exp");
        }
        Instant expiresAt = Instant.ofEpochSecond(Long.parseLong(exp.group(1)));
        if (expiresAt.isAfter(Instant.now().plusSeconds(60))) {
            throw new IllegalStateException(SHORT_LIVED_CLIENT + " issued a token for " + Duration.between(Instant.now(), expiresAt)
                    + ": its 2-s lifespan is not in effect");
        }
        long waitMillis = Duration.between(Instant.now(), expiresAt.plusSeconds(1)).toMillis();
        if (waitMillis > 0) {
            try {
                Thread.sleep(waitMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return token;
    }

    /** A platform-admin token with audience dangjian-api, but from the realm {@value #FOREIGN_REALM}. */
    public static String foreignIssuer() {
        ensureForeignRealm();
        return token(FOREIGN_REALM, Map.of("grant_type", "password", "client_id", "mobile-app",
                "username", FOREIGN_USER, "password", Tokens.PASSWORD));
    }

    /** A demo user's token from realm dangjian's own {@code admin-cli} client: no {@code dangjian-api} audience. */
    public static String otherAudience(String username) {
        String token = token("dangjian", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", username, "password", Tokens.PASSWORD));
        if (payload(token).contains("dangjian-api")) {
            throw new IllegalStateException("the admin-cli token unexpectedly carries the dangjian-api audience");
        }
        return token;
    }

    /** The decoded claims of a token, as JSON text. */
    public static String payload(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    static synchronized void ensureShortLivedClient() {
        if (shortLivedClientReady) {
            return;
        }
        String admin = adminToken();
        HttpResponse<String> found = send(HttpRequest.newBuilder(admin("/admin/realms/dangjian/clients?clientId=" + SHORT_LIVED_CLIENT))
                .header("Authorization", "Bearer " + admin).GET());
        if (found.statusCode() != 200) {
            throw new IllegalStateException("listing clients failed (" + found.statusCode() + "): " + found.body());
        }
        if (!found.body().contains("\"clientId\":\"" + SHORT_LIVED_CLIENT + "\"")) {
            String client = """
                    {"clientId": "%s", "name": "Tests: tokens that expire after 2 s", "enabled": true, "publicClient": true,
                     "standardFlowEnabled": false, "directAccessGrantsEnabled": true, "fullScopeAllowed": true,
                     "attributes": {"access.token.lifespan": "2"},
                     "protocolMappers": [%s]}""".formatted(SHORT_LIVED_CLIENT, AUDIENCE_MAPPER);
            created(send(HttpRequest.newBuilder(admin("/admin/realms/dangjian/clients"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(client))), "client " + SHORT_LIVED_CLIENT);
        }
        shortLivedClientReady = true;
    }

    static synchronized void ensureForeignRealm() {
        if (foreignRealmReady) {
            return;
        }
        String admin = adminToken();
        HttpResponse<String> found = send(HttpRequest.newBuilder(admin("/admin/realms/" + FOREIGN_REALM))
                .header("Authorization", "Bearer " + admin).GET());
        if (found.statusCode() == 404) {
            // one POST with everything: a concurrent creator gets 409, never a half-made realm
            String realm = """
                    {"realm": "%s", "enabled": true, "sslRequired": "external",
                     "roles": {"realm": [{"name": "platform-admin"}]},
                     "clients": [{"clientId": "mobile-app", "enabled": true, "publicClient": true, "standardFlowEnabled": false,
                                  "directAccessGrantsEnabled": true, "fullScopeAllowed": true, "protocolMappers": [%s]}],
                     "users": [{"username": "%s", "enabled": true, "emailVerified": true, "firstName": "Foreign", "lastName": "Admin",
                                "email": "foreign-admin@foreign.invalid", "realmRoles": ["platform-admin"],
                                "credentials": [{"type": "password", "value": "%s", "temporary": false}]}]}"""
                    .formatted(FOREIGN_REALM, AUDIENCE_MAPPER, FOREIGN_USER, Tokens.PASSWORD);
            created(send(HttpRequest.newBuilder(admin("/admin/realms"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(realm))), "realm " + FOREIGN_REALM);
        } else if (found.statusCode() != 200) {
            throw new IllegalStateException("reading realm " + FOREIGN_REALM + " failed (" + found.statusCode() + "): " + found.body());
        }
        foreignRealmReady = true;
    }

    private static void created(HttpResponse<String> response, String what) {
        // 409: another test JVM created it meanwhile
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw new IllegalStateException("creating " + what + " failed (" + response.statusCode() + "): " + response.body());
        }
    }

    private static String adminToken() {
        String user = System.getenv().getOrDefault("DANGJIAN_TEST_KEYCLOAK_ADMIN", "admin");
        String password = System.getenv().getOrDefault("DANGJIAN_TEST_KEYCLOAK_ADMIN_PASSWORD", "admin");
        return token("master", Map.of("grant_type", "password", "client_id", "admin-cli", "username", user, "password", password));
    }

    private static URI admin(String path) {
        return URI.create(Tokens.keycloakUrl() + path);
    }

    private static String token(String realm, Map<String, String> form) {
        Map<String, String> ordered = new LinkedHashMap<>(form);
        ordered.put("scope", "openid");
        StringBuilder body = new StringBuilder();
        ordered.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpResponse<String> response = send(HttpRequest.newBuilder(admin("/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
        Matcher m = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("Keycloak realm " + realm + " refused a token (" + response.statusCode() + "): " + response.body());
        }
        return m.group(1);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak is not reachable at " + Tokens.keycloakUrl(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
