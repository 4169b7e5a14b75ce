package io.taxrecon.batch.ingest;

import io.taxrecon.batch.staging.ReviewEntryStore;
import io.taxrecon.batch.staging.FileClients;
import io.taxrecon.batch.staging.StagedTable;
import io.taxrecon.batch.staging.StagedTables;
import io.taxrecon.core.ingest.InputKind;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The clients whose inputs may differ between two nights, told without reading any client's rows:
 * those with a row staged or vanished in the files that carry one night's export of a file on to
 * the other's (a re-export stages only what changed, {@link RowDelta}), those with any row in a
 * file only one of the nights holds (an export added or dropped), and those with a reviewer entry
 * read in between. Every other client sees the same rows, with the same files and lines, on both
 * nights. Over-inclusive by design: a client named here is read and compared, never assumed changed.
 */
public final class ChangedClients {

    private final JdbcTemplate jdbc;
    private final ReviewEntryStore entries;

    public ChangedClients(JdbcTemplate jdbc, ReviewEntryStore entries) {
        this.jdbc = jdbc;
        this.entries = entries;
    }

    /** A file of a night's inbox where the ledger places it. */
    private record Placed(String sha, String name, InputKind kind, long seq, String lineage) {
    }

    /** The clients that may have changed from {@code previous} to {@code tonight}. */
    public Set<String> between(LocalDate previous, LocalDate tonight) {
        Map<String, Placed> before = inputs(previous);
        Map<String, Placed> after = inputs(tonight);
        Map<String, Placed> beforeByLineage = byLineage(before);
        Map<String, Placed> afterByLineage = byLineage(after);
        Set<String> changed = new TreeSet<>(entries.clientsWithEntriesReadBetween(previous, tonight));
        for (Placed file : after.values()) {
            Placed earlier = beforeByLineage.get(file.lineage());
            if (before.containsKey(file.sha())) {
                continue;
            }
            if (earlier != null) {
                changed.addAll(stagedOrVanishedBetween(file, Math.min(earlier.seq(), file.seq()),
                        Math.max(earlier.seq(), file.seq())));
            } else {
                changed.addAll(seenBy(file));
            }
        }
        for (Placed file : before.values()) {
            if (!after.containsKey(file.sha()) && !afterByLineage.containsKey(file.lineage())) {
                changed.addAll(seenBy(file));
            }
        }
        return changed;
    }

    /**
     * The clients with a row of the file's lineage staged, or vanished, by a file loaded after
     * {@code from} up to {@code to}: those files touched them ({@link FileClients}).
     */
    private Set<String> stagedOrVanishedBetween(Placed file, long from, long to) {
        List<String> files = jdbc.queryForList("select file_sha from input_file where lineage = ? and seq > ? "
                + "and seq <= ?", String.class, file.lineage(), from, to).stream().map(ChangedClients::hex).toList();
        return new TreeSet<>(new FileClients(jdbc).of(files));
    }

    /** The clients with any row the file sees. */
    private Set<String> seenBy(Placed file) {
        return clientsWhere(file, new Lineages(jdbc).seenBy(file.sha()).rows());
    }

    private Set<String> clientsWhere(Placed file, String condition) {
        Set<String> clients = new TreeSet<>();
        for (StagedTable<?> table : tablesOf(file)) {
            clients.addAll(jdbc.queryForList("select distinct client_id from " + table.name() + " where client_id is "
                    + "not null and " + condition + (table == StagedTables.REJECTED_ROWS ? " and run_date is null" : ""),
                    String.class));
        }
        return clients;
    }

    /** A table file stages into its kind's table or the rejects; a transcript (any other file) into any table. */
    private static List<StagedTable<?>> tablesOf(Placed file) {
        if (InputFileLedger.isTableFile(file.name())) {
            return List.of(StagedTables.of(file.kind()), StagedTables.REJECTED_ROWS);
        }
        return StagedTables.all();
    }

    private Map<String, Placed> inputs(LocalDate night) {
        Map<String, Placed> files = new HashMap<>();
        jdbc.query("select r.file_sha, r.file_name, r.kind, f.seq, f.lineage from run_input r "
                + "join input_file f on f.file_sha = r.file_sha where r.run_date = ?", rs -> {
                    String sha = rs.getString(1).trim();
                    String lineage = rs.getString(5);
                    files.put(sha, new Placed(sha, rs.getString(2), InputFileLedger.kindOf(rs.getString(3)),
                            rs.getLong(4), lineage == null ? sha : lineage.trim()));
                }, night);
        return files;
    }

    private static Map<String, Placed> byLineage(Map<String, Placed> files) {
        Map<String, Placed> byLineage = new HashMap<>();
        files.values().forEach(f -> byLineage.merge(f.lineage(), f, (a, b) -> a.seq() >= b.seq() ? a : b));
        return byLineage;
    }

    private static String hex(Object sha) {
        String text = String.valueOf(sha).trim();
        if (!text.matches("[0-9a-f]{64}")) {
            throw new IllegalStateException("not a SHA-256 in the ledger: " + text);
        }
        return text;
    }
}
