package io.taxrecon.batch.ingest;

import io.taxrecon.formats.inbox.InboxFile;
import io.taxrecon.formats.inbox.InboxScanner;
import io.taxrecon.batch.PartitionThreads;
import io.taxrecon.batch.ReconcileProperties;
import io.taxrecon.batch.progress.ProgressListener;
import io.taxrecon.batch.staging.RowLoader;
import io.taxrecon.core.ingest.ColumnAliases;
import io.taxrecon.core.ingest.InputKind;
import io.taxrecon.core.ingest.NormalisedRow;
import io.taxrecon.core.ingest.RawRow;
import io.taxrecon.core.returns.Form1040Lines;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The ingest stage of the nightly job: {@code scanInbox} (every file readable, of a known kind),
 * {@code ingestFiles} (one partition per new file, files side by side, each a restartable chunk
 * step {@code ingestFile}) and {@code rejectRowsWithoutClient}.
 */
@Configuration(proxyBeanMethods = false)
public class IngestStageConfiguration {

    @Bean
    Step scanInbox(JobRepository jobRepository, PlatformTransactionManager tm, Tasklet scanInboxTasklet) {
        return new StepBuilder("scanInbox", jobRepository).tasklet(scanInboxTasklet, tm).build();
    }

    @Bean
    @JobScope
    Tasklet scanInboxTasklet(InputFileLedger ledger, ColumnAliases aliases,
            @Value("#{jobParameters['runDate']}") LocalDate runDate, @Value("#{jobParameters['inbox']}") String inbox) {
        return new ScanInboxTasklet(new InboxScanner(aliases), ledger, runDate, Path.of(inbox));
    }

    @Bean
    Step ingestFiles(JobRepository jobRepository, Step ingestFile, Partitioner newInboxFiles,
            ReconcileProperties properties, IndexesAfterLoad indexesAfterLoad) {
        // files load side by side, each in its own transactions: rows of one file never wait for another's
        int threads = properties.effectiveThreads();
        return new StepBuilder("ingestFiles", jobRepository)
                .partitioner("ingestFile", newInboxFiles)
                .partitionHandler(new LargestFilesFirst(ingestFile, PartitionThreads.named("ingest-", threads), threads))
                .listener(indexesAfterLoad)
                .build();
    }

    /** The staged tables' indexes around the load: one instance for the load and each file's partition. */
    @Bean
    IndexesAfterLoad indexesAfterLoad(JdbcTemplate jdbc,
            @Value("${taxrecon.ingest.indexes-after-load:false}") boolean setAside) {
        return new IndexesAfterLoad(jdbc, setAside);
    }

    @Bean
    @JobScope
    Partitioner newInboxFiles(InputFileLedger ledger, @Value("#{jobParameters['runDate']}") LocalDate runDate,
            @Value("#{jobParameters['inbox']}") String inbox) {
        return new NewInboxFiles(ledger, runDate, Path.of(inbox));
    }

    @Bean
    Step ingestFile(JobRepository jobRepository, PlatformTransactionManager tm, ReconcileProperties properties,
            InboxFileReader inboxFileReader, ItemProcessor<RawRow, NormalisedRow> rowNormaliser,
            ItemStreamWriter<NormalisedRow> stagingWriter, StepExecutionListener rejectedShareCheck,
            RowDelta rowDelta, ProgressListener progress, IndexesAfterLoad indexesAfterLoad) {
        return new StepBuilder("ingestFile", jobRepository)
                .<RawRow, NormalisedRow>chunk(properties.ingestChunkSize())
                .transactionManager(tm)
                .reader(inboxFileReader)
                .processor(rowNormaliser)
                .writer(stagingWriter)
                .listener((StepExecutionListener) rowDelta)
                .listener(rejectedShareCheck)
                .listener(progress)
                .listener(indexesAfterLoad.fileLoaded())
                .build();
    }

    @Bean
    @StepScope
    InboxFileReader inboxFileReader(@Value("#{stepExecutionContext['path']}") String path,
            @Value("#{stepExecutionContext['fileName']}") String fileName,
            @Value("#{stepExecutionContext['kind']}") InputKind kind,
            @Value("#{stepExecutionContext['sha256']}") String sha, ColumnAliases aliases, RowDelta rowDelta) {
        return new StagedRowsReader(new TabularRowReader(Path.of(path), fileName, kind, sha, aliases), rowDelta, fileName);
    }

    @Bean
    @StepScope
    ItemProcessor<RawRow, NormalisedRow> rowNormaliser(InboxFileReader inboxFileReader,
            @Value("#{stepExecutionContext['kind']}") InputKind kind, ColumnAliases aliases,
            Form1040Lines lines, RowDelta rowDelta) {
        return new RowNormalisingProcessor(inboxFileReader, kind, aliases, lines, rowDelta);
    }

    @Bean
    @StepScope
    ItemStreamWriter<NormalisedRow> stagingWriter(DataSource dataSource, RowLoader rowLoader,
            @Value("#{stepExecutionContext['sha256']}") String sha, RowDelta rowDelta) {
        return new StagingWriter(dataSource, rowLoader, sha, rowDelta);
    }

    /** The first pass of a file over its predecessor's rows, and what it found, for the step's processor and writer. */
    @Bean
    @StepScope
    RowDelta rowDelta(JdbcTemplate jdbc, PlatformTransactionManager tm, InputFileLedger ledger,
            @Value("#{stepExecutionContext['path']}") String path,
            @Value("#{stepExecutionContext['fileName']}") String fileName,
            @Value("#{stepExecutionContext['kind']}") InputKind kind,
            @Value("#{stepExecutionContext['sha256']}") String sha, ColumnAliases aliases) {
        return new RowDelta(jdbc, new TransactionTemplate(tm), ledger, Path.of(path), fileName, kind, sha, aliases);
    }

    /** How staged rows reach the database: JDBC batches on H2, COPY on PostgreSQL. */
    @Bean
    RowLoader rowLoader(JdbcTemplate jdbc) {
        return RowLoader.forDatabase(jdbc.execute((Connection c) -> c.getMetaData().getDatabaseProductName()));
    }

    @Bean
    @StepScope
    StepExecutionListener rejectedShareCheck(InputFileLedger ledger, ReconcileProperties properties,
            @Value("#{stepExecutionContext['path']}") String path,
            @Value("#{stepExecutionContext['fileName']}") String fileName,
            @Value("#{stepExecutionContext['sha256']}") String sha,
            @Value("#{stepExecutionContext['kind']}") InputKind kind) {
        return new RejectedShareCheck(ledger, properties.maxRejectedShare(), new InboxFile(Path.of(path), fileName, sha, kind));
    }

    /** A row for a client no clients file names cannot be reconciled: it is rejected, not lost. */
    @Bean
    Step rejectRowsWithoutClient(JobRepository jobRepository, PlatformTransactionManager tm,
            UnknownClientRows unknownClientRows) {
        return new StepBuilder("rejectRowsWithoutClient", jobRepository).tasklet(unknownClientRows, tm).build();
    }

    @Bean
    UnknownClientRows unknownClientRows(JdbcTemplate jdbc) {
        return new UnknownClientRows(jdbc);
    }
}
