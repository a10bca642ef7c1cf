package cn.dangjian.platform.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * The JSON of HTTP answers leaves out fields without a value instead of sending {@code null}: the OpenAPI documents
 * declare such fields as optional strings, numbers or objects, and strictly typed generated clients break on a
 * {@code null} there. Events keep their explicit nulls (they use the application's own ObjectMapper, documented in
 * docs/events.md); only what Quarkus REST writes goes through this mapper. Anything that stores an answer to replay
 * it later (Idempotency-Key) should serialise it with {@link #mapper()} so that the replay is the same.
 */
@Provider
@Singleton
public class ResponseJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper;

    @Inject
    public ResponseJson(ObjectMapper application) {
        this.mapper = application.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }
}
