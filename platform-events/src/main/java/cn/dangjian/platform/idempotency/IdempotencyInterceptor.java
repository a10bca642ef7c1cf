package cn.dangjian.platform.idempotency;

import cn.dangjian.platform.security.Caller;
import cn.dangjian.platform.web.InconsistentInputException;
import cn.dangjian.platform.web.InvalidInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * Runs inside the resource method's transaction (the method is also {@code @Transactional}, whose interceptor has a
 * lower priority and so wraps this one), so the remembered answer commits or rolls back with the work itself.
 * Keys are per caller.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotencyInterceptor {

    public static final String HEADER = "Idempotency-Key";

    @Inject
    HttpServerRequest request;

    @Inject
    Caller caller;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @AroundInvoke
    Object remember(InvocationContext invocation) throws Exception {
        String key = request.getHeader(HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (key.isBlank() || key.length() > 200) {
            throw new InvalidInputException(HEADER, "must be 1 to 200 characters");
        }
        String who = caller.subject() == null ? "anonymous" : caller.subject();
        String methodPath = request.method().name() + " " + request.path();
        String bodyHash = hash(methodPath, invocation.getParameters());
        try (Connection connection = dataSource.getConnection()) {
            Response first = replay(connection, key, who, methodPath, bodyHash);
            if (first != null) {
                return first;
            }
            Response response = (Response) invocation.proceed();
            store(connection, key, who, methodPath, bodyHash, response);
            return response;
        }
    }

    private Response replay(Connection connection, String key, String who, String methodPath, String bodyHash) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT method_path, body_hash, status, location, body FROM idempotency_key "
                        + "WHERE idem_key = ? AND caller = ? AND created_at > now() - interval '24 hours'")) {
            select.setString(1, key);
            select.setString(2, who);
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                if (!methodPath.equals(rs.getString(1)) || !bodyHash.equals(rs.getString(2))) {
                    throw new InconsistentInputException("idempotency-key-reused", HEADER,
                            "was already used with another request in the last 24 hours");
                }
                Response.ResponseBuilder builder = Response.status(rs.getInt(3)).header("Idempotent-Replayed", "true");
                if (rs.getString(4) != null) {
                    builder.location(URI.create(rs.getString(4)));
                }
                if (rs.getString(5) != null) {
                    builder.entity(rs.getString(5)).type(MediaType.APPLICATION_JSON_TYPE);
                }
                return builder.build();
            }
        }
    }

    private void store(Connection connection, String key, String who, String methodPath, String bodyHash, Response response)
            throws SQLException, com.fasterxml.jackson.core.JsonProcessingException {
        try (PreparedStatement purge = connection.prepareStatement(
                "DELETE FROM idempotency_key WHERE idem_key = ? AND caller = ? AND created_at <= now() - interval '24 hours'")) {
            purge.setString(1, key);
            purge.setString(2, who);
            purge.executeUpdate();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO idempotency_key (idem_key, caller, method_path, body_hash, status, location, body) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, key);
            insert.setString(2, who);
            insert.setString(3, methodPath);
            insert.setString(4, bodyHash);
            insert.setInt(5, response.getStatus());
            insert.setString(6, response.getLocation() == null ? null : response.getLocation().toString());
            insert.setString(7, response.getEntity() == null ? null : mapper.writeValueAsString(response.getEntity()));
            insert.executeUpdate();
        }
    }

    /** The request as the method received it: path and the deserialised body (so JSON whitespace does not matter). */
    private String hash(String methodPath, Object[] parameters) throws com.fasterxml.jackson.core.JsonProcessingException {
        Object[] bodyish = Arrays.stream(parameters)
                .filter(p -> p != null && !(p instanceof jakarta.ws.rs.core.UriInfo) && !(p instanceof jakarta.ws.rs.core.HttpHeaders))
                .toArray();
        byte[] bytes = (methodPath + "\n" + mapper.writeValueAsString(bodyish)).getBytes(StandardCharsets.UTF_8);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
