package org.levier.shared.control;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Whether a failure means "the database is unavailable or stalled right now" rather than a fault of the request or of
 * the application: no connection could be had (pool exhausted past its wait, server unreachable, account refused),
 * or a statement ran out of time (the pool's statement timeout, a lock wait timeout). The boundaries answer those with
 * {@code 503} and a {@code Retry-After}: the request was not carried out and may be sent again as it was.
 *
 * <p>The timeouts that turn a stall into such a failure are set on the datasource
 * ({@link org.levier.shared.boundary.SchemaMigration}).
 */
public final class DatabaseOutage {

    /** Seconds a client should wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 10;

    /** MySQL/MariaDB: lock wait timeout (row lock or metadata lock, e.g. a table locked by {@code LOCK TABLES}). */
    private static final int ER_LOCK_WAIT_TIMEOUT = 1205;
    /** MySQL/MariaDB: statement interrupted (query timeout, {@code KILL QUERY}, {@code max_statement_time}). */
    private static final int ER_QUERY_INTERRUPTED = 1317;
    private static final int ER_STATEMENT_TIMEOUT = 1969;
    private static final int ER_QUERY_TIMEOUT_MYSQL = 3024;
    /** MySQL/MariaDB: too many connections; account locked; access denied (the application's account refused). */
    private static final int ER_CON_COUNT = 1040;
    private static final int ER_ACCOUNT_LOCKED = 4151;
    private static final int ER_ACCOUNT_LOCKED_MYSQL = 3118;
    private static final int ER_ACCESS_DENIED = 1045;
    /** H2: lock timeout, statement canceled (timeout), connection broken. */
    private static final int H2_LOCK_TIMEOUT = 50200;
    private static final int H2_STATEMENT_CANCELED = 57014;
    private static final int H2_CONNECTION_BROKEN = 90067;

    private DatabaseOutage() {
    }

    /** Whether {@code failure}, or one of its causes, says the database is unavailable or stalled. */
    public static boolean isOutage(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable current = failure; current != null && seen.put(current, Boolean.TRUE) == null;
                current = current.getCause()) {
            if (matches(current)) {
                return true;
            }
            if (current instanceof SQLException sql) {
                for (SQLException next = sql.getNextException(); next != null && seen.put(next, Boolean.TRUE) == null;
                        next = next.getNextException()) {
                    if (matches(next)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean matches(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLTimeoutException) {
            return true;
        }
        if (t instanceof SQLException sql) {
            String state = sql.getSQLState();
            if (state != null && state.startsWith("08")) {
                return true; // connection exception class
            }
            return switch (sql.getErrorCode()) {
                case ER_LOCK_WAIT_TIMEOUT, ER_QUERY_INTERRUPTED, ER_STATEMENT_TIMEOUT, ER_QUERY_TIMEOUT_MYSQL,
                        ER_CON_COUNT, ER_ACCOUNT_LOCKED, ER_ACCOUNT_LOCKED_MYSQL, ER_ACCESS_DENIED, H2_LOCK_TIMEOUT,
                        H2_STATEMENT_CANCELED, H2_CONNECTION_BROKEN -> true;
                default -> poolFailure(sql.getMessage());
            };
        }
        if (t instanceof jakarta.persistence.QueryTimeoutException
                || t instanceof jakarta.persistence.LockTimeoutException) {
            return true;
        }
        // The pool's own failures (no connection within max-wait, none could be created) are connector exceptions,
        // named here so that the application does not depend on the server's internal classes.
        String type = t.getClass().getName();
        return type.endsWith(".PoolingException") || type.equals("jakarta.resource.ResourceException")
                || type.endsWith(".ResourceAllocationException")
                || type.equals("java.net.ConnectException") || type.equals("java.net.SocketTimeoutException");
    }

    /** Payara's datasource reports a failed allocation as a bare SQLException (no state, no code). */
    private static boolean poolFailure(String message) {
        return message != null && message.startsWith("Error in allocating a connection");
    }
}
