package io.taxrecon.batch.ingest;

import io.taxrecon.batch.staging.FileClients;
import io.taxrecon.batch.staging.FileRowIdentities;
import io.taxrecon.batch.staging.StagedTable;
import io.taxrecon.batch.staging.StagedTables;
import io.taxrecon.core.ingest.ColumnAliases;
import io.taxrecon.core.ingest.HeaderMapping;
import io.taxrecon.core.ingest.InputKind;
import io.taxrecon.core.ingest.NormalisedRow;
import io.taxrecon.core.ingest.RawRow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a file re-exported from an earlier night's file (its predecessor, {@link Lineages}) stages:
 * only its rows whose identity (line, {@link RowHash hash}) the predecessor's view lacks. A first
 * pass before the step reads the whole file, compares its identities with the predecessor's, and
 * marks the predecessor's rows the file no longer has as died in it; the step then stages what is
 * left ({@link StagedRowsReader}: from the first pass's memory when the rows to stage are few, so
 * the file is parsed once), and the rows that stayed are inherited, not copied.
 *
 * <p>The first pass runs whole again when the step is restarted, and finds the same: its only
 * writes (the vanished rows, their marks) depend on the file and on the predecessor's view, which
 * the file's own load never changes. So a restarted night ends as an uninterrupted one.
 *
 * <p>Not final, its methods public: the bean is step-scoped, so its proxy subclasses it.
 */
public class RowDelta implements StepExecutionListener {

    /** Keys of the first pass's counts in the step's execution context. */
    static final String INHERITED_LOADED = "delta.inherited.loaded";
    static final String INHERITED_REJECTED = "delta.inherited.rejected";
    /**
     * Up to this many rows to stage are kept from the first pass, so that the step need not read
     * the file again (a night on which a few rows changed); beyond it the step reads the file again.
     */
    static final int KEPT_ROWS = 20_000;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final InputFileLedger ledger;
    private final Path path;
    private final String fileName;
    private final InputKind kind;
    private final String sha;
    private final ColumnAliases aliases;
    private final FileRowIdentities identities;
    private final Map<NormalisedRow, Long> hashes = new IdentityHashMap<>();
    private RowIdentities inherited;
    private List<RawRow> toStage;
    private List<String> header;

    public RowDelta(JdbcTemplate jdbc, TransactionTemplate transaction, InputFileLedger ledger, Path path,
            String fileName, InputKind kind, String sha, ColumnAliases aliases) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.ledger = ledger;
        this.path = path;
        this.fileName = fileName;
        this.kind = kind;
        this.sha = sha;
        this.aliases = aliases;
        this.identities = new FileRowIdentities(jdbc);
    }

    /** {inherited loaded, inherited rejected} as the first pass left them in the step's execution context. */
    static long[] inheritedCounts(ExecutionContext context) {
        return new long[] {context.getLong(INHERITED_LOADED, 0), context.getLong(INHERITED_REJECTED, 0)};
    }

    /** The rows a file's step inherited, loaded and rejected (the step never reads them); zero for a full load. */
    public static long inheritedRows(ExecutionContext context) {
        long[] counts = inheritedCounts(context);
        return counts[0] + counts[1];
    }

    @Override
    public void beforeStep(StepExecution step) {
        long[] counts = firstPass();
        step.getExecutionContext().putLong(INHERITED_LOADED, counts[0]);
        step.getExecutionContext().putLong(INHERITED_REJECTED, counts[1]);
        // the first pass read the inherited rows, which the step's reader then passes over: they are
        // rows the step read, so its read count (progress, the bench, run-summary.json) is the file's
        step.setReadCount(step.getReadCount() + counts[0] + counts[1]);
    }

    /** Whether this row of the file is the predecessor's, seen by this file without staging it again. */
    public boolean inherits(RawRow row) {
        return inherited != null && inherited.contains(row.source().line(), RowHash.of(row));
    }

    /**
     * The rows the step stages, in the file's order, as the first pass read them; null when the
     * step reads the file (a file loaded in full, or one with more than {@link #KEPT_ROWS} rows to stage).
     */
    public List<RawRow> rowsToStage() {
        return toStage;
    }

    /** The file's header as the first pass read it. */
    public List<String> header() {
        return header;
    }

    /** Keeps the raw record's hash of a row to stage, until the writer takes it. */
    public void remember(NormalisedRow row, long hash) {
        hashes.put(row, hash);
    }

    /** The raw record's hash of a row, or null for a row read otherwise (a transcript's). */
    public Long takeHash(NormalisedRow row) {
        return hashes.remove(row);
    }

    /** Returns {inherited loaded, inherited rejected}; both zero when the file loads in full. */
    public long[] firstPass() {
        Lineages.Place place = ledger.placeOf(sha);
        if (place == null) {
            throw new IllegalStateException(fileName + " is not in the staging store's ledger (was the store purged "
                    + "meanwhile?): run the night again with --rerun");
        }
        RowIdentities rows = new RowIdentities();
        RowIdentities before = null;
        String signature;
        toStage = null;
        TabularRowReader reader = new TabularRowReader(path, fileName, kind, sha, aliases);
        try {
            reader.open(new ExecutionContext());
            header = List.copyOf(reader.header());
            signature = headerSignature(header);
            if (place.predecessor() != null && signature.equals(place.predecessorHeader())) {
                before = predecessorRows(place.predecessor());
                toStage = new ArrayList<>();
                for (RawRow row = reader.read(); row != null; row = reader.read()) {
                    long hash = RowHash.of(row);
                    rows.add(row.source().line(), hash, false);
                    if (toStage != null && !before.contains(row.source().line(), hash)) {
                        toStage.add(row);
                        toStage = toStage.size() > KEPT_ROWS ? null : toStage;
                    }
                }
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(fileName + ": " + e.getMessage(), e);
        } finally {
            reader.close();
        }
        if (before == null) {
            if (place.predecessor() != null) {
                ledger.loadInFull(sha); // another header: the same values may mean other things
            }
            ledger.recordFirstPass(sha, signature, null, null);
            return new long[] {0, 0};
        }
        return compare(place, before, rows.sorted(), signature);
    }

    private long[] compare(Lineages.Place place, RowIdentities before, RowIdentities tonight, String header) {
        RowIdentities kept = new RowIdentities();
        Map<String, FileRowIdentities.Encoder> keptByClient = new HashMap<>();
        List<Object[]> vanished = new ArrayList<>();
        List<Object[]> vanishedLoaded = new ArrayList<>();
        Set<String> vanishedClients = new LinkedHashSet<>();
        long[] counts = new long[2];
        int i = 0;
        int j = 0;
        while (i < before.size()) {
            int c = j < tonight.size()
                    ? RowIdentities.compare(before.line(i), before.hash(i), tonight.line(j), tonight.hash(j)) : -1;
            if (c == 0) {
                kept.add(before.line(i), before.hash(i), before.rejected(i));
                keptByClient.computeIfAbsent(before.client(i), k -> new FileRowIdentities.Encoder())
                        .add(before.line(i), before.hash(i), before.rejected(i));
                counts[before.rejected(i) ? 1 : 0]++;
                i++;
                j++;
            } else if (c < 0) {
                vanished.add(new Object[] {place.seq(), before.line(i), before.hash(i)});
                if (!before.rejected(i)) {
                    vanishedLoaded.add(new Object[] {place.seq(), before.client(i), before.line(i), before.hash(i)});
                }
                if (before.client(i) != null) {
                    vanishedClients.add(before.client(i));
                }
                i++;
            } else {
                j++;
            }
        }
        transaction.executeWithoutResult(status -> {
            jdbc.update("delete from vanished_row where file_seq = ?", place.seq());
            jdbc.batchUpdate("insert into vanished_row (file_seq, line, row_hash) values (?,?,?)", vanished);
            String seen = ledger.seenBy(place.predecessor()).rows("t");
            StagedTable<?> table = StagedTables.of(kind);
            // a loaded row is found by its client (an index seek), its line and its hash: no scan of the table
            jdbc.batchUpdate("update " + table.name() + " t set died = ? where t.client_id = ? and t."
                    + table.lineColumn() + " = ? and t.row_hash = ? and t.died is null and " + seen, vanishedLoaded);
            if (vanished.size() > vanishedLoaded.size()) {
                // rejects may have no client: one pass over the file's rejects, by the rejects' file index
                jdbc.update("update " + StagedTables.REJECTED_ROWS.name() + " t set died = ? where " + seen
                        + " and t.died is null and t.run_date is null and t.row_hash is not null and exists (select 1 "
                        + "from vanished_row v where v.file_seq = ? and v.line = t.line and v.row_hash = t.row_hash)",
                        place.seq(), place.seq());
            }
            // the clients of the rows that vanished are among those the file touched (ChangedClients asks)
            new FileClients(jdbc).record(sha, vanishedClients);
            identities.recordInherited(sha, keptByClient);
            ledger.recordFirstPass(sha, header, counts[0] + counts[1], (long) vanished.size());
        });
        inherited = kept.sorted();
        return counts;
    }

    /**
     * The predecessor's view of the file: its rows and rejects read on loading, by line and hash,
     * with their client. Read from the identities its load kept; from its staged rows for a file
     * loaded before identities were kept.
     */
    private RowIdentities predecessorRows(String predecessor) {
        RowIdentities rows = new RowIdentities();
        if (identities.kept(predecessor)) {
            identities.read(predecessor, rows::add);
            return rows.sorted();
        }
        String seen = ledger.seenBy(predecessor).rows();
        StagedTable<?> table = StagedTables.of(kind);
        Map<String, String> clients = new HashMap<>();
        jdbc.query("select " + table.lineColumn() + ", row_hash, 0, client_id from " + table.name() + " where " + seen
                        + " and row_hash is not null union all select line, row_hash, 1, client_id from rejected_row where "
                        + seen + " and run_date is null and row_hash is not null",
                rs -> {
                    String client = rs.getString(4);
                    rows.add(rs.getLong(1), rs.getLong(2), rs.getInt(3) == 1,
                            client == null ? null : clients.computeIfAbsent(client, k -> k));
                });
        return rows.sorted();
    }

    /**
     * The header as read, and which column each canonical column is read from (the firm's mapping
     * and aliases included): a file whose rows would be read otherwise loads in full.
     */
    private String headerSignature(List<String> header) {
        StringBuilder signature = new StringBuilder(kind.fileStem()).append('\u001F');
        header.forEach(h -> signature.append(h).append('\u001E'));
        try {
            HeaderMapping mapping = HeaderMapping.resolve(kind, header, aliases);
            mapping.headers().forEach((column, name) -> signature.append('\u001D').append(column).append('=')
                    .append(mapping.indexOf(column).orElse(-1)));
        } catch (RuntimeException e) {
            signature.append("\u001Dunmapped"); // the step fails on the header with its own message
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(signature.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
