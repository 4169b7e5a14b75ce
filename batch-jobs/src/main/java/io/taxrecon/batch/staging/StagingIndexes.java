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
 * The staging tables' secondary indexes: set aside (when asked) while a first load fills empty
 * tables, built once it is done, and rebuilt after a process was killed mid-write.
 *
 * <p>A load into an empty table costs less CPU without its secondary indexes (every row inserted
 * also goes into each index's tree, and into the transaction's undo log once per tree): they are
 * dropped before, and built from the rows after. The indexes that may be set aside are listed, as
 * data, in the {@code staging_index} table (V9): whatever happens in between, the list says what
 * to build again.
 *
 * <p>After a crash: H2 rolls
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

    /** One listed index. */
    record Listed(String name, String table, String columns) {
    }

    /**
     * Drops the listed indexes of every staged table that holds no row yet; a table with rows
     * keeps its indexes (a later night adds a few rows to many). Returns the tables so emptied
     * of their indexes.
     */
    public static List<String> setAsideOnEmptyTables(JdbcTemplate jdbc) {
        List<String> tables = new ArrayList<>();
        for (Listed index : listed(jdbc)) {
            boolean empty = jdbc.queryForList("select 1 from " + index.table() + " fetch first 1 rows only").isEmpty();
            if (empty) {
                jdbc.execute("drop index if exists " + index.name());
                if (!tables.contains(index.table())) {
                    tables.add(index.table());
                }
            }
        }
        return tables;
    }

    /** Builds every listed index that is missing, over the rows as they are; returns how many it built. */
    public static int buildMissing(JdbcTemplate jdbc) {
        int built = 0;
        for (String table : listed(jdbc).stream().map(Listed::table).distinct().toList()) {
            built += buildMissingOf(jdbc, table);
        }
        return built;
    }

    /** Builds the listed indexes of {@code table} that are missing; returns how many it built. */
    public static int buildMissingOf(JdbcTemplate jdbc, String table) {
        // the table's indexes looked up once, not once per listed index
        Map<String, List<String>> present = jdbc.execute((Connection c) -> secondaryIndexes(c, table));
        int built = 0;
        for (Listed index : listed(jdbc)) {
            if (index.table().equalsIgnoreCase(table)
                    && present.keySet().stream().noneMatch(name -> name.equalsIgnoreCase(index.name()))) {
                jdbc.execute("create index if not exists " + index.name() + " on " + index.table() + " ("
                        + index.columns() + ")");
                built++;
            }
        }
        return built;
    }

    private static List<Listed> listed(JdbcTemplate jdbc) {
        return jdbc.query("select index_name, table_name, column_list from staging_index order by index_name",
                (rs, i) -> new Listed(rs.getString(1), rs.getString(2), rs.getString(3)));
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
        // approximate: an exact answer has H2 count the table's rows, seconds on a night's millions
        try (ResultSet rs = meta.getIndexInfo(connection.getCatalog(), connection.getSchema(), stored, false, true)) {
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
