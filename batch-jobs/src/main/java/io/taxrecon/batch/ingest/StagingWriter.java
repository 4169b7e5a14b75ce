package io.taxrecon.batch.ingest;

import io.taxrecon.batch.staging.FileClients;
import io.taxrecon.batch.staging.FileRowIdentities;
import io.taxrecon.batch.staging.RowLoader;
import io.taxrecon.batch.staging.StagedTable;
import io.taxrecon.batch.staging.StagedTables;
import io.taxrecon.core.ingest.NormalisedRow;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Stages a chunk of normalised rows of one file: each loaded record into its kind's table,
 * each rejection into the rejected rows, one batch (or COPY) per table on the chunk's own
 * connection. Both commit (or roll back) with the chunk, so a restarted ingestion never stages a
 * row twice.
 *
 * <p>It also counts the rows it staged, loaded and rejected, in the step's execution context,
 * which commits with the same chunk: the file's counts at the end are those of its rows as
 * staged, restarts included, without counting them again in tables of millions of rows. Rows a
 * re-exported file inherits from its predecessor are not written, so not counted here.
 *
 * <p>With the rows go, in the same transaction, the clients the chunk names ({@link FileClients})
 * and the staged rows' identities ({@link FileRowIdentities}), which the file's re-export is
 * compared with.
 */
public final class StagingWriter implements ItemStreamWriter<NormalisedRow> {

    /** Keys of the counts in the step's execution context. */
    static final String LOADED = "staging.loaded";
    static final String REJECTED = "staging.rejected";

    private final DataSource dataSource;
    private final RowLoader loader;
    private final String fileSha;
    private final RowDelta delta;
    private long loaded;
    private long rejected;
    /** The clients already recorded for the file by this execution (a restart records some again: harmless). */
    private final Set<String> clientsRecorded = new HashSet<>();

    public StagingWriter(DataSource dataSource, RowLoader loader, String fileSha, RowDelta delta) {
        this.dataSource = dataSource;
        this.loader = loader;
        this.fileSha = fileSha;
        this.delta = delta;
    }

    /** {loaded, rejected} as a finished step's execution context holds them. */
    static long[] counts(ExecutionContext context) {
        return new long[] {context.getLong(LOADED, 0), context.getLong(REJECTED, 0)};
    }

    @Override
    public void open(ExecutionContext context) {
        loaded = context.getLong(LOADED, 0);
        rejected = context.getLong(REJECTED, 0);
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(LOADED, loaded);
        context.putLong(REJECTED, rejected);
    }

    @Override
    public void write(Chunk<? extends NormalisedRow> chunk) throws SQLException {
        Map<StagedTable<?>, List<Object[]>> batches = new LinkedHashMap<>();
        long loadedHere = 0;
        Set<String> newClients = new LinkedHashSet<>();
        Map<String, FileRowIdentities.Encoder> identities = new HashMap<>();
        for (NormalisedRow row : chunk) {
            StagedTable<?> table = StagedTables.holding(row);
            Long hash = delta.takeHash(row);
            Object[] bound = table.bindRecord(StagedTables.record(row), fileSha, hash);
            batches.computeIfAbsent(table, k -> new ArrayList<>(chunk.size())).add(bound);
            String clientId = table.clientIdOf(bound);
            if (clientId != null && !clientsRecorded.contains(clientId)) {
                newClients.add(clientId);
            }
            boolean isLoaded = row instanceof NormalisedRow.Loaded;
            if (hash != null) { // a transcript's rows have none: a transcript is never a re-export's predecessor
                identities.computeIfAbsent(clientId, k -> new FileRowIdentities.Encoder())
                        .add(table.lineOf(bound), hash, !isLoaded);
            }
            if (isLoaded) {
                loadedHere++;
            }
        }
        Connection connection = DataSourceUtils.getConnection(dataSource); // the chunk transaction's
        try {
            for (Map.Entry<StagedTable<?>, List<Object[]>> batch : batches.entrySet()) {
                loader.load(connection, batch.getKey(), batch.getValue());
            }
            FileClients.record(connection, fileSha, newClients);
            FileRowIdentities.recordStaged(connection, fileSha, identities);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        clientsRecorded.addAll(newClients); // only once written: a chunk that failed records them again
        loaded += loadedHere;
        rejected += chunk.size() - loadedHere;
    }
}
