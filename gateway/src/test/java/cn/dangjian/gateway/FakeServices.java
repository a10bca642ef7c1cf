package cn.dangjian.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * Stand-ins for the four services: tiny Vert.x servers on random ports that record what reaches them (readable at
 * {@code GET /__requests}, cleared by {@code DELETE /__requests}) and serve a small OpenAPI document of their own.
 * volunteer-points-service is "down": its URL points at a port nobody listens on.
 */
public class FakeServices implements QuarkusTestResourceLifecycleManager {

    public static final String DOWN_SERVICE = "volunteer-points-service";

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new HashMap<>();
        config.put("gateway.services.organisation-service.url", "http://127.0.0.1:" + serve("organisation-service", "/api/organisations", "Organisations"));
        config.put("gateway.services.member-service.url", "http://127.0.0.1:" + serve("member-service", "/api/members", "Members"));
        config.put("gateway.services.activity-service.url", "http://127.0.0.1:" + serve("activity-service", "/api/activities", "Activities"));
        config.put("gateway.services." + DOWN_SERVICE + ".url", "http://127.0.0.1:" + unusedPort());
        config.put("gateway.upstream.timeout", "2S");
        return config;
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join();
        }
    }

    private int serve(String name, String prefix, String tag) {
        List<JsonObject> recorded = new CopyOnWriteArrayList<>();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            String path = request.path();
            if (path.equals("/__requests")) {
                if (request.method().name().equals("DELETE")) {
                    recorded.clear();
                }
                request.response().putHeader("Content-Type", "application/json").end(new JsonArray(List.copyOf(recorded)).encode());
            } else if (path.equals("/q/openapi")) {
                request.response().putHeader("Content-Type", "application/json").end(openApi(name, prefix, tag).encode());
            } else if (path.equals("/q/health/ready")) {
                request.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}");
            } else {
                recorded.add(record(request, body));
                answer(name, request, body);
            }
        }));
        return server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().join().actualPort();
    }

    private static JsonObject record(HttpServerRequest request, Buffer body) {
        JsonObject headers = new JsonObject();
        request.headers().forEach(h -> headers.put(h.getKey().toLowerCase(), h.getValue()));
        return new JsonObject()
                .put("method", request.method().name())
                .put("uri", request.uri())
                .put("headers", headers)
                .put("body", body.toString());
    }

    private static void answer(String name, HttpServerRequest request, Buffer body) {
        if (request.path().endsWith("/slow")) {
            return; // never answers: the gateway's timeout must end the exchange
        }
        String status = request.getParam("status");
        if (status != null) {
            request.response().setStatusCode(Integer.parseInt(status))
                    .putHeader("Content-Type", "application/problem+json")
                    .end(new JsonObject().put("type", "https://api.dangjian.cn/problems/conflict").put("title", "Conflict")
                            .put("status", Integer.parseInt(status)).put("detail", "from " + name).encode());
            return;
        }
        JsonObject answer = new JsonObject().put("service", name).put("method", request.method().name())
                .put("path", request.path()).put("query", request.query());
        if (request.method().name().equals("POST")) {
            answer.put("received", body.length() > 0 ? new JsonObject(body) : null);
            request.response().setStatusCode(201)
                    .putHeader("Location", "http://" + request.authority() + request.path() + "/" + UUID.randomUUID())
                    .putHeader("X-Request-Id", request.getHeader("X-Request-Id"))
                    .putHeader("Content-Type", "application/json")
                    .end(answer.encode());
        } else {
            request.response().putHeader("Content-Type", "application/json").end(answer.encode());
        }
    }

    /** A document like the services': a path under the prefix, one outside it, a Problem schema that clashes. */
    private static JsonObject openApi(String name, String prefix, String tag) {
        JsonObject problemSchema = new JsonObject().put("type", "object")
                .put("properties", new JsonObject().put("status", new JsonObject().put("type", "integer"))
                        .put("servedBy", new JsonObject().put("type", "string").put("example", name)));
        JsonObject get = new JsonObject()
                .put("tags", new JsonArray().add(tag))
                .put("summary", "List " + tag.toLowerCase())
                .put("security", new JsonArray().add(new JsonObject().put("bearer", new JsonArray())))
                .put("responses", new JsonObject().put("400", new JsonObject().put("description", "bad")
                        .put("content", new JsonObject().put("application/problem+json", new JsonObject()
                                .put("schema", new JsonObject().put("$ref", "#/components/schemas/Problem"))))));
        return new JsonObject()
                .put("openapi", "3.1.0")
                .put("info", new JsonObject().put("title", "Dangjian " + name).put("version", "1.0"))
                .put("tags", new JsonArray().add(new JsonObject().put("name", tag)))
                .put("paths", new JsonObject()
                        .put(prefix, new JsonObject().put("get", get))
                        .put(prefix + "/{id}", new JsonObject().put("get", get.copy().put("summary", "One of " + tag.toLowerCase())))
                        .put("/internal/" + name, new JsonObject().put("get", new JsonObject().put("summary", "not routed"))))
                .put("components", new JsonObject()
                        .put("schemas", new JsonObject().put("Problem", problemSchema)
                                .put(tag + "Page", new JsonObject().put("type", "object")))
                        .put("securitySchemes", new JsonObject().put("bearer",
                                new JsonObject().put("type", "http").put("scheme", "bearer"))));
    }

    private static int unusedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
