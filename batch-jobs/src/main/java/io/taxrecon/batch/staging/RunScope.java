package io.taxrecon.batch.staging;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which staged rows a run reconciles: those its inbox's files see, whether loaded tonight or
 * recognised from an earlier night. The staging store keeps every night's rows, so without this
 * a file exported again with one byte changed would count its rows twice, a re-run of an old
 * date would see later nights' data, and a client dropped from the exports would be reconciled
 * forever.
 *
 * <p>A file sees the rows it staged and the rows of the earlier files of its lineage (its
 * predecessors: the same export on earlier nights) that had not vanished by it: a row vanishes in
 * the file ({@code died}, that file's seq) whose load found it changed or gone. Both sets are a
 * handful of files, computed once per statement, so the test per row is two hash lookups.
 */
public final class RunScope {

    private static final String PREFIX = "\u0000";

    private final String condition;
    private final String lineageLoadedOn;
    private final List<String> files;

    private RunScope(String condition, String lineageLoadedOn) {
        this(condition, lineageLoadedOn, null);
    }

    private RunScope(String condition, String lineageLoadedOn, List<String> files) {
        this.condition = condition;
        this.lineageLoadedOn = lineageLoadedOn;
        this.files = files;
    }

    public static RunScope of(LocalDate runDate) {
        // an ISO date literal: a LocalDate prints only digits and dashes, so nothing can be injected
        String night = "date '" + runDate + "'";
        String earlierOfLineage = " from run_input r join input_file f on f.file_sha = r.file_sha "
                + "join input_file a on a.lineage = f.lineage and a.seq %s f.seq where r.run_date = " + night;
        String seenFiles = "select file_sha from run_input where run_date = " + night
                + " union select a.file_sha" + earlierOfLineage.formatted("<");
        String seenSeqs = "select a.seq" + earlierOfLineage.formatted("<=");
        return new RunScope(PREFIX + "file_sha in (" + seenFiles + ") and (" + PREFIX + "died is null or "
                + PREFIX + "died not in (" + seenSeqs + "))",
                "coalesce((select max(t.loaded_on) from run_input rt join input_file t on t.file_sha = rt.file_sha "
                        + "where rt.run_date = " + night + " and t.lineage = " + PREFIX + "lineage), "
                        + PREFIX + "loaded_on)");
    }

    /**
     * The same rows as {@link #of}, with the night's files and lineage positions looked up once
     * and written into the condition as literal lists: H2 tests a literal list with one hash lookup
     * a row, where it evaluated the subqueries' condition again for every row it read back.
     */
    public static RunScope resolved(JdbcTemplate jdbc, LocalDate runDate) {
        Set<String> shas = new TreeSet<>();
        Set<Long> seqs = new TreeSet<>();
        jdbc.query("select a.file_sha, a.seq from run_input r join input_file f on f.file_sha = r.file_sha "
                + "join input_file a on a.lineage = f.lineage and a.seq <= f.seq where r.run_date = ?", rs -> {
                    shas.add(rs.getString(1).trim());
                    seqs.add(rs.getLong(2));
                }, runDate);
        // a file recorded before lineages were kept is a lineage of its own
        shas.addAll(jdbc.queryForList("select file_sha from run_input where run_date = ?", String.class, runDate)
                .stream().map(String::trim).toList());
        if (shas.isEmpty()) {
            return new RunScope("1 = 0", of(runDate).lineageLoadedOn, List.of());
        }
        if (!shas.stream().allMatch(sha -> sha.matches("[0-9a-f]{64}"))) {
            throw new IllegalStateException("not a SHA-256 in the ledger: " + shas);
        }
        String died = seqs.isEmpty() ? PREFIX + "died is null" : "(" + PREFIX + "died is null or " + PREFIX
                + "died not in (" + seqs.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "))";
        return new RunScope(PREFIX + "file_sha in (" + shas.stream().map(sha -> "'" + sha + "'")
                .collect(Collectors.joining(", ")) + ") and " + died, of(runDate).lineageLoadedOn, List.copyOf(shas));
    }

    /**
     * The rows one file sees, given its lineage up to it ({@code shas}, {@code seqs}: the file and
     * its predecessors): literal lists, for statements that change rows, in which H2 would run a
     * subquery again for every row.
     */
    public static RunScope seenByFiles(List<String> shas, List<Long> seqs) {
        if (shas.isEmpty() || seqs.isEmpty() || !shas.stream().allMatch(sha -> sha.matches("[0-9a-f]{64}"))) {
            throw new IllegalArgumentException("not a lineage of files: " + shas);
        }
        return new RunScope(PREFIX + "file_sha in (" + shas.stream().map(sha -> "'" + sha + "'")
                .collect(Collectors.joining(", ")) + ") and (" + PREFIX + "died is null or " + PREFIX + "died not in ("
                + seqs.stream().map(String::valueOf).collect(Collectors.joining(", ")) + "))", PREFIX + "loaded_on");
    }

    /** Every staged row: for tests of the reconcile step's machinery alone. */
    public static RunScope everything() {
        return new RunScope("1 = 1", PREFIX + "loaded_on");
    }

    /**
     * The files whose rows the run may see (its inbox's files and their predecessors), for a scope
     * {@link #resolved} from the ledger; empty for any other.
     */
    public List<String> files() {
        return files == null ? List.of() : files;
    }

    /** A SQL condition on a staged table's {@code file_sha} and {@code died}, optionally qualified by a table alias. */
    public String rows(String alias) {
        return condition.replace(PREFIX, alias == null ? "" : alias + ".");
    }

    public String rows() {
        return rows(null);
    }

    /**
     * The load date of the file of a lineage that the run reads, for the {@code input_file} row
     * (alias {@code fileAlias}) a staged row came from: a row inherited from an earlier night's
     * file counts as loaded with the file that carried it into the run, as a full load would.
     */
    public String lineageLoadedOn(String fileAlias) {
        return lineageLoadedOn.replace(PREFIX, fileAlias + ".");
    }
}
