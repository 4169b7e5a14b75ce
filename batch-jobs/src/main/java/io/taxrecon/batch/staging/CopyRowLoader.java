package io.taxrecon.batch.staging;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Rows through PostgreSQL's COPY (CSV format) on the transaction's connection: one round trip
 * per table and chunk instead of one statement per row, and nothing to parse per row on the
 * server but the values. A null is an unquoted empty field; every text is quoted, so an empty
 * text stays an empty text.
 */
public final class CopyRowLoader implements RowLoader {

    @Override
    public void load(Connection connection, StagedTable<?> table, List<Object[]> rows) throws SQLException {
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        CopyIn in = copy.copyIn("copy " + table.name() + " (" + String.join(", ", table.columns())
                + ") from stdin (format csv)");
        try {
            StringBuilder line = new StringBuilder(256);
            for (Object[] row : rows) {
                line.setLength(0);
                csvLine(row, line);
                byte[] bytes = line.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                in.writeToCopy(bytes, 0, bytes.length);
            }
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
    }

    /** One row as a CSV line of COPY's format, ending with a newline. */
    static void csvLine(Object[] row, StringBuilder line) {
        for (int i = 0; i < row.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            Object value = row[i];
            if (value == null) {
                continue;
            }
            if (value instanceof String text) {
                line.append('"');
                for (int c = 0; c < text.length(); c++) {
                    char ch = text.charAt(c);
                    if (ch == '"') {
                        line.append('"');
                    }
                    line.append(ch);
                }
                line.append('"');
            } else if (value instanceof BigDecimal number) {
                line.append(number.toPlainString());
            } else {
                line.append(value); // numbers, booleans, LocalDate (ISO): their own text is COPY's
            }
        }
        line.append('\n');
    }
}
