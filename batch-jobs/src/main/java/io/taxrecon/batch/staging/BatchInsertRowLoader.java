package io.taxrecon.batch.staging;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * Rows in one JDBC batch of one prepared statement per table and chunk. Values are bound with
 * {@code setObject}, whose driver knows the few Java types a staged row holds (String, Integer,
 * Long, BigDecimal, LocalDate, Boolean): a generic binder that inspects every value's type cost
 * more than the database's insert.
 */
public final class BatchInsertRowLoader implements RowLoader {

    @Override
    public void load(Connection connection, StagedTable<?> table, List<Object[]> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(table.insertSql())) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    if (row[i] == null) {
                        insert.setNull(i + 1, Types.NULL);
                    } else {
                        insert.setObject(i + 1, row[i]);
                    }
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
