package io.taxrecon.batch.outputs;

import io.taxrecon.batch.ingest.InputFileLedger;
import io.taxrecon.batch.staging.ClientNightStore;
import io.taxrecon.batch.staging.FindingStore;
import io.taxrecon.batch.staging.PenaltyFigureStore;
import io.taxrecon.batch.staging.ReviewEntryStore.WorklistReading;
import io.taxrecon.batch.staging.RejectedRowTable;
import io.taxrecon.batch.staging.StagedTables;
import io.taxrecon.batch.ingest.InputFileLedger.RunInput;
import io.taxrecon.batch.worklist.NightOverNight;
import io.taxrecon.batch.worklist.WorklistOutput;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.worklist.NightCounts;
import io.taxrecon.core.worklist.NightView;
import io.taxrecon.reports.clientworkbook.ReportContext;
import io.taxrecon.reports.csv.FindingsCsv;
import io.taxrecon.reports.csv.RejectsCsv;
import io.taxrecon.reports.files.AtomicFile;
import java.io.IOException;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the run's firm-wide outputs from the staging store: findings.csv (with the night's four
 * columns), rejects.csv, the firm summary workbook (with "Since last night"), the worklist and
 * run-summary.json, then marks the night complete for the nights after it to compare with. Each
 * file is written whole to a temporary file first, so a restart simply writes them again.
 */
public final class RunOutputsTasklet implements Tasklet {

    private final JdbcTemplate jdbc;
    private final FindingStore findings;
    private final InputFileLedger ledger;
    private final NightOverNight nights;
    private final WorklistOutput worklist;
    private final LocalDate runDate;
    private final Path inbox;
    private final Path runFolder;
    private final ReportContext context;
    private final ClientNightStore clientNights;

    public RunOutputsTasklet(JdbcTemplate jdbc, FindingStore findings, InputFileLedger ledger, NightOverNight nights,
            WorklistOutput worklist, LocalDate runDate, Path inbox, Path runFolder, ReportContext context) {
        this.jdbc = jdbc;
        this.findings = findings;
        this.ledger = ledger;
        this.nights = nights;
        this.worklist = worklist;
        this.runDate = runDate;
        this.inbox = inbox;
        this.runFolder = runFolder;
        this.context = context;
        this.clientNights = new ClientNightStore(jdbc);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        Files.createDirectories(runFolder);
        AtomicFile.removeLeftovers(runFolder);
        List<Finding> tonight = new ArrayList<>();
        findings.forEachFinding(runDate, tonight::add);
        NightView night = nights.ofFirm(tonight);
        writeFindings(tonight, night);
        PenaltiesOutput.write(new PenaltyFigureStore(jdbc), runDate, runFolder);
        writeRejects();
        writeFirmSummary(night);
        WorklistOutput.Result published = worklist.publish(night);
        writeRunSummary(chunkContext.getStepContext().getStepExecution().getJobExecution(), night, published);
        findings.completeNight(runDate);
        return RepeatStatus.FINISHED;
    }

    private void writeFindings(List<Finding> tonight, NightView night) throws IOException {
        writeWhole(runFolder.resolve("findings.csv"), out -> {
            try (FindingsCsv csv = new FindingsCsv(out, night)) {
                tonight.forEach(csv::write);
            }
        });
    }

    private void writeRejects() throws IOException {
        writeWhole(runFolder.resolve("rejects.csv"), out -> {
            try (RejectsCsv csv = new RejectsCsv(out)) {
                RejectedRowTable rejects = StagedTables.REJECTED_ROWS;
                jdbc.query(rejects.ofNight(runDate), rs -> {
                    csv.write(rejects.mapRow(rs, 0));
                }, runDate, runDate);
            }
        });
    }

    private void writeFirmSummary(NightView night) throws IOException {
        FirmSummaryOutput.write(findings, night, runFolder, context);
    }

    private void writeRunSummary(JobExecution jobExecution, NightView night, WorklistOutput.Result published)
            throws IOException {
        List<RunSummary.InputFileSummary> files = new ArrayList<>();
        for (RunInput input : ledger.runInputs(runDate)) {
            long[] counts = ledger.counts(input.sha256(), runDate);
            long loaded = counts == null ? 0 : counts[0];
            long rejected = counts == null ? 0 : counts[1];
            String status = input.newlyLoaded() ? "loaded" : "already loaded on " + ledger.loadedOn(input.sha256());
            long[] delta = input.newlyLoaded() ? ledger.deltaCounts(input.sha256()) : null;
            files.add(new RunSummary.InputFileSummary(input.fileName(), input.kind().fileStem(), status,
                    loaded + rejected, loaded, rejected, input.sha256(), delta == null ? 0 : delta[0],
                    delta == null ? 0 : delta[1]));
        }
        Map<String, Long> byType = findings.countsByType(runDate);
        List<RunSummary.StepTiming> steps = new ArrayList<>();
        for (StepExecution step : jobExecution.getStepExecutions()) {
            if (step.getStartTime() != null && step.getEndTime() != null) {
                steps.add(new RunSummary.StepTiming(step.getStepName(), step.getReadCount(), step.getWriteCount(),
                        Duration.between(step.getStartTime(), step.getEndTime()).toMillis() / 1000.0));
            }
        }
        RunSummary summary = new RunSummary(runDate.toString(), inbox.toAbsolutePath().normalize().toString(),
                runFolder.toAbsolutePath().normalize().toString(), files,
                findings.clientsSeen(runDate), findings.clientsWithFindings(runDate),
                byType, byType.values().stream().mapToLong(Long::longValue).sum(),
                findings.workbooksWritten(runDate), steps, nightSummary(night), worklistSummary(published),
                new RunSummary.Carrying(clientNights.reconciled(runDate), clientNights.carried(runDate)),
                RunProvenance.of(jobExecution.getStartTime(), OffsetDateTime.now()));
        JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
        writeWhole(runFolder.resolve("run-summary.json"), out -> json.writeValue(out, summary));
    }

    private static RunSummary.NightSummary nightSummary(NightView night) {
        NightCounts c = night.counts();
        return new RunSummary.NightSummary(night.previousRunDate() == null ? null : night.previousRunDate().toString(),
                c.newFindings(), c.stillOpen(), c.resolved(), c.dismissed(), c.deadlinesAnswered(), c.followUpsDue());
    }

    private static RunSummary.WorklistSummary worklistSummary(WorklistOutput.Result published) {
        WorklistReading reading = published.reading();
        return new RunSummary.WorklistSummary(published.file().toAbsolutePath().normalize().toString(),
                reading == null ? null : reading.outcome().name(), reading == null ? 0 : reading.entriesRead(),
                reading == null ? null : reading.message(), reading == null ? null : reading.setAsideAs(),
                published.written());
    }

    /** Writes a text output through AtomicFile: a temporary file, moved into place once complete. */
    private static void writeWhole(Path target, WriterBody body) throws IOException {
        AtomicFile.write(target, null, out -> {
            // writers that close themselves (Jackson, the CSV writers) make this close a no-op
            try (Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8))) {
                body.write(writer);
            }
        });
    }

    @FunctionalInterface
    private interface WriterBody {
        void write(Writer out) throws IOException;
    }
}
