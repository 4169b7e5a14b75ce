package io.taxrecon.batch.staging;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Puts bound rows ({@link StagedTable#bind}) into a staged table on the connection of the
 * current transaction, so that they commit or roll back with it: the fastest way the database
 * offers, JDBC batches of one prepared statement on H2, COPY on PostgreSQL.
 */
public interface RowLoader {

    void load(Connection connection, StagedTable<?> table, List<Object[]> rows) throws SQLException;

    /** The loader for the database behind a connection (named by its JDBC metadata). */
    static RowLoader forDatabase(String productName) {
        return productName != null && productName.toLowerCase(Locale.ROOT).contains("postgres")
                ? new CopyRowLoader()
                : new BatchInsertRowLoader();
    }
}
