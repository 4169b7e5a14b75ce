package io.taxrecon.batch.retention;

import io.taxrecon.batch.staging.StagedTable;
import io.taxrecon.batch.staging.StagedTables;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the nights before a date are in the staging store: what each night concluded (findings,
 * summary lines, reasons, penalty figures, rejects judged that night, the worklist readings, the
 * night's inbox), and the staged rows and ledger entries of the files that no night kept still
 * uses (a file's rows that a later file inherited stay while a kept night sees them there). The
 * latest completed night is never among them: the next night compares with it.
 */
public final class NightRows {

    /** The tables of what a night concluded or read, each with a {@code run_date} column. */
    private static final List<String> PER_NIGHT = List.of("finding", "client_summary", "resolved_finding",
            "penalty_figure", "client_night", "night_completed", "worklist_read", StagedTables.REJECTED_ROWS.name(),
            "run_input");

    /**
     * Whether a file that stays in the inbox of a night that stays ({@code f}, of {@code r}) sees
     * the rows of file {@code b}: b is f, or an earlier file of f's lineage.
     */
    private static final String KEPT_FILE_SEES = "not (r.run_date < ? and r.run_date <> ?) "
            + "and (f.file_sha = b.file_sha or (f.lineage = b.lineage and b.seq < f.seq))";

    /**
     * Files no night that stays sees any row of: neither in its inbox nor before one of its
     * inbox's files in their lineage (a file's rows live on in the re-exports that inherit them).
     */
    private static final String GONE_FILES = "select b.file_sha from input_file b where not exists (select 1 "
            + "from run_input r join input_file f on f.file_sha = r.file_sha where " + KEPT_FILE_SEES + ")";

    /** Rows of a table ({@code %s}) that vanished before every night that stays could see them. */
    private static final String DEAD_ROWS = " from %s t where t.died is not null and t.file_sha in (select file_sha "
            + "from input_file) and not exists (select 1 from run_input r join input_file f on f.file_sha = r.file_sha "
            + "join input_file b on b.file_sha = t.file_sha where " + KEPT_FILE_SEES + " and t.died > f.seq)";

    private final JdbcTemplate jdbc;

    public NightRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest night that completed: kept whatever the date, for the next night to compare with. */
    public Optional<LocalDate> latestCompleted() {
        return Optional.ofNullable(jdbc.queryForObject("select max(run_date) from night_completed", LocalDate.class));
    }

    /** The nights before {@code before} with anything stored, but {@code kept}. */
    public List<LocalDate> nights(LocalDate before, LocalDate kept) {
        String union = String.join(" union ", PER_NIGHT.stream()
                .map(t -> "select run_date from " + t + " where run_date < ? and run_date <> ?").toList());
        Object[] args = new Object[PER_NIGHT.size() * 2];
        for (int i = 0; i < args.length; i += 2) {
            args[i] = before;
            args[i + 1] = kept;
        }
        return jdbc.queryForList("select distinct run_date from (" + union + ") n order by run_date", LocalDate.class, args);
    }

    /** Counts (or, unless {@code dryRun}, also deletes) the rows of the nights before {@code before} but {@code kept}. */
    public void remove(LocalDate before, LocalDate kept, Removal removal) {
        // the files first: which of them go depends on the run_input rows still there
        for (StagedTable<?> table : StagedTables.all()) {
            String gone = " from " + table.name() + " t where t.file_sha in (" + GONE_FILES + ")";
            removal.rows(table.name() + " (staged rows of files no kept night uses)",
                    jdbc.queryForObject("select count(*)" + gone, Long.class, before, kept));
            removal.rows(table.name() + " (staged rows that vanished before every kept night)",
                    jdbc.queryForObject("select count(*)" + DEAD_ROWS.formatted(table.name()), Long.class, before, kept));
            if (!removal.dryRun()) {
                jdbc.update("delete" + gone, before, kept);
                jdbc.update("delete" + DEAD_ROWS.formatted(table.name()), before, kept);
                // a row that outlives the purge is alive in every file of its lineage that stays
                jdbc.update("update " + table.name() + " set died = null where died in (select seq from input_file "
                        + "where file_sha in (" + GONE_FILES + "))", before, kept);
            }
        }
        String files = " from input_file where file_sha in (" + GONE_FILES + ")";
        removal.rows("input_file (the ledger of loaded files)", jdbc.queryForObject("select count(*)" + files, Long.class,
                before, kept));
        if (!removal.dryRun()) {
            jdbc.update("delete from vanished_row where file_seq in (select seq" + files + ")", before, kept);
            jdbc.update("delete from file_client where file_sha in (" + GONE_FILES + ")", before, kept);
            jdbc.update("delete from file_row_identity where file_sha in (" + GONE_FILES + ")", before, kept);
            jdbc.update("delete" + files, before, kept);
            // a file that stays may name a client only for rows of it that vanished and are gone now
            jdbc.update("delete from file_client c where " + StagedTables.all().stream()
                    .map(t -> "not exists (select 1 from " + t.name() + " t where t.client_id = c.client_id)")
                    .collect(Collectors.joining(" and ")));
        }
        for (String table : PER_NIGHT) {
            // a night's own rejects of a file that goes are counted with the file's rows
            String rows = " from " + table + " where run_date < ? and run_date <> ?"
                    + (table.equals(StagedTables.REJECTED_ROWS.name()) ? " and file_sha not in (" + GONE_FILES + ")" : "");
            Object[] args = table.equals(StagedTables.REJECTED_ROWS.name())
                    ? new Object[] {before, kept, before, kept} : new Object[] {before, kept};
            removal.rows(table, jdbc.queryForObject("select count(*)" + rows, Long.class, args));
            if (!removal.dryRun()) {
                jdbc.update("delete" + rows, args);
            }
        }
    }
}
