package io.taxrecon.batch.ingest;

import io.taxrecon.batch.staging.FileClients;
import io.taxrecon.batch.staging.FileRowIdentities;
import io.taxrecon.batch.staging.RunScope;
import io.taxrecon.batch.staging.StagedTable;
import io.taxrecon.batch.staging.StagedTables;
import io.taxrecon.formats.inbox.InboxFile;
import io.taxrecon.formats.transcripts.TranscriptFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The chains of a firm's nightly exports: a new file whose kind and name equal those of a file
 * fully loaded on an earlier night continues that file's lineage, and loads only the rows that
 * changed ({@link RowDelta}). A lineage never branches: only its latest file is continued, so
 * each row's life in it is one interval of files (from {@code file_sha} to {@code died}).
 */
public final class Lineages {

    /**
     * A file's place: its load order, its lineage (the sha of the lineage's first file), its
     * predecessor (null when it loads in full) and the predecessor's header signature.
     */
    public record Place(long seq, String lineage, String predecessor, String predecessorHeader) {
    }

    private final JdbcTemplate jdbc;

    Lineages(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a new file, as loading, with its predecessor if it has one. */
    void record(InboxFile file, LocalDate runDate) {
        long seq = jdbc.queryForObject("select coalesce(max(seq), 0) + 1 from input_file", Long.class);
        Candidate predecessor = TranscriptFile.formatOf(file.path()).isPresent() ? null : predecessorOf(file, runDate);
        jdbc.update("insert into input_file (file_sha, file_name, kind, loaded_on, status, seq, lineage, predecessor) "
                + "values (?,?,?,?,?,?,?,?)", file.sha256(), file.name(), file.kind().fileStem(), runDate, "LOADING",
                seq, predecessor == null ? file.sha256() : predecessor.lineage(),
                predecessor == null ? null : predecessor.sha());
    }

    private record Candidate(String sha, String lineage, long seq) {
    }

    /**
     * The latest fully loaded file of the same name and kind from an earlier night, if it is
     * still the latest of its lineage (a re-run of an old date with new content starts a lineage
     * of its own). A load of the lineage that never finished is forgotten first: its marks of
     * vanished rows must not stand beside this file's.
     */
    private Candidate predecessorOf(InboxFile file, LocalDate runDate) {
        List<Candidate> latest = jdbc.query("select file_sha, lineage, seq from input_file where file_name = ? "
                + "and kind = ? and status = 'LOADED' and loaded_on < ? and lineage is not null and seq is not null "
                + "and header_sig is not null order by seq desc fetch first 1 rows only",
                (rs, i) -> new Candidate(rs.getString(1), rs.getString(2), rs.getLong(3)),
                file.name(), file.kind().fileStem(), runDate);
        if (latest.isEmpty()) {
            return null;
        }
        Candidate candidate = latest.get(0);
        for (String unfinished : jdbc.queryForList("select file_sha from input_file where lineage = ? and seq > ? "
                + "and status <> 'LOADED'", String.class, candidate.lineage(), candidate.seq())) {
            forget(unfinished);
        }
        long later = jdbc.queryForObject("select count(*) from input_file where lineage = ? and seq > ?", Long.class,
                candidate.lineage(), candidate.seq());
        return later == 0 ? candidate : null;
    }

    /** The file's place, or null when the ledger does not know it. */
    Place placeOf(String sha) {
        List<Place> places = jdbc.query("select f.seq, f.lineage, f.predecessor, p.header_sig from input_file f "
                + "left join input_file p on p.file_sha = f.predecessor where f.file_sha = ?",
                (rs, i) -> new Place(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), sha);
        return places.isEmpty() ? null : places.get(0);
    }

    /** The rows a file sees: its own and those of its predecessors that had not vanished by it. */
    RunScope seenBy(String sha) {
        List<String> shas = new ArrayList<>(List.of(sha));
        List<Long> seqs = new ArrayList<>(List.of(-1L)); // a file the ledger does not know sees only its own rows
        jdbc.query("select a.file_sha, a.seq from input_file f join input_file a on a.lineage = f.lineage "
                + "and a.seq <= f.seq where f.file_sha = ?", rs -> {
                    shas.add(rs.getString(1).trim());
                    seqs.add(rs.getLong(2));
                }, sha);
        return RunScope.seenByFiles(shas, seqs);
    }

    /**
     * Forgets a file that was not fully loaded: its staged rows and rejects, its marks on its
     * predecessors' rows, its ledger entry.
     */
    void forget(String sha) {
        List<Long> seqs = jdbc.queryForList("select coalesce(seq, 0) from input_file where file_sha = ?",
                Long.class, sha);
        if (seqs.isEmpty()) {
            return; // never recorded, so nothing staged: the scan records a file and its rows' owner in one transaction
        }
        for (StagedTable<?> table : StagedTables.all()) {
            for (Long seq : seqs) {
                jdbc.update("update " + table.name() + " set died = null where died = ?", seq);
            }
            jdbc.update("delete from " + table.name() + " where file_sha = ?", sha);
        }
        for (Long seq : seqs) {
            jdbc.update("delete from vanished_row where file_seq = ?", seq);
        }
        new FileClients(jdbc).forget(sha);
        new FileRowIdentities(jdbc).forget(sha);
        jdbc.update("delete from input_file where file_sha = ?", sha);
    }
}
