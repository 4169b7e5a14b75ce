package io.taxrecon.batch.ingest.transcripts;

import io.taxrecon.batch.PartitionThreads;
import io.taxrecon.batch.ReconcileProperties;
import io.taxrecon.batch.ingest.InputFileLedger;
import io.taxrecon.batch.ingest.NewInboxFiles;
import io.taxrecon.batch.ingest.RejectedShareCheck;
import io.taxrecon.batch.progress.ProgressListener;
import io.taxrecon.core.ingest.ColumnAliases;
import io.taxrecon.core.ingest.InputKind;
import io.taxrecon.core.ingest.NormalisedRow;
import io.taxrecon.core.returns.Form1040Lines;
import io.taxrecon.core.transcriptfiles.TranscriptEntry;
import io.taxrecon.core.transcriptfiles.TranscriptLabels;
import io.taxrecon.core.transcriptfiles.TranscriptParser;
import io.taxrecon.formats.inbox.InboxFile;
import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The transcript stage of the ingest: {@code ingestTranscripts}, one partition per new transcript
 * file, files side by side, each a restartable chunk step {@code ingestTranscript}. It runs after
 * {@code ingestFiles} because a transcript's TIN is chosen among its client's TINs, so the night's
 * clients must be staged first. Rows go through the tabular stage's staging writer; a transcript
 * is judged line by line, so a refused transcript (one reject) never stops the run.
 */
@Configuration(proxyBeanMethods = false)
public class TranscriptIngestStageConfiguration {

    /** A refused transcript is a single reject: rejects of any share are reported, never fatal. */
    private static final double ANY_SHARE = 1.0;

    @Bean
    Step ingestTranscripts(JobRepository jobRepository, Step ingestTranscript, Partitioner newTranscriptFiles,
            ReconcileProperties properties) {
        return new StepBuilder("ingestTranscripts", jobRepository)
                .partitioner("ingestTranscript", newTranscriptFiles)
                .step(ingestTranscript)
                .taskExecutor(PartitionThreads.named("transcripts-", properties.effectiveThreads()))
                .build();
    }

    @Bean
    @JobScope
    Partitioner newTranscriptFiles(InputFileLedger ledger, @Value("#{jobParameters['runDate']}") LocalDate runDate,
            @Value("#{jobParameters['inbox']}") String inbox) {
        return new NewInboxFiles(ledger, runDate, Path.of(inbox), true);
    }

    @Bean
    Step ingestTranscript(JobRepository jobRepository, PlatformTransactionManager tm, ReconcileProperties properties,
            ItemStreamReader<TranscriptEntry> transcriptFileReader,
            ItemProcessor<TranscriptEntry, NormalisedRow> transcriptEntryProcessor,
            ItemWriter<NormalisedRow> stagingWriter, StepExecutionListener transcriptLoadedCheck,
            ProgressListener progress) {
        return new StepBuilder("ingestTranscript", jobRepository)
                .<TranscriptEntry, NormalisedRow>chunk(properties.ingestChunkSize())
                .transactionManager(tm)
                .reader(transcriptFileReader)
                .processor(transcriptEntryProcessor)
                .writer(stagingWriter)
                .listener(transcriptLoadedCheck)
                .listener(progress)
                .build();
    }

    @Bean
    TranscriptParser transcriptParser(TranscriptLabels labels) {
        return new TranscriptParser(labels);
    }

    @Bean
    @StepScope
    ItemStreamReader<TranscriptEntry> transcriptFileReader(@Value("#{stepExecutionContext['path']}") String path,
            @Value("#{stepExecutionContext['fileName']}") String fileName,
            @Value("#{stepExecutionContext['sha256']}") String sha, TranscriptParser parser, JdbcTemplate jdbc,
            @Value("#{jobParameters['runDate']}") LocalDate runDate) {
        return new TranscriptFileReader(Path.of(path), fileName, sha, parser, jdbc, runDate);
    }

    @Bean
    @StepScope
    ItemProcessor<TranscriptEntry, NormalisedRow> transcriptEntryProcessor(
            @Value("#{stepExecutionContext['kind']}") InputKind kind, ColumnAliases aliases, Form1040Lines lines) {
        return new TranscriptEntryProcessor(kind, aliases, lines);
    }

    @Bean
    @StepScope
    StepExecutionListener transcriptLoadedCheck(InputFileLedger ledger,
            @Value("#{stepExecutionContext['path']}") String path,
            @Value("#{stepExecutionContext['fileName']}") String fileName,
            @Value("#{stepExecutionContext['sha256']}") String sha,
            @Value("#{stepExecutionContext['kind']}") InputKind kind) {
        return new RejectedShareCheck(ledger, ANY_SHARE, new InboxFile(Path.of(path), fileName, sha, kind));
    }
}
