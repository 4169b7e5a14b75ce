package io.taxrecon.batch.ingest;

import io.taxrecon.batch.staging.StagedTable;
import io.taxrecon.batch.staging.StagedTables;
import io.taxrecon.core.ingest.NormalisedRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Stages a chunk of normalised rows of one file: each loaded record into its kind's table,
 * each rejection into the rejected rows, one batch per table. Both commit (or roll back) with the
 * chunk, so a restarted ingestion never stages a row twice.
 */
public final class StagingWriter implements ItemWriter<NormalisedRow> {

    private final JdbcTemplate jdbc;
    private final String fileSha;

    public StagingWriter(JdbcTemplate jdbc, String fileSha) {
        this.jdbc = jdbc;
        this.fileSha = fileSha;
    }

    @Override
    public void write(Chunk<? extends NormalisedRow> chunk) {
        Map<StagedTable<?>, List<Object[]>> batches = new LinkedHashMap<>();
        for (NormalisedRow row : chunk) {
            StagedTable<?> table = StagedTables.holding(row);
            batches.computeIfAbsent(table, k -> new ArrayList<>()).add(table.bindRecord(StagedTables.record(row), fileSha));
        }
        batches.forEach((table, rows) -> jdbc.batchUpdate(table.insertSql(), rows));
    }
}
