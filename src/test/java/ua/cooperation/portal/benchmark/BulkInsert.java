package ua.cooperation.portal.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Writes rows of one table as multi-row {@code INSERT … VALUES (…), (…), …} statements of up to {@link #ROWS} rows
 * each: one round trip and one parse per statement instead of per row, which is what the driver option
 * {@code rewriteBatchedStatements} did in Connector/J 2 (MariaDB Connector/J 3 no longer rewrites batches).
 * Not thread-safe; {@link #close()} writes what is left.
 */
final class BulkInsert implements AutoCloseable {

    /** Rows per statement: large enough to amortise the round trip, small enough for max_allowed_packet. */
    static final int ROWS = 500;

    private final Connection connection;
    private final String table;
    private final int columns;
    private final String head;
    private final String rowPlaceholders;
    private final List<Object> values = new ArrayList<>();
    private PreparedStatement full;
    private long written;

    BulkInsert(Connection connection, String table, String... columns) {
        this.connection = connection;
        this.table = table;
        this.columns = columns.length;
        this.head = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ";
        this.rowPlaceholders = "(" + String.join(", ", Collections.nCopies(columns.length, "?")) + ")";
    }

    void add(Object... row) {
        if (row.length != columns) {
            throw new IllegalArgumentException(table + ": " + row.length + " values for " + columns + " columns");
        }
        Collections.addAll(values, row);
        if (values.size() == ROWS * columns) {
            flush();
        }
    }

    String table() {
        return table;
    }

    long written() {
        return written;
    }

    private void flush() {
        int rows = values.size() / columns;
        if (rows == 0) {
            return;
        }
        try {
            PreparedStatement statement;
            if (rows == ROWS) {
                if (full == null) {
                    full = connection.prepareStatement(sql(ROWS));
                }
                statement = full;
            } else {
                statement = connection.prepareStatement(sql(rows));
            }
            for (int i = 0; i < values.size(); i++) {
                statement.setObject(i + 1, values.get(i));
            }
            statement.executeUpdate();
            if (statement != full) {
                statement.close();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Bulk insert into " + table + " failed", e);
        }
        written += rows;
        values.clear();
    }

    private String sql(int rows) {
        return head + String.join(", ", Collections.nCopies(rows, rowPlaceholders));
    }

    @Override
    public void close() {
        flush();
        if (full != null) {
            try {
                full.close();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
