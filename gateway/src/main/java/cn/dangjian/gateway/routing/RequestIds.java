package cn.dangjian.gateway.routing;

import java.util.UUID;
import java.util.regex.Pattern;

/** The request id that follows a request through the gateway and the service: the client's if it is sane, else a new one. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** Key of the id in the routing context. */
    public static final String CONTEXT_KEY = "dangjian.request-id";

    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private RequestIds() {
    }

    public static String acceptOrGenerate(String fromClient) {
        return fromClient != null && SANE.matcher(fromClient).matches() ? fromClient : UUID.randomUUID().toString();
    }
}
