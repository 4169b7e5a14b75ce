package io.taxrecon.batch.ingest;

import io.taxrecon.batch.staging.FileRowIdentities;
import io.taxrecon.batch.staging.RunScope;
import io.taxrecon.batch.staging.StagedTables;
import io.taxrecon.core.ingest.InputKind;
import io.taxrecon.formats.inbox.InboxFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The staging store's memory of files: which contents were loaded (and when, in which order),
 * which earlier file each continues ({@link Lineages}), and which files made up each run's inbox,
 * so that reports of a run cover its inbox even when a file in it had been loaded on an earlier
 * night.
 */
public final class InputFileLedger {

    private static final List<String> TABLE_FILES = List.of(".csv", ".xlsx", ".xls");

    private final JdbcTemplate jdbc;
    private final Lineages lineages;
    private final FileRowIdentities identities;

    public InputFileLedger(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.lineages = new Lineages(jdbc);
        this.identities = new FileRowIdentities(jdbc);
    }

    /** What a run's inbox held, in order, and whether each file is loaded by this run. */
    public record RunInput(int position, String sha256, String fileName, InputKind kind, boolean newlyLoaded) {
    }

    /**
     * Records the run's inbox. A file whose content is already staged (or appears twice in the
     * inbox) is not loaded again.
     */
    public List<RunInput> recordRunInputs(LocalDate runDate, List<InboxFile> files) {
        jdbc.update("delete from run_input where run_date = ?", runDate);
        Set<String> seen = new HashSet<>();
        List<RunInput> inputs = new ArrayList<>();
        int position = 0;
        for (InboxFile file : files) {
            boolean known = !seen.add(file.sha256()) || isLoaded(file.sha256());
            if (!known) {
                // a load that never finished (a failed night, an abandoned attempt) starts again from row one
                lineages.forget(file.sha256());
                lineages.record(file, runDate);
            }
            RunInput input = new RunInput(position++, file.sha256(), file.name(), file.kind(), !known);
            jdbc.update("insert into run_input (run_date, position, file_sha, file_name, kind, newly_loaded) "
                    + "values (?,?,?,?,?,?)", runDate, input.position(), input.sha256(), input.fileName(),
                    input.kind().fileStem(), input.newlyLoaded());
            inputs.add(input);
        }
        return inputs;
    }

    public List<RunInput> runInputs(LocalDate runDate) {
        return jdbc.query("select position, file_sha, file_name, kind, newly_loaded from run_input "
                        + "where run_date = ? order by position",
                (rs, i) -> new RunInput(rs.getInt(1), rs.getString(2), rs.getString(3),
                        kindOf(rs.getString(4)), rs.getBoolean(5)),
                runDate);
    }

    private boolean isLoaded(String sha) {
        return Boolean.TRUE.equals(jdbc.query("select status from input_file where file_sha = ?",
                rs -> rs.next() && "LOADED".equals(rs.getString(1)), sha));
    }

    /**
     * Marks a file whose every row was staged or rejected as loaded, with its counts; a file of
     * rows has then all its rows' identities kept, and its predecessor's are dropped.
     */
    public void markLoaded(InboxFile file, long[] counts) {
        jdbc.update("update input_file set rows_loaded = ?, rows_rejected = ?, status = 'LOADED' where file_sha = ?",
                counts[0], counts[1], file.sha256());
        if (isTableFile(file.name())) {
            identities.complete(file.sha256());
        }
    }

    /** The reason most of a file's rejected rows share, for a one-line message. */
    public String commonestReason(String sha) {
        List<String> reasons = jdbc.queryForList("select reason from rejected_row where file_sha = ? and run_date is null "
                + "group by reason order by count(*) desc, reason fetch first 1 rows only", String.class, sha);
        return reasons.isEmpty() ? "" : reasons.get(0);
    }

    /** A file's place in its lineage, or null when the ledger does not know the file. */
    public Lineages.Place placeOf(String sha) {
        return lineages.placeOf(sha);
    }

    /** The rows a file sees: its own and those of its predecessors that had not vanished by it. */
    public RunScope seenBy(String sha) {
        return lineages.seenBy(sha);
    }

    /** A file whose predecessor turned out not to be one (another header): it loads in full, a lineage of its own. */
    public void loadInFull(String sha) {
        jdbc.update("update input_file set lineage = file_sha, predecessor = null where file_sha = ?", sha);
    }

    /** Records what a file's first pass found: its header's signature and, for a delta load, its counts. */
    public void recordFirstPass(String sha, String headerSignature, Long inherited, Long vanished) {
        jdbc.update("update input_file set header_sig = ?, rows_inherited = ?, rows_vanished = ? where file_sha = ?",
                headerSignature, inherited, vanished, sha);
    }

    /** {inherited, vanished} of a file loaded as a delta of its predecessor; null for a full load. */
    public long[] deltaCounts(String sha) {
        List<long[]> rows = jdbc.query("select rows_inherited, rows_vanished from input_file where file_sha = ? "
                + "and predecessor is not null and rows_inherited is not null",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, sha);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /**
     * {loaded, rejected} of a staged file as a run sees it (its inherited rows included): a row whose client that night's clients
     * files do not name counts as rejected that night. Null when the file is not staged.
     */
    public long[] counts(String sha, LocalDate runDate) {
        List<Map<String, Object>> files = jdbc.queryForList("select file_name, kind, status, rows_loaded, "
                + "rows_rejected from input_file where file_sha = ?", sha);
        if (files.isEmpty()) {
            return null;
        }
        Map<String, Object> file = files.get(0);
        String seen = lineages.seenBy(sha).rows();
        long rejectedTonight = jdbc.queryForObject("select count(*) from rejected_row where " + seen
                + " and run_date = ?", Long.class, runDate);
        if (isTableFile((String) file.get("file_name")) && "LOADED".equals(file.get("status"))
                && file.get("rows_loaded") != null) {
            // the counts kept when the file was loaded: counting its rows again would read the whole table
            // (a transcript's count spans several tables, so it is counted in its kind's table as before)
            long loaded = ((Number) file.get("rows_loaded")).longValue();
            long rejected = ((Number) file.get("rows_rejected")).longValue();
            return new long[] {loaded - rejectedTonight, rejected + rejectedTonight};
        }
        long staged = jdbc.queryForObject("select count(*) from "
                + StagedTables.of(kindOf((String) file.get("kind"))).name() + " where " + seen, Long.class);
        long rejectedOnReading = jdbc.queryForObject("select count(*) from rejected_row where " + seen
                + " and run_date is null", Long.class);
        return new long[] {staged - rejectedTonight, rejectedOnReading + rejectedTonight};
    }

    /** True for a file of rows (CSV or a workbook), which stages into its kind's table; false for a transcript. */
    static boolean isTableFile(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return TABLE_FILES.stream().anyMatch(name::endsWith);
    }

    public String loadedOn(String sha) {
        List<String> rows = jdbc.queryForList("select loaded_on from input_file where file_sha = ?", String.class, sha);
        return rows.isEmpty() ? null : rows.get(0);
    }

    static InputKind kindOf(String stem) {
        for (InputKind kind : InputKind.values()) {
            if (kind.fileStem().equals(stem)) {
                return kind;
            }
        }
        throw new IllegalStateException("unknown kind in the staging store: " + stem);
    }
}
