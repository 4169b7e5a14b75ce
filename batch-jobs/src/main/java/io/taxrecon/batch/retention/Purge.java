package io.taxrecon.batch.retention;

import io.taxrecon.batch.outputs.RunFolder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code purge --before DATE}: removes the nights before a date, their folders of outputs, what
 * the store concluded and read on them, the staged rows of files no later night uses (and those
 * files' ledger entries, so such a file fed again is loaded again) and their runs in the job
 * repository. Kept whatever the date: the latest completed night (the next night compares with
 * it and the worklist links to its workbooks), the reviewer's entries (the words typed on the
 * worklist, which outlive nights) and the worklist itself.
 */
@Component
public class Purge {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final JobRuns runs;

    public Purge(JdbcTemplate jdbc, PlatformTransactionManager tm, JobRepository repository, Job nightlyReconciliation) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(tm);
        this.runs = new JobRuns(repository, nightlyReconciliation.getName());
    }

    /** Removes (or, on a dry run, lists) everything of the nights before {@code before} in the store and {@code outFolder}. */
    public Removal nightsBefore(LocalDate before, Path outFolder, boolean dryRun) throws IOException {
        Removal removal = new Removal(dryRun);
        NightRows nights = new NightRows(jdbc);
        LocalDate latest = nights.latestCompleted().orElse(null);
        LocalDate kept = latest != null ? latest : before; // `before` itself is never one of the nights before it
        if (latest != null && latest.isBefore(before)) {
            removal.note("Kept: the night of " + latest + ", the latest that completed (the next night compares with it, "
                    + "and the worklist links to its workbooks).");
        }
        // the store first, in one transaction: a failure leaves every row, and every file, as it was
        transaction.executeWithoutResult(status -> nights.remove(before, kept, removal));
        runs.remove(before, kept, removal);
        OutputFolder out = new OutputFolder(outFolder);
        for (RunFolder folder : out.nights()) {
            LocalDate night = OutputFolder.nightOf(folder);
            if (night.isBefore(before) && !night.equals(kept)) {
                removal.deleted(folder.path());
                if (!dryRun) {
                    RunFolder.deleteFolder(folder.path());
                }
            }
        }
        for (Path copy : out.setAsideBefore(before)) {
            removal.deleted(copy);
            if (!dryRun) {
                Files.delete(copy);
            }
        }
        removal.note("Kept: the reviewer's entries, the worklist and everything of the nights from " + before + " on.");
        return removal;
    }
}
