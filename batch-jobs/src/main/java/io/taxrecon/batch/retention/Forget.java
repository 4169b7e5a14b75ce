package io.taxrecon.batch.retention;

import io.taxrecon.batch.ReconcileProperties;
import io.taxrecon.batch.outputs.FirmSummaryOutput;
import io.taxrecon.batch.outputs.PenaltiesOutput;
import io.taxrecon.batch.outputs.RunFolder;
import io.taxrecon.batch.staging.FindingStore;
import io.taxrecon.batch.staging.ReviewEntryStore;
import io.taxrecon.batch.worklist.NightOverNight;
import io.taxrecon.batch.worklist.ReadWorklistTasklet;
import io.taxrecon.batch.worklist.WorklistOutput;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.worklist.NightView;
import io.taxrecon.reports.clientworkbook.ClientWorkbook;
import io.taxrecon.reports.csv.CsvRowRemoval;
import io.taxrecon.reports.letters.ResponseLetter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVRecord;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code forget --client ID}: removes one client from every night: their rows in the staging
 * store ({@link ClientRows}), their id in the job repository ({@link JobRuns}), their workbooks and
 * draft letters, their rows in each night's findings.csv, penalties.csv and rejects.csv (the other
 * rows stay as they were), each firm summary that listed them (written again from the store
 * without them) and the worklist (its reviewer's words read and stored first, then written again
 * without the client).
 */
@Component
public class Forget {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final JobRuns runs;
    private final FindingStore findings;
    private final ReviewEntryStore entries;
    private final ReconcileProperties properties;

    public Forget(JdbcTemplate jdbc, PlatformTransactionManager tm, JobRepository repository, Job nightlyReconciliation,
            FindingStore findings, ReviewEntryStore entries, ReconcileProperties properties) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(tm);
        this.runs = new JobRuns(repository, nightlyReconciliation.getName());
        this.findings = findings;
        this.entries = entries;
        this.properties = properties;
    }

    /** The nights whose run has not finished: a client cannot be taken out of a run that will resume. */
    public List<LocalDate> unfinishedNights() {
        return runs.unfinishedNights();
    }

    /** Removes (or, on a dry run, lists) everything of {@code clientId} in the store and {@code outFolder}. */
    public Removal client(String clientId, Path outFolder, boolean dryRun, PrintStream console) throws IOException {
        Removal removal = new Removal(dryRun);
        ClientRows rows = new ClientRows(jdbc);
        NightRows nights = new NightRows(jdbc);
        LocalDate latest = nights.latestCompleted().orElse(null);
        Path worklist = WorklistOutput.of(outFolder.toString());
        if (!dryRun && latest != null) {
            // the worklist is written again below: first keep every word the reviewer typed into it
            new ReadWorklistTasklet(entries, worklist, properties.reportContext(latest).password(), latest, console)
                    .readAndStore();
        }
        // what the files are named by, before the rows that name them go
        Set<LocalDate> concluded = rows.nights(clientId);
        List<String> notices = rows.noticeIds(clientId);
        Set<ClientRows.RejectedLine> rejected = rows.rejectedLines(clientId);
        rows.count(clientId).forEach(removal::rows);
        if (!dryRun) {
            transaction.executeWithoutResult(status -> rows.delete(clientId));
        }
        runs.forget(clientId, removal);
        for (RunFolder folder : new OutputFolder(outFolder).nights()) {
            removeFromNight(folder, clientId, notices, rejected, concluded.contains(OutputFolder.nightOf(folder)), removal);
        }
        if (latest != null && Files.exists(worklist)) {
            removal.rewritten(worklist.toString());
            if (!dryRun) {
                WorklistOutput output = new WorklistOutput(findings, entries, worklist, properties.reportContext(latest),
                        console);
                output.publish(firmNight(latest));
            }
        }
        for (Path copy : new OutputFolder(outFolder).setAside()) {
            removal.note("Not read: " + copy + " is an unreadable worklist set aside for the reviewer; it may hold the "
                    + "client's rows: open it and delete them, or delete the file.");
        }
        removal.note("The client's files in the firm's inbox are the firm's, not taxrecon's: nothing there was touched. "
                + "Take the client out of the firm's exports, or a changed export loads them again.");
        return removal;
    }

    private void removeFromNight(RunFolder folder, String clientId, List<String> notices,
            Set<ClientRows.RejectedLine> rejected, boolean concluded, Removal removal) throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(folder.clients().resolve(ClientWorkbook.fileNameFor(clientId)));
        for (String notice : notices) {
            files.add(folder.clients().resolve(ResponseLetter.fileNameFor(clientId, notice)));
        }
        for (Path file : files) {
            if (Files.exists(file)) {
                removal.deleted(file);
                if (!removal.dryRun()) {
                    Files.delete(file);
                }
            }
        }
        removeCsvRows(folder.path().resolve("findings.csv"), row -> clientId.equals(row.get("client_id")), removal);
        removeCsvRows(folder.path().resolve(PenaltiesOutput.FILE_NAME), row -> clientId.equals(row.get("client_id")),
                removal);
        removeCsvRows(folder.path().resolve("rejects.csv"),
                row -> rejected.contains(new ClientRows.RejectedLine(row.get("file"), row.get("sheet"), row.get("line"))),
                removal);
        Path summary = folder.path().resolve(FirmSummaryOutput.FILE_NAME);
        if (concluded && Files.exists(summary)) {
            removal.rewritten(summary.toString());
            if (!removal.dryRun()) {
                LocalDate night = OutputFolder.nightOf(folder);
                FirmSummaryOutput.write(findings, firmNight(night), folder.path(), properties.reportContext(night));
            }
        }
    }

    /** A night of the firm as the store now has it, against the night before it. */
    private NightView firmNight(LocalDate night) {
        List<Finding> findingsOfNight = new ArrayList<>();
        findings.forEachFinding(night, findingsOfNight::add);
        return new NightOverNight(findings, entries, night).ofFirm(findingsOfNight);
    }

    private static void removeCsvRows(Path csv, Predicate<CSVRecord> drop,
            Removal removal) throws IOException {
        int n = CsvRowRemoval.remove(csv, drop, removal.dryRun());
        if (n > 0) {
            removal.rows(csv.getFileName() + " rows", n);
            removal.rewritten(csv.toString());
        }
    }
}
