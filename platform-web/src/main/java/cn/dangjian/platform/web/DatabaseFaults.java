package cn.dangjian.platform.web;

import java.sql.SQLException;
import java.util.Set;

/**
 * Recognises, by class name so that platform-web needs no JPA dependency, the database faults that are not the
 * client's input and not our bug: a version found stale at flush (a race), and a database that cannot be reached.
 */
final class DatabaseFaults {

    /** Seconds a client should wait before retrying while the database is unreachable. */
    static final int RETRY_AFTER_SECONDS = 5;

    private static final Set<String> STALE_VERSION = Set.of(
            "jakarta.persistence.OptimisticLockException",
            "org.hibernate.StaleStateException", // StaleObjectStateException is a subclass
            "org.hibernate.dialect.lock.OptimisticEntityLockException");

    private static final Set<String> UNREACHABLE = Set.of(
            "org.hibernate.exception.JDBCConnectionException",
            "java.sql.SQLTransientConnectionException",
            "java.sql.SQLNonTransientConnectionException",
            "java.net.ConnectException");

    private DatabaseFaults() {
    }

    static boolean isStaleVersion(Throwable e) {
        return isA(e, STALE_VERSION);
    }

    /** Anywhere in the cause chain: a connection failure, or the pool giving up waiting for a connection. */
    static boolean isUnreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (isA(cause, UNREACHABLE)) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                // 08: connection exception; 57P01-03: server shutting down / cannot connect now; 53300: too many connections
                if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"))) {
                    return true;
                }
                // Agroal's acquisition timeout carries no SQL state
                if (sql.getMessage() != null && sql.getMessage().startsWith("Acquisition timeout")) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static boolean isA(Throwable e, Set<String> classNames) {
        for (Class<?> type = e.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            if (classNames.contains(type.getName())) {
                return true;
            }
        }
        return false;
    }
}
