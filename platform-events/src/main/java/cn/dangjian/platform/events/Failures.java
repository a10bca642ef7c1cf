package cn.dangjian.platform.events;

import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.kafka.common.errors.RetriableException;

/**
 * Tells a transient failure (retry it until it passes: the database or broker will be back) from a deterministic one
 * (retrying will not help: after bounded retries the event goes to the dead-letter topic). Contract v1.1, "Events".
 * Also gives a failure a short description for health output, which must never show raw exception text.
 */
public final class Failures {

    private Failures() {
    }

    /**
     * Transient: SQLState class 08 (connection), 40001 (serialisation), 40P01 (deadlock), 55P03 (lock not
     * available), 57P01–57P03 (server shut down, terminated our backend, cannot connect now), 53300 (too many
     * connections), a database refusing connections (55000 "not currently accepting connections"), the pool's
     * acquisition timeout, and Kafka's {@link RetriableException}. Looks through causes and suppressed exceptions,
     * because Hibernate, Narayana and Agroal wrap what the driver threw.
     */
    public static boolean isTransient(Throwable failure) {
        return find(failure, Failures::transientItself);
    }

    /** A short classification for health and logs ("database unavailable"), never the exception's own text. */
    public static String describe(Throwable failure) {
        if (failure == null) {
            return "none";
        }
        if (find(failure, t -> t instanceof RetriableException) || find(failure, Failures::kafkaTimeout)) {
            return "broker unreachable";
        }
        if (find(failure, t -> t instanceof SQLException s && (s.getSQLState() != null
                && (s.getSQLState().startsWith("40") || s.getSQLState().equals("55P03"))))) {
            return "database conflict (serialisation, deadlock or lock wait)";
        }
        if (isTransient(failure)) {
            return "database unavailable";
        }
        if (find(failure, t -> t instanceof MalformedEventException)) {
            return "malformed event";
        }
        if (find(failure, t -> t instanceof SQLException)) {
            return "database error";
        }
        return "unexpected error (see the service log)";
    }

    private static boolean transientItself(Throwable t) {
        if (t instanceof RetriableException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            String message = String.valueOf(sql.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (state == null) {
                // Agroal: "Sorry, acquisition timeout!" / "Acquisition timeout while waiting for new connection"
                return message.contains("acquisition timeout");
            }
            return state.startsWith("08") || state.equals("40001") || state.equals("40P01") || state.equals("55P03")
                    || state.equals("57P01") || state.equals("57P02") || state.equals("57P03") || state.equals("53300")
                    || (state.equals("55000") && message.contains("not currently accepting connections"));
        }
        return false;
    }

    private static boolean kafkaTimeout(Throwable t) {
        return t instanceof org.apache.kafka.common.errors.TimeoutException;
    }

    private static boolean find(Throwable failure, java.util.function.Predicate<Throwable> test) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        java.util.ArrayDeque<Throwable> todo = new java.util.ArrayDeque<>();
        if (failure != null) {
            todo.add(failure);
        }
        while (!todo.isEmpty()) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (test.test(t)) {
                return true;
            }
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                todo.add(sql.getNextException());
            }
            Collections.addAll(todo, t.getSuppressed());
        }
        return false;
    }
}
