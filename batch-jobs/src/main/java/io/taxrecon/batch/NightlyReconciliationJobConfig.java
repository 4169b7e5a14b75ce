package io.taxrecon.batch;

import io.taxrecon.batch.ingest.InboxFileReader;
import io.taxrecon.formats.inbox.InboxScanner;
import io.taxrecon.batch.ingest.InputFileLedger;
import io.taxrecon.batch.ingest.RowNormalisingProcessor;
import io.taxrecon.batch.ingest.StagingWriter;
import io.taxrecon.batch.ingest.TabularRowReader;
import io.taxrecon.batch.ingest.UnknownClientRows;
import io.taxrecon.formats.tabular.UnreadableInputException;
import io.taxrecon.batch.outputs.RunOutputsTasklet;
import io.taxrecon.batch.progress.ProgressListener;
import io.taxrecon.batch.reconcile.ClientBatchReader;
import io.taxrecon.batch.reconcile.ClientRangePartitioner;
import io.taxrecon.batch.staging.RunScope;
import io.taxrecon.batch.reconcile.ClientRecordsAssembler;
import io.taxrecon.batch.reconcile.ReconcileClientProcessor;
import io.taxrecon.batch.reconcile.ReconciliationWriter;
import io.taxrecon.batch.remote.RemotePartitioningProfiles;
import io.taxrecon.core.engine.Catalogs;
import io.taxrecon.core.engine.ClientReconciliation;
import io.taxrecon.core.engine.ClientRecords;
import io.taxrecon.core.engine.ReconciliationEngine;
import io.taxrecon.core.engine.ReconciliationSettings;
import io.taxrecon.core.ingest.ColumnAliases;
import io.taxrecon.core.ingest.InputKind;
import io.taxrecon.core.ingest.NormalisedRow;
import io.taxrecon.core.ingest.RawRow;
import io.taxrecon.core.returns.Form1040Lines;
import io.taxrecon.reports.files.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly job, {@value #JOB_NAME}: prepare the run, scan the inbox, ingest each new file
 * (one partition per file, each a restartable chunk step, files side by side), reconcile client
 * by client (partitions of consecutive client ids side by side, each a restartable chunk step
 * whose item is a client) and write the firm-wide outputs. {@code taxrecon.threads} sets how many
 * partitions run at once. Under the {@code remote} profile the client ranges run in worker
 * processes instead ({@link io.taxrecon.batch.remote.RemoteManagerConfig}).
 *
 * <p>Parameters: {@code runDate} (identifying: a run date is one job instance), {@code attempt}
 * (identifying: bumped by an explicit re-run of a completed date), {@code inbox} and
 * {@code outDir}.
 */
@Configuration(proxyBeanMethods = false)
public class NightlyReconciliationJobConfig {

    public static final String JOB_NAME = "nightlyReconciliation";

    @Bean
    Job nightlyReconciliation(JobRepository jobRepository, Step prepareRun, Step scanInbox, Step ingestFiles,
            Step rejectRowsWithoutClient, Step reconcileClients, Step writeRunOutputs) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(prepareRun)
                .next(scanInbox)
                .next(ingestFiles)
                .next(rejectRowsWithoutClient)
                .next(reconcileClients)
                .next(writeRunOutputs)
                .build();
    }

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
        return new JdbcTemplate(dataSource);
    }

    @Bean
    InputFileLedger inputFileLedger(JdbcTemplate jdbc) {
        return new InputFileLedger(jdbc);
    }

    @Bean
    ProgressListener progressListener() {
        return ProgressListener.forConsole();
    }

    // --- prepare: a fresh run (or an explicit re-run) starts from nothing for its date ---------

    @Bean
    Step prepareRun(JobRepository jobRepository, PlatformTransactionManager tm, JdbcTemplate jdbc) {
        return new StepBuilder("prepareRun", jobRepository)
                .tasklet((contribution, chunk) -> {
                    var params = chunk.getStepContext().getStepExecution().getJobParameters();
                    LocalDate runDate = params.getLocalDate("runDate");
                    jdbc.update("delete from finding where run_date = ?", runDate);
                    jdbc.update("delete from client_summary where run_date = ?", runDate);
                    deleteFolder(runFolder(params.getString("outDir"), runDate));
                    return RepeatStatus.FINISHED;
                }, tm)
                .build();
    }

    // --- scan: every file readable, of a known kind, with its required columns -----------------

    @Bean
    Step scanInbox(JobRepository jobRepository, PlatformTransactionManager tm, InputFileLedger ledger,
            ColumnAliases aliases) {
        InboxScanner scanner = new InboxScanner(aliases);
        return new StepBuilder("scanInbox", jobRepository)
                .tasklet((contribution, chunk) -> {
                    var params = chunk.getStepContext().getStepExecution().getJobParameters();
                    ledger.recordRunInputs(params.getLocalDate("runDate"),
                            scanner.scan(Path.of(params.getString("inbox"))));
                    return RepeatStatus.FINISHED;
                }, tm)
                .build();
    }

    // --- ingest: one partition per file not loaded before ---------------------------------------

    @Bean
    Step ingestFiles(JobRepository jobRepository, Step ingestFile, Partitioner newInboxFiles,
            ReconcileProperties properties) {
        // files load side by side, each in its own transactions: rows of one file never wait for another's
        return new StepBuilder("ingestFiles", jobRepository)
                .partitioner("ingestFile", newInboxFiles)
                .step(ingestFile)
                .taskExecutor(partitionThreads("ingest-", properties.effectiveThreads()))
                .build();
    }

    @Bean
    @JobScope
    Partitioner newInboxFiles(InputFileLedger ledger, @Value("#{jobParameters['runDate']}") LocalDate runDate,
            @Value("#{jobParameters['inbox']}") String inbox) {
        return gridSize -> {
            Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
            for (InputFileLedger.RunInput input : ledger.runInputs(runDate)) {
                if (input.newlyLoaded()) {
                    ExecutionContext context = new ExecutionContext();
                    context.putString("path", Path.of(inbox).resolve(input.fileName()).toString());
                    context.putString("fileName", input.fileName());
                    context.putString("sha256", input.sha256());
                    context.putString("kind", input.kind().name());
                    // the name is stored in the job repository (100 characters at most): the file's
                    // name, which may be long or personal, stays in the partition's context
                    partitions.put(String.format("file%03d", input.position()), context);
                }
            }
            return partitions;
        };
    }

    @Bean
    Step ingestFile(JobRepository jobRepository, PlatformTransactionManager tm, ReconcileProperties properties,
            InboxFileReader inboxFileReader, ItemProcessor<RawRow, NormalisedRow> rowNormaliser,
            ItemWriter<NormalisedRow> stagingWriter,
            StepExecutionListener fileLoadedListener, ProgressListener progress) {
        return new StepBuilder("ingestFile", jobRepository)
                .<RawRow, NormalisedRow>chunk(properties.ingestChunkSize())
                .transactionManager(tm)
                .reader(inboxFileReader)
                .processor(rowNormaliser)
                .writer(stagingWriter)
                .listener(fileLoadedListener)
                .listener(progress)
                .build();
    }

    @Bean
    @StepScope
    InboxFileReader inboxFileReader(@Value("#{stepExecutionContext['path']}") String path,
            @Value("#{stepExecutionContext['fileName']}") String fileName,
            @Value("#{stepExecutionContext['kind']}") InputKind kind,
            @Value("#{stepExecutionContext['sha256']}") String sha) {
        return new TabularRowReader(Path.of(path), fileName, kind.fileStem(), sha);
    }

    @Bean
    @StepScope
    ItemProcessor<RawRow, NormalisedRow> rowNormaliser(InboxFileReader inboxFileReader,
            @Value("#{stepExecutionContext['kind']}") InputKind kind, ColumnAliases aliases, Form1040Lines lines) {
        return new RowNormalisingProcessor(inboxFileReader, kind, aliases, lines);
    }

    @Bean
    @StepScope
    ItemWriter<NormalisedRow> stagingWriter(JdbcTemplate jdbc, @Value("#{stepExecutionContext['sha256']}") String sha) {
        return new StagingWriter(jdbc, sha);
    }

    @Bean
    @StepScope
    StepExecutionListener fileLoadedListener(InputFileLedger ledger, ReconcileProperties properties,
            @Value("#{stepExecutionContext['sha256']}") String sha,
            @Value("#{stepExecutionContext['fileName']}") String fileName,
            @Value("#{stepExecutionContext['kind']}") InputKind kind) {
        return new StepExecutionListener() {
            @Override
            public ExitStatus afterStep(StepExecution step) {
                if (step.getStatus() != BatchStatus.COMPLETED) {
                    return step.getExitStatus();
                }
                long[] counts = ledger.stagedCounts(sha, kind);
                long read = counts[0] + counts[1];
                if (read > 0 && counts[1] > properties.maxRejectedShare() * read) {
                    // not marked loaded: once the file is fixed (new content), or the share raised
                    // and the date run again with --rerun, it loads afresh
                    step.setStatus(BatchStatus.FAILED);
                    String message = String.format("%s: %d of %d rows were rejected (more than %.0f%%), most often "
                            + "\"%s\": the file looks broken; fix it or raise taxrecon.max-rejected-share",
                            fileName, counts[1], read, properties.maxRejectedShare() * 100, ledger.commonestReason(sha));
                    step.addFailureException(new UnreadableInputException(message));
                    return ExitStatus.FAILED.addExitDescription(message);
                }
                ledger.markLoaded(sha, counts);
                return step.getExitStatus();
            }
        };
    }

    // --- a row for a client no clients file names cannot be reconciled: it is rejected, not lost ---

    @Bean
    Step rejectRowsWithoutClient(JobRepository jobRepository, PlatformTransactionManager tm, JdbcTemplate jdbc) {
        UnknownClientRows rows = new UnknownClientRows(jdbc);
        return new StepBuilder("rejectRowsWithoutClient", jobRepository)
                .tasklet((contribution, chunk) -> {
                    LocalDate runDate = chunk.getStepContext().getStepExecution().getJobParameters().getLocalDate("runDate");
                    contribution.incrementWriteCount(rows.reject(runDate));
                    return RepeatStatus.FINISHED;
                }, tm)
                .build();
    }

    // --- reconcile: one item per client, clients split into ranges that run side by side -------

    /**
     * The manager step: splits the clients into ranges and hands each to
     * {@code reconcileClientRange} through {@code reconcilePartitionHandler}. A remote partition
     * handler (workers in other processes sharing the job repository) replaces that one bean.
     */
    @Bean
    Step reconcileClients(JobRepository jobRepository, Partitioner clientRanges,
            PartitionHandler reconcilePartitionHandler, StepExecutionListener halfWrittenWorkbooks) {
        return new StepBuilder("reconcileClients", jobRepository)
                .partitioner("reconcileClientRange", clientRanges)
                .partitionHandler(reconcilePartitionHandler)
                .listener(halfWrittenWorkbooks)
                .build();
    }

    /** A run killed while writing a workbook left its temporary file: the restart clears it first. */
    @Bean
    @JobScope
    StepExecutionListener halfWrittenWorkbooks(@Value("#{jobParameters['runDate']}") LocalDate runDate,
            @Value("#{jobParameters['outDir']}") String outDir) {
        return new StepExecutionListener() {
            @Override
            public void beforeStep(StepExecution step) {
                try {
                    AtomicFile.removeLeftovers(runFolder(outDir, runDate).resolve("clients"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    @Bean
    @JobScope
    Partitioner clientRanges(JdbcTemplate jdbc, @Value("#{jobParameters['runDate']}") LocalDate runDate) {
        return new ClientRangePartitioner(jdbc, RunScope.of(runDate));
    }

    /** Local partitioning: the ranges run on threads of this process (the {@code remote} profile sends them to workers). */
    @Bean
    @Profile("!" + RemotePartitioningProfiles.MANAGER)
    PartitionHandler reconcilePartitionHandler(Step reconcileClientRange, ReconcileProperties properties) {
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(reconcileClientRange);
        handler.setGridSize(properties.effectiveThreads());
        handler.setTaskExecutor(partitionThreads("reconcile-", properties.effectiveThreads()));
        return handler;
    }

    /** The worker step: the clients of one range, a chunk of them per transaction. */
    @Bean
    Step reconcileClientRange(JobRepository jobRepository, PlatformTransactionManager tm,
            ReconcileProperties properties, ItemStreamReader<ClientRecords> clientsOfRange,
            ItemProcessor<ClientRecords, ClientReconciliation> reconcileClient,
            ItemWriter<ClientReconciliation> reconciliationWriter, ProgressListener progress) {
        return new StepBuilder("reconcileClientRange", jobRepository)
                .<ClientRecords, ClientReconciliation>chunk(properties.reconcileChunkSize())
                .transactionManager(tm)
                .reader(clientsOfRange)
                .processor(reconcileClient)
                .writer(reconciliationWriter)
                .listener(progress)
                .build();
    }

    @Bean
    @StepScope
    ItemStreamReader<ClientRecords> clientsOfRange(JdbcTemplate jdbc, ReconcileProperties properties,
            @Value("#{jobParameters['runDate']}") LocalDate runDate,
            @Value("#{stepExecutionContext['" + ClientRangePartitioner.FROM_CLIENT_ID + "']}") String fromId,
            @Value("#{stepExecutionContext['" + ClientRangePartitioner.TO_CLIENT_ID + "']}") String toId) {
        // a batch is a chunk: each chunk's clients are assembled with one query per table
        RunScope scope = RunScope.of(runDate);
        return new ClientBatchReader(jdbc, scope, new ClientRecordsAssembler(jdbc, scope), fromId, toId,
                properties.reconcileChunkSize());
    }

    @Bean
    @StepScope
    ItemProcessor<ClientRecords, ClientReconciliation> reconcileClient(Catalogs catalogs,
            ReconcileProperties properties, @Value("#{jobParameters['runDate']}") LocalDate runDate) {
        ReconciliationSettings settings = new ReconciliationSettings(runDate, properties.windowDaysBefore(),
                properties.windowDaysAfter(), properties.tolerance(), properties.reversalDays(),
                properties.deadlineSoonDays());
        return new ReconcileClientProcessor(new ReconciliationEngine(catalogs, settings));
    }

    @Bean
    @StepScope
    ItemWriter<ClientReconciliation> reconciliationWriter(JdbcTemplate jdbc, ReconcileProperties properties,
            @Value("#{jobParameters['runDate']}") LocalDate runDate,
            @Value("#{jobParameters['outDir']}") String outDir) {
        return new ReconciliationWriter(jdbc, runDate, runFolder(outDir, runDate).resolve("clients"),
                properties.reportContext(runDate));
    }

    // --- outputs ---------------------------------------------------------------------------------

    @Bean
    Step writeRunOutputs(JobRepository jobRepository, PlatformTransactionManager tm, Tasklet runOutputs) {
        return new StepBuilder("writeRunOutputs", jobRepository)
                .tasklet(runOutputs, tm)
                .build();
    }

    @Bean
    @JobScope
    Tasklet runOutputs(JdbcTemplate jdbc, InputFileLedger ledger, ReconcileProperties properties,
            @Value("#{jobParameters['runDate']}") LocalDate runDate,
            @Value("#{jobParameters['inbox']}") String inbox,
            @Value("#{jobParameters['outDir']}") String outDir) {
        return new RunOutputsTasklet(jdbc, ledger, runDate, Path.of(inbox), runFolder(outDir, runDate),
                properties.reportContext(runDate));
    }

    /** Where a run's outputs go: OUT/RUN-DATE. */
    public static Path runFolder(String outDir, LocalDate runDate) {
        return Path.of(outDir).resolve(runDate.toString());
    }

    /** Threads for the partitions of a step: at most {@code threads} at once, each named for the step. */
    private static TaskExecutor partitionThreads(String prefix, int threads) {
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor(prefix);
        executor.setConcurrencyLimit(threads);
        return executor;
    }

    /** Deletes a folder and everything in it; nothing when it does not exist. */
    public static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
