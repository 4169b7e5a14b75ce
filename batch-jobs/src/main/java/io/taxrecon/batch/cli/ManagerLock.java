package io.taxrecon.batch.cli;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Proof that no other nightly run is alive on this staging store, held for the whole run. A run
 * marked STARTED in the job repository may only be declared abandoned (and restarted) when this
 * lock is ours: otherwise it may be a live run in another process.
 *
 * <p>An H2 file opens in one process at a time, which is proof enough. On PostgreSQL a session
 * advisory lock does it: the server releases it when the holder's connection dies, so a killed
 * manager never leaves it behind.
 */
final class ManagerLock implements AutoCloseable {

    /** One nightly manager per schema: firms (or test runs) may share a database in schemas of their own. */
    static final String TRY_LOCK = "select pg_try_advisory_lock(hashtext('taxrecon:' || current_schema()))";

    private final Connection connection; // null when the database itself gives exclusivity

    private ManagerLock(Connection connection) {
        this.connection = connection;
    }

    /**
     * Takes the lock, or returns null when another run holds it.
     */
    static ManagerLock tryAcquire(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        boolean keep = false;
        try {
            String product = connection.getMetaData().getDatabaseProductName();
            if (!product.toLowerCase().contains("postgres")) {
                return new ManagerLock(null);
            }
            try (Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery(TRY_LOCK)) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return null;
                }
            }
            keep = true;
            return new ManagerLock(connection);
        } finally {
            if (!keep) {
                connection.close();
            }
        }
    }

    @Override
    public void close() throws SQLException {
        if (connection != null) {
            connection.close(); // ends the session, and with it the advisory lock
        }
    }
}
