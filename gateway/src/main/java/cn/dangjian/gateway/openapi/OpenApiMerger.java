package cn.dangjian.gateway.openapi;

import cn.dangjian.gateway.routing.Upstream;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges the services' OpenAPI documents into the one document clients read at the gateway: their paths (only those
 * the gateway routes to that service), schemas and other components, and tags; one {@code info}, one server, and the
 * gateway's two security schemes (Keycloak login for the console, or a pasted bearer token).
 */
public final class OpenApiMerger {

    public static final String BEARER_SCHEME = "bearer";
    public static final String OAUTH2_SCHEME = "oauth2";

    private static final String SCHEMA_REF_PREFIX = "#/components/schemas/";
    private static final List<String> HTTP_METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    private final String keycloakPublicUrl;
    private final String version;

    public OpenApiMerger(String keycloakPublicUrl, String version) {
        this.keycloakPublicUrl = keycloakPublicUrl.endsWith("/")
                ? keycloakPublicUrl.substring(0, keycloakPublicUrl.length() - 1) : keycloakPublicUrl;
        this.version = version;
    }

    /** One service's document, or {@code null} when it could not be fetched. */
    public record ServiceDocument(Upstream upstream, JsonObject document) {
    }

    public JsonObject merge(List<ServiceDocument> documents) {
        JsonObject paths = new JsonObject();
        JsonObject components = new JsonObject();
        JsonObject schemas = new JsonObject();
        Map<String, JsonObject> tags = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        String openapiVersion = null;
        Map<String, Integer> operationIdUses = operationIdUses(documents);

        for (ServiceDocument service : documents) {
            JsonObject document = service.document();
            if (document == null) {
                missing.add(service.upstream().name());
                continue;
            }
            document = document.copy();
            if (openapiVersion == null) {
                openapiVersion = document.getString("openapi");
            }
            JsonObject serviceComponents = document.getJsonObject("components", new JsonObject());
            JsonObject serviceSchemas = serviceComponents.getJsonObject("schemas", new JsonObject());
            Map<String, String> renamed = renameClashingSchemas(service.upstream().name(), serviceSchemas, schemas);
            if (!renamed.isEmpty()) {
                rewriteSchemaRefs(document, renamed);
                serviceSchemas = document.getJsonObject("components", new JsonObject()).getJsonObject("schemas", new JsonObject());
            }
            for (String name : serviceSchemas.fieldNames()) {
                String target = renamed.getOrDefault(name, name);
                if (!schemas.containsKey(target)) {
                    schemas.put(target, serviceSchemas.getValue(name));
                }
            }
            for (String kind : serviceComponents.fieldNames()) {
                if (kind.equals("schemas") || kind.equals("securitySchemes")) {
                    continue;
                }
                JsonObject merged = components.getJsonObject(kind, new JsonObject());
                JsonObject theirs = document.getJsonObject("components").getJsonObject(kind, new JsonObject());
                theirs.forEach(entry -> {
                    if (!merged.containsKey(entry.getKey())) {
                        merged.put(entry.getKey(), entry.getValue());
                    }
                });
                components.put(kind, merged);
            }
            JsonObject servicePaths = document.getJsonObject("paths", new JsonObject());
            for (String path : servicePaths.fieldNames()) {
                // a path the gateway does not route to this service is unreachable through the gateway
                if (service.upstream().owns(path) && !paths.containsKey(path)) {
                    JsonObject item = servicePaths.getJsonObject(path);
                    offerConsoleLogin(item);
                    qualifySharedOperationIds(service.upstream().name(), item, operationIdUses);
                    paths.put(path, item);
                }
            }
            for (Object tag : document.getJsonArray("tags", new JsonArray())) {
                if (tag instanceof JsonObject tagObject && tagObject.getString("name") != null) {
                    tags.putIfAbsent(tagObject.getString("name"), tagObject);
                }
            }
        }

        components.put("schemas", schemas);
        components.put("securitySchemes", securitySchemes());
        JsonObject merged = new JsonObject()
                .put("openapi", openapiVersion == null ? "3.0.3" : openapiVersion)
                .put("info", info(missing))
                .put("servers", new JsonArray().add(new JsonObject().put("url", "/")
                        // whichever environment (local, staging or production) served this document; clients outside it too
                        .put("description", "this gateway, in the environment (local, staging or production) that served this document")
                        .put("x-internal", false)))
                .put("security", new JsonArray()
                        .add(new JsonObject().put(BEARER_SCHEME, new JsonArray()))
                        .add(new JsonObject().put(OAUTH2_SCHEME, new JsonArray())));
        if (!tags.isEmpty()) {
            merged.put("tags", new JsonArray(new ArrayList<>(tags.values())));
        }
        merged.put("paths", paths);
        merged.put("components", components);
        return merged;
    }

    private JsonObject info(List<String> missing) {
        String description = "The Dangjian platform's API as clients reach it through the gateway: every /api path needs "
                + "a bearer token from Keycloak realm dangjian (audience dangjian-api). Merged from the services' own documents.";
        if (!missing.isEmpty()) {
            description += "\n\nNot included right now (the service did not answer): " + String.join(", ", missing) + ".";
        }
        return new JsonObject().put("title", "Dangjian API").put("version", version).put("description", description)
                .put("contact", new JsonObject().put("name", "Dangjian platform team"));
    }

    private JsonObject securitySchemes() {
        JsonObject bearer = new JsonObject()
                .put("type", "http")
                .put("scheme", "bearer")
                .put("bearerFormat", "JWT")
                .put("description", "An access token of Keycloak realm dangjian (audience dangjian-api), pasted as is. "
                        + "A short-lived signed JWT, checked as RFC8725 recommends (algorithm, issuer, audience, expiry).");
        JsonObject oauth2 = new JsonObject()
                .put("type", "oauth2")
                .put("description", "Log in at Keycloak (client openapi-console, authorization code with PKCE). "
                        + "Access tokens are short-lived JWTs, checked as RFC8725 recommends; refresh them at the token URL.")
                .put("flows", new JsonObject().put("authorizationCode", new JsonObject()
                        .put("authorizationUrl", keycloakPublicUrl + "/protocol/openid-connect/auth")
                        .put("tokenUrl", keycloakPublicUrl + "/protocol/openid-connect/token")
                        .put("refreshUrl", keycloakPublicUrl + "/protocol/openid-connect/token")
                        .put("scopes", new JsonObject().put("openid", "OpenID Connect sign-in"))));
        return new JsonObject().put(BEARER_SCHEME, bearer).put(OAUTH2_SCHEME, oauth2);
    }

    /**
     * Operations keep the security the service declared; where it asks for a token, the console's Keycloak login is
     * offered as an alternative, so a token obtained by logging in is sent too.
     */
    private static void offerConsoleLogin(JsonObject pathItem) {
        for (String method : HTTP_METHODS) {
            JsonObject operation = pathItem.getJsonObject(method);
            if (operation == null) {
                continue;
            }
            JsonArray security = operation.getJsonArray("security");
            if (security == null || security.isEmpty()) {
                continue;
            }
            boolean offered = security.stream().anyMatch(r -> r instanceof JsonObject o && o.containsKey(OAUTH2_SCHEME));
            if (!offered) {
                security.add(new JsonObject().put(OAUTH2_SCHEME, new JsonArray()));
            }
        }
    }

    /** How often each operationId occurs among the paths the gateway routes, across all services. */
    private static Map<String, Integer> operationIdUses(List<ServiceDocument> documents) {
        Map<String, Integer> uses = new HashMap<>();
        for (ServiceDocument service : documents) {
            if (service.document() == null) {
                continue;
            }
            JsonObject servicePaths = service.document().getJsonObject("paths", new JsonObject());
            for (String path : servicePaths.fieldNames()) {
                if (!service.upstream().owns(path)) {
                    continue;
                }
                JsonObject item = servicePaths.getJsonObject(path);
                for (String method : HTTP_METHODS) {
                    if (item.getValue(method) instanceof JsonObject operation && operation.getString("operationId") != null) {
                        uses.merge(operation.getString("operationId"), 1, Integer::sum);
                    }
                }
            }
        }
        return uses;
    }

    /**
     * OpenAPI requires operationIds unique in the document, and generated clients name their methods after them. An
     * operation every service offers (the dead-letter operations of platform-events) gets the service's name in front.
     */
    private static void qualifySharedOperationIds(String serviceName, JsonObject pathItem, Map<String, Integer> uses) {
        for (String method : HTTP_METHODS) {
            if (pathItem.getValue(method) instanceof JsonObject operation && operation.getString("operationId") != null) {
                String id = operation.getString("operationId");
                if (uses.getOrDefault(id, 0) > 1) {
                    String service = prefix(serviceName);
                    operation.put("operationId", Character.toLowerCase(service.charAt(0)) + service.substring(1)
                            + Character.toUpperCase(id.charAt(0)) + id.substring(1));
                }
            }
        }
    }

    /**
     * Same-name schemas that differ from one already merged get the service's name in front. Repeated until nothing
     * more changes: a schema identical in text but referring to a renamed one (a page of dead letters whose item
     * differs) differs too once its reference follows, and must not be merged into the other service's.
     */
    private static Map<String, String> renameClashingSchemas(String serviceName, JsonObject theirs, JsonObject merged) {
        Map<String, String> renamed = new HashMap<>();
        boolean more = true;
        while (more) {
            more = false;
            JsonObject rewritten = theirs.copy();
            rewriteSchemaRefs(rewritten, renamed);
            for (String name : rewritten.fieldNames()) {
                Object existing = merged.getValue(name);
                if (!renamed.containsKey(name) && existing != null
                        && !withoutExamples(existing).equals(withoutExamples(rewritten.getValue(name)))) {
                    renamed.put(name, prefix(serviceName) + "_" + name);
                    more = true;
                }
            }
        }
        return renamed;
    }

    /**
     * A schema as a client reads it: examples are documentation, so two services' {@code Instant} or {@code DeadLetter}
     * that differ only in their examples are one schema (the first service's is kept), not two copies.
     */
    static Object withoutExamples(Object node) {
        if (node instanceof JsonObject object) {
            JsonObject copy = new JsonObject();
            for (String key : object.fieldNames()) {
                if (!key.equals("example") && !key.equals("examples")) {
                    copy.put(key, withoutExamples(object.getValue(key)));
                }
            }
            return copy;
        }
        if (node instanceof JsonArray array) {
            JsonArray copy = new JsonArray();
            array.forEach(item -> copy.add(withoutExamples(item)));
            return copy;
        }
        return node;
    }

    static String prefix(String serviceName) {
        StringBuilder out = new StringBuilder();
        boolean upper = true;
        for (char c : serviceName.toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            } else {
                upper = true;
            }
        }
        return out.toString();
    }

    private static void rewriteSchemaRefs(Object node, Map<String, String> renamed) {
        if (node instanceof JsonObject object) {
            if (object.getValue("$ref") instanceof String ref && ref.startsWith(SCHEMA_REF_PREFIX)) {
                String target = renamed.get(ref.substring(SCHEMA_REF_PREFIX.length()));
                if (target != null) {
                    object.put("$ref", SCHEMA_REF_PREFIX + target);
                }
            }
            for (String key : new ArrayList<>(object.fieldNames())) {
                rewriteSchemaRefs(object.getValue(key), renamed);
            }
        } else if (node instanceof JsonArray array) {
            for (Object item : array) {
                rewriteSchemaRefs(item, renamed);
            }
        }
    }
}
