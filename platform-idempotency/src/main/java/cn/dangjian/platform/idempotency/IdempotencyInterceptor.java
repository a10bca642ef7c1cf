package cn.dangjian.platform.idempotency;

import cn.dangjian.platform.security.Caller;
import cn.dangjian.platform.web.InconsistentInputException;
import cn.dangjian.platform.web.InvalidInputException;
import cn.dangjian.platform.web.Problem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Runs inside the resource method's transaction (the method is also {@code @Transactional}, whose interceptor has a
 * lower priority and so wraps this one), so the reservation and the remembered answer commit or roll back with the
 * work itself. The key is reserved <em>before</em> the work ({@code INSERT … ON CONFLICT}): a concurrent request
 * with the same key waits on that row until the first commits, then replays its answer; if the first fails, its
 * reservation rolls back and the waiting one does the work. A request that waited too long is answered 409 with
 * {@code Retry-After}. Keys are per caller (the token's {@code sub}).
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    /** PostgreSQL: lock_not_available (lock_timeout reached while the first request still works). */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    @Inject
    HttpServerRequest request;

    @Inject
    Caller caller;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    IdempotencyKeys keys;

    /** The answers' own JSON (fields without a value left out), so that a replay reads like the first answer. */
    @Inject
    cn.dangjian.platform.web.ResponseJson responseJson;

    @Inject
    TransactionManager transactions;

    @AroundInvoke
    Object remember(InvocationContext invocation) throws Exception {
        String key = request.getHeader(HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (key.isBlank() || key.length() > 200) {
            throw new InvalidInputException(HEADER, "must be 1 to 200 characters");
        }
        String who = caller.sub().orElseGet(() -> caller.subject() == null ? "anonymous" : caller.subject());
        String methodPath = request.method().name() + " " + request.path();
        String bodyHash = hash(methodPath, invocation.getParameters());
        try (Connection connection = dataSource.getConnection()) {
            boolean reserved;
            try {
                reserved = keys.reserve(connection, key, who, methodPath, bodyHash);
            } catch (SQLException e) {
                if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                    return stillInProgress();
                }
                throw e;
            }
            if (!reserved) {
                return replay(keys.find(connection, key, who), methodPath, bodyHash);
            }
            Response response = (Response) invocation.proceed();
            keys.complete(connection, key, who, response.getStatus(),
                    response.getLocation() == null ? null : response.getLocation().toString(),
                    response.getHeaderString(HttpHeaders.ETAG), storable(response.getEntity()));
            return response;
        }
    }

    private Response replay(Optional<IdempotencyKeys.Stored> found, String methodPath, String bodyHash) throws SystemException {
        if (found.isEmpty() || found.get().status() == null) {
            return stillInProgress(); // not expected: a reservation only becomes visible with its answer
        }
        IdempotencyKeys.Stored first = found.get();
        if (!methodPath.equals(first.methodPath()) || !bodyHash.equals(first.bodyHash())) {
            throw new InconsistentInputException("idempotency-key-reused", HEADER,
                    "was already used with another request in the last 24 hours");
        }
        Response.ResponseBuilder builder = Response.status(first.status()).header(REPLAYED, "true");
        if (first.location() != null) {
            builder.location(URI.create(first.location()));
        }
        if (first.etag() != null) {
            builder.header(HttpHeaders.ETAG, first.etag());
        }
        if (first.body() != null) {
            builder.entity(first.body()).type(MediaType.APPLICATION_JSON_TYPE);
        }
        return builder.build();
    }

    /** 409, retry shortly: the first request with this key is still working (its answer is not known yet). */
    private Response stillInProgress() throws SystemException {
        transactions.setRollbackOnly(); // the aborted statement has spoilt this transaction anyway
        Problem problem = Problem.of(409, "idempotency-key-in-progress", "Not allowed now",
                "a request with this Idempotency-Key is still being processed; retry after a moment", request.path(), null);
        return Response.status(409).type(Problem.MEDIA_TYPE).header("Retry-After", "1").entity(problem).build();
    }

    /** What is kept to be replayed: personal data masked (see {@link ReplayableAnswer}). */
    private String storable(Object entity) throws JsonProcessingException {
        if (entity == null) {
            return null;
        }
        return responseJson.mapper().writeValueAsString(entity instanceof ReplayableAnswer replayable ? replayable.forReplay() : entity);
    }

    /** The request as the method received it: path and the deserialised body (so JSON whitespace does not matter). */
    private String hash(String methodPath, Object[] parameters) throws JsonProcessingException {
        Object[] bodyish = Arrays.stream(parameters)
                .filter(p -> p != null && !(p instanceof jakarta.ws.rs.core.UriInfo) && !(p instanceof HttpHeaders))
                .toArray();
        byte[] bytes = (methodPath + "\n" + mapper.writeValueAsString(bodyish)).getBytes(StandardCharsets.UTF_8);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
