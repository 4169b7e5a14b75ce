package io.taxrecon.batch.staging;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Rebuilds the staging tables' secondary indexes after a process was killed mid-write. H2 rolls
 * back the dead process's open transactions when the file is opened again, but has been seen to
 * leave a secondary index pointing at a rolled-back row ("Row n not found in primary index"),
 * which fails the restarted run. The indexes are only lookups: dropping and creating them again
 * costs seconds and restores them from the rows as they are.
 *
 * <p>The indexes are those the database holds, as the migrations created them: the migrations
 * are the one list of them.
 */
public final class StagingIndexes {

    private StagingIndexes() {
    }

    /** Rebuilds them on H2; other databases recover their indexes with their rows. */
    public static void rebuildAfterCrash(DataSource dataSource) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        String product = jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName());
        if (product == null || !product.toLowerCase().contains("h2")) {
            return;
        }
        for (StagedTable<?> table : StagedTables.all()) {
            Map<String, List<String>> indexes = jdbc.execute((Connection c) -> secondaryIndexes(c, table.name()));
            indexes.forEach((name, columns) -> {
                jdbc.execute("drop index if exists " + name);
                jdbc.execute("create index " + name + " on " + table.name() + " (" + String.join(", ", columns) + ")");
            });
        }
    }

    /** The non-unique indexes of a table, each with its columns in order. */
    static Map<String, List<String>> secondaryIndexes(Connection connection, String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String stored = meta.storesUpperCaseIdentifiers() ? table.toUpperCase() : table;
        Map<String, List<String>> indexes = new LinkedHashMap<>();
        Map<String, Map<Short, String>> positions = new LinkedHashMap<>();
        try (ResultSet rs = meta.getIndexInfo(connection.getCatalog(), connection.getSchema(), stored, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                String column = rs.getString("COLUMN_NAME");
                if (name == null || column == null || !rs.getBoolean("NON_UNIQUE")) {
                    continue;
                }
                positions.computeIfAbsent(name, k -> new TreeMap<>()).put(rs.getShort("ORDINAL_POSITION"), column);
            }
        }
        positions.forEach((name, columns) -> indexes.put(name, new ArrayList<>(columns.values())));
        return indexes;
    }
}
