package io.taxrecon.tools.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * What the staging store itself can take: the job's own staged W-2/1099 rows (the inbox's largest
 * file) inserted again, as they are, into empty copies of their table in the job's store (the
 * same database, encryption and page cache), through prepared JDBC batches committed every
 * {@value #BATCH} rows as the ingest step's chunks are, on as many threads as the job ingests
 * with. No reading, normalising or hashing: the rows are read into memory first. This is a
 * ceiling, not a floor: no ingestion that stores rows one by one in this store goes faster.
 */
final class StoreCeiling {

    static final int BATCH = 1_000;
    /** Distinct rows taken from the job's table and inserted over and over. */
    private static final int SAMPLE = 20_000;
    private static final String TABLE = "information_return";

    /** Rows inserted, and the wall and process CPU time it took. */
    record Result(long rows, double seconds, double cpuSeconds) {

        double rowsPerSecond() {
            return seconds == 0 ? 0 : rows / seconds;
        }
    }

    private StoreCeiling() {
    }

    /** Inserts {@code rows} rows (a whole number of batches per thread); none when the table is empty. */
    static Result measure(DataSource store, long rows, int threads) throws Exception {
        List<Object[]> sample = sample(store);
        if (sample.isEmpty()) {
            return new Result(0, 0, 0);
        }
        long batchesPerThread = Math.max(1, rows / threads / BATCH);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<String> copies = new ArrayList<>();
        try (Connection connection = store.getConnection(); Statement ddl = connection.createStatement()) {
            for (int t = 0; t < threads; t++) {
                copies.add("bench_store_ceiling_" + t);
                ddl.execute("drop table if exists " + copies.get(t));
                ddl.execute("create table " + copies.get(t) + " as select * from " + TABLE + " where 1 = 0");
            }
            long started = System.nanoTime();
            long cpuStarted = ProcessCpu.nanos();
            List<Future<Long>> inserted = new ArrayList<>();
            for (String copy : copies) {
                inserted.add(pool.submit(() -> insert(store, copy, sample, batchesPerThread)));
            }
            long total = 0;
            for (Future<Long> f : inserted) {
                total += f.get();
            }
            Result result = new Result(total, (System.nanoTime() - started) / 1e9,
                    (ProcessCpu.nanos() - cpuStarted) / 1e9);
            for (String copy : copies) {
                ddl.execute("drop table " + copy);
            }
            return result;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<Object[]> sample(DataSource store) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Connection connection = store.getConnection(); Statement query = connection.createStatement();
                ResultSet rs = query.executeQuery("select * from " + TABLE + " limit " + SAMPLE)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Object[] row = new Object[columns];
                for (int c = 0; c < columns; c++) {
                    row[c] = rs.getObject(c + 1);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static long insert(DataSource store, String copy, List<Object[]> sample, long batches) throws SQLException {
        int columns = sample.get(0).length;
        String sql = "insert into " + copy + " values (" + "?, ".repeat(columns - 1) + "?)";
        long rows = 0;
        try (Connection connection = store.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                for (long b = 0; b < batches; b++) {
                    for (int i = 0; i < BATCH; i++) {
                        Object[] row = sample.get((int) (rows++ % sample.size()));
                        for (int c = 0; c < columns; c++) {
                            insert.setObject(c + 1, row[c]);
                        }
                        insert.addBatch();
                    }
                    insert.executeBatch();
                    connection.commit();
                }
            } finally {
                connection.setAutoCommit(true);
            }
        }
        return rows;
    }
}
