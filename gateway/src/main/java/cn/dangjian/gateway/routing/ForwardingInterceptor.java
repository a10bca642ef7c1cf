package cn.dangjian.gateway.routing;

import cn.dangjian.platform.web.Problem;
import cn.dangjian.platform.web.ProblemWriter;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * What the gateway adds to one proxied exchange: the request id and {@code X-Forwarded-*} headers on the way in, and
 * a problem answer instead of a bare 502 when the service cannot be reached.
 */
final class ForwardingInterceptor implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(ForwardingInterceptor.class);

    private final Upstream upstream;
    private final String requestId;
    private final String pathAndQuery;
    private final long maxBodySize;
    private final int retryAfterSeconds;
    private final ProblemWriter problems;
    private boolean bodyTooLarge;

    ForwardingInterceptor(Upstream upstream, String requestId, String pathAndQuery, long maxBodySize, int retryAfterSeconds,
            ProblemWriter problems) {
        this.upstream = upstream;
        this.requestId = requestId;
        this.pathAndQuery = pathAndQuery;
        this.maxBodySize = maxBodySize;
        this.retryAfterSeconds = retryAfterSeconds;
        this.problems = problems;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest client = request.proxiedRequest();
        // the normalised path the gateway routed and authorised on, so the service sees exactly that
        request.setURI(pathAndQuery);
        MultiMap headers = request.headers();
        headers.set(RequestIds.HEADER, requestId);
        headers.set("X-Forwarded-For", forwardedFor(client.headers().getAll("X-Forwarded-For"), client.remoteAddress()));
        headers.set("X-Forwarded-Proto", client.scheme() == null ? "http" : client.scheme());
        HostAndPort authority = client.authority();
        if (authority != null) {
            headers.set("X-Forwarded-Host", authority.host());
            headers.set("X-Forwarded-Port", Integer.toString(authority.port() > 0 ? authority.port()
                    : "https".equals(client.scheme()) ? 443 : 80));
        }
        Body body = request.getBody();
        if (body != null && body.length() < 0) {
            // No Content-Length (chunked, or HTTP/2): the proxy cannot stream such a body to an HTTP/1.1 service, so it
            // is read first (at most the size limit) and sent with its length.
            return readAtMost(body, maxBodySize).compose(
                    buffer -> {
                        request.setBody(Body.body(buffer));
                        return send(context);
                    },
                    tooLarge -> {
                        bodyTooLarge = true;
                        return Future.succeededFuture(failureResponse(context, tooLarge));
                    });
        }
        return send(context);
    }

    private Future<ProxyResponse> send(ProxyContext context) {
        return context.sendRequest().recover(failure -> Future.succeededFuture(failureResponse(context, failure)));
    }

    private static Future<Buffer> readAtMost(Body body, long limit) {
        Promise<Buffer> read = Promise.promise();
        Buffer content = Buffer.buffer();
        ReadStream<Buffer> stream = body.stream();
        stream.exceptionHandler(read::tryFail);
        stream.handler(chunk -> {
            if (read.future().isComplete()) {
                return;
            }
            if (content.length() + chunk.length() > limit) {
                read.tryFail(new IllegalStateException("request body larger than " + limit + " bytes"));
            } else {
                content.appendBuffer(chunk);
            }
        });
        stream.endHandler(v -> read.tryComplete(content));
        stream.resume();
        return read.future();
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        // the gateway already put the id on its response; a service echoing it must not make it appear twice
        MultiMap headers = context.response().headers();
        headers.remove(RequestIds.HEADER);
        HttpServerRequest client = context.request().proxiedRequest();
        for (String name : List.of("Location", "Content-Location")) {
            String value = headers.get(name);
            if (value != null) {
                headers.set(name, publicLocation(value, upstream, client.scheme(), client.authority()));
            }
        }
        return context.sendResponse();
    }

    /**
     * A service builds absolute locations from the address the gateway called it at; the client must see the
     * gateway's address instead (the path stays as it is). Locations elsewhere are left alone.
     */
    static String publicLocation(String location, Upstream upstream, String scheme, HostAndPort authority) {
        URI uri;
        try {
            uri = new URI(location);
        } catch (URISyntaxException e) {
            return location;
        }
        if (!uri.isAbsolute() || uri.getHost() == null || !uri.getHost().equalsIgnoreCase(upstream.host())) {
            return location;
        }
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        if (port != upstream.port()) {
            return location;
        }
        String rest = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        if (uri.getRawQuery() != null) {
            rest += "?" + uri.getRawQuery();
        }
        if (uri.getRawFragment() != null) {
            rest += "#" + uri.getRawFragment();
        }
        return authority == null ? rest : (scheme == null ? "http" : scheme) + "://" + authority + rest;
    }

    private ProxyResponse failureResponse(ProxyContext context, Throwable failure) {
        String path = context.request().proxiedRequest().path();
        ProxyResponse response = context.request().release().response();
        Problem problem;
        if (bodyTooLarge) {
            problem = Problem.of(413, "payload-too-large", "Payload Too Large",
                    "the request body is larger than " + maxBodySize + " bytes", path, null);
            response.putHeader("Connection", "close");
        } else {
            LOG.warnf("%s unavailable for %s %s (request %s): %s", upstream.name(), context.request().getMethod(), path,
                    requestId, failure.toString());
            problem = Problem.of(503, "service-unavailable", "Service Unavailable",
                    upstream.name() + " is not available at the moment; try again shortly", path, null);
            response.putHeader("Retry-After", Integer.toString(retryAfterSeconds));
        }
        response.setStatusCode(problem.status());
        response.putHeader("Content-Type", Problem.MEDIA_TYPE);
        response.setBody(Body.body(Buffer.buffer(problems.json(problem))));
        return response;
    }

    static String forwardedFor(List<String> existing, SocketAddress remote) {
        String client = remote == null ? "unknown" : remote.hostAddress() != null ? remote.hostAddress() : remote.host();
        String before = existing == null ? "" : String.join(", ", existing).trim();
        return before.isEmpty() ? client : before + ", " + client;
    }
}
