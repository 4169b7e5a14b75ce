package io.taxrecon.batch.cli;

import io.taxrecon.batch.outputs.RunFolder;
import io.taxrecon.batch.outputs.RunSummary;
import io.taxrecon.batch.remote.RemotePartitionsIncompleteException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import io.taxrecon.batch.staging.StagingIndexes;
import javax.sql.DataSource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Launches the nightly job for a run date with the guard a nightly scheduler needs: a date that
 * completed is refused unless a re-run is asked for; a date that failed (or whose process was
 * killed) is restarted where it stopped.
 */
@Component
public class NightlyRun {

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job job;
    private final DataSource dataSource;
    private final PrintStream out = System.out;
    private final PrintStream err = System.err;

    public NightlyRun(JobOperator jobOperator, JobRepository jobRepository, Job nightlyReconciliation,
            DataSource dataSource) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.job = nightlyReconciliation;
        this.dataSource = dataSource;
    }

    public int launch(LocalDate runDate, Path inbox, Path outFolder, boolean rerun) throws Exception {
        try (ManagerLock lock = ManagerLock.tryAcquire(dataSource)) {
            if (lock == null) {
                err.println("reconcile: another nightly run is in progress on this database; "
                        + "wait for it to finish (its log says where it is)");
                return ReconcileCommand.FAILED;
            }
            return launchHoldingTheLock(runDate, inbox, outFolder, rerun);
        }
    }

    private int launchHoldingTheLock(LocalDate runDate, Path inbox, Path outFolder, boolean rerun) throws Exception {
        long attempt = 1;
        JobExecution last = null;
        while (true) {
            JobInstance instance = jobRepository.getJobInstance(job.getName(), parameters(runDate, attempt, inbox, outFolder));
            if (instance == null) {
                break;
            }
            last = jobRepository.getLastJobExecution(instance);
            attempt++;
        }
        long toRun = attempt;
        if (last != null) {
            if (last.getStatus() == BatchStatus.COMPLETED && !rerun) {
                err.printf("reconcile: the run of %s already completed (%s); its outputs are in %s.%n"
                        + "Use --rerun to run it again.%n", runDate,
                        last.getEndTime().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString().replace('T', ' '),
                        RunFolder.of(outFolder.toString(), runDate).path());
                return ReconcileCommand.ALREADY_COMPLETED;
            }
            if (last.getStatus() != BatchStatus.COMPLETED) {
                recoverIfStale(last);
                if (rerun) {
                    out.println("Running " + runDate + " again from the start, as asked (--rerun).");
                } else {
                    toRun = attempt - 1;
                    out.println("Restarting the interrupted run of " + runDate + " where it stopped.");
                    // the restart keeps the inbox and output folder of the run it resumes
                    inbox = Path.of(last.getJobParameters().getString("inbox"));
                    outFolder = Path.of(last.getJobParameters().getString("outDir"));
                }
            }
        }
        JobExecution execution = jobOperator.start(job, parameters(runDate, toRun, inbox, outFolder));
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            err.println("reconcile: the run of " + runDate + " failed: " + reason(execution));
            err.println("Details are in " + outFolder.resolve("reconcile.log")
                    + "; fix the problem and run the same command again to resume.");
            return ReconcileCommand.FAILED;
        }
        printSummary(RunFolder.of(outFolder.toString(), runDate).path());
        return 0;
    }

    /** The parameters that identify (run date, attempt) and direct (inbox, output folder) a nightly run. */
    public static JobParameters parameters(LocalDate runDate, long attempt, Path inbox, Path outFolder) {
        return new JobParametersBuilder()
                .addLocalDate("runDate", runDate, true)
                .addLong("attempt", attempt, true)
                .addString("inbox", inbox.toString(), false)
                .addString("outDir", outFolder.toString(), false)
                .toJobParameters();
    }

    /**
     * A process killed mid-run leaves its execution STARTED in the repository, which would
     * block a restart forever. We hold the {@link ManagerLock}, so no other run is alive: an
     * execution still marked running is one whose process is gone, and Spring Batch's own
     * {@link JobOperator#recover} marks it (and its running steps) FAILED. With remote workers the
     * manager's own death is the case: a client range a live worker is still running is marked
     * FAILED too, which bumps its version, so that worker's next commit fails (optimistic locking)
     * rather than racing the restart, which sends the range again.
     */
    private void recoverIfStale(JobExecution execution) {
        if (!execution.getStatus().isRunning()) {
            return;
        }
        StagingIndexes.rebuildAfterCrash(dataSource); // its process was killed mid-write
        jobOperator.recover(execution);
    }

    /**
     * The one line a user is shown. A problem with an input file (which names the file) wins over
     * the generic failures of the steps that contain it, whatever order the repository lists them in.
     */
    private static String reason(JobExecution execution) {
        for (Throwable t : execution.getAllFailureExceptions()) {
            if (OneLineReason.namesAnInputProblem(t)) {
                return OneLineReason.of(t);
            }
        }
        for (Throwable t : execution.getAllFailureExceptions()) {
            // which client ranges the workers left unfinished, without the step's stack trace
            for (Throwable cause = t; cause != null; cause = cause.getCause()) {
                if (cause instanceof RemotePartitionsIncompleteException) {
                    return cause.getMessage();
                }
            }
        }
        for (StepExecution step : execution.getStepExecutions()) {
            String description = step.getExitStatus().getExitDescription();
            if (step.getStatus() == BatchStatus.FAILED && description != null && !description.isBlank()) {
                return description.lines().findFirst().orElse(description);
            }
        }
        for (Throwable t : execution.getAllFailureExceptions()) {
            return OneLineReason.of(t);
        }
        return execution.getExitStatus().getExitCode();
    }

    /**
     * The night in one line: "Since the previous night (2026-11-23): 3 new, 40 still open, 5
     * resolved; 7 reviewer entries read."
     */
    static String sinceLastNight(RunSummary summary) {
        RunSummary.NightSummary night = summary.night();
        int entries = summary.worklist() == null ? 0 : summary.worklist().entriesRead();
        String read = entries + (entries == 1 ? " reviewer entry read" : " reviewer entries read");
        if (night.previousRunDate() == null) {
            return String.format("First night of this staging store: %,d new findings; %s.", night.newFindings(), read);
        }
        return String.format("Since the previous night (%s): %,d new, %,d still open, %,d resolved; %s.",
                night.previousRunDate(), night.newFindings(), night.stillOpen(), night.resolved(), read);
    }

    private void printSummary(Path runFolder) throws Exception {
        RunSummary summary = JsonMapper.builder().build()
                .readValue(Files.readString(runFolder.resolve("run-summary.json")), RunSummary.class);
        out.println();
        out.println("Run of " + summary.runDate() + " complete.");
        out.printf("%-40s %-20s %10s %10s %10s%n", "file", "kind", "read", "loaded", "rejected");
        for (RunSummary.InputFileSummary file : summary.files()) {
            out.printf("%-40s %-20s %,10d %,10d %,10d%s%n", file.name(), file.kind(), file.rowsRead(),
                    file.rowsLoaded(), file.rowsRejected(), file.status().equals("loaded") ? "" : "  (" + file.status() + ")");
        }
        for (RunSummary.InputFileSummary file : summary.files()) {
            if (file.rowsInherited() > 0 || file.rowsVanished() > 0) {
                out.printf("%s: %,d rows, %,d staged, %,d inherited from the previous export, %,d vanished%n",
                        file.name(), file.rowsRead(), file.rowsRead() - file.rowsInherited(), file.rowsInherited(),
                        file.rowsVanished());
            }
        }
        out.printf("Clients: %,d seen, %,d with findings; %,d workbooks written.%n", summary.clientsSeen(),
                summary.clientsWithFindings(), summary.workbooksWritten());
        if (summary.carrying() != null) {
            out.printf("Reconciled %,d clients; carried %,d unchanged from the previous night.%n",
                    summary.carrying().reconciled(), summary.carrying().carried());
        }
        out.println("Findings by type:");
        for (Map.Entry<String, Long> e : summary.findingsByType().entrySet()) {
            if (e.getValue() > 0) {
                out.printf("  %-30s %,8d%n", e.getKey(), e.getValue());
            }
        }
        out.printf("  %-30s %,8d%n", "total", summary.findingsTotal());
        out.println(sinceLastNight(summary));
        out.println("Reports: " + runFolder);
        if (summary.worklist() != null) {
            String written = summary.worklist().written();
            out.println("Worklist: " + summary.worklist().file() + ("written".equals(written) ? "" : " (" + written + ")"));
        }
    }
}
