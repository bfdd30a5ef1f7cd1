package ua.cooperation.portal.base;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Tells a failure because the database cannot be reached (stopped, restarting, network gone, no connection free in
 * time) from every other failure. Such a failure leaves nothing half-saved: the transaction either never began or is
 * rolled back by the server when its connection drops. See docs/adr/0021-database-outages-and-crashes.md.
 */
public final class DatabaseFailures {

    /** SQL state class 08: connection exception (SQL:2016, used by MariaDB Connector/J and H2). */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";

    private DatabaseFailures() {
    }

    /** True when {@code failure} or one of its causes says that the database could not be reached. */
    public static boolean isDatabaseUnavailable(Throwable failure) {
        var seen = 0;
        for (var t = failure; t != null && seen < 20; t = t.getCause(), seen++) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof org.hibernate.exception.JDBCConnectionException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && sql.getSQLState().startsWith(CONNECTION_EXCEPTION_CLASS)) {
                return true;
            }
        }
        return false;
    }
}
