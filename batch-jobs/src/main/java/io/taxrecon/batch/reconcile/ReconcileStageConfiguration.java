package io.taxrecon.batch.reconcile;

import io.taxrecon.batch.PartitionThreads;
import io.taxrecon.batch.ReconcileProperties;
import io.taxrecon.batch.outputs.RunFolder;
import io.taxrecon.batch.progress.ProgressListener;
import io.taxrecon.batch.remote.RemotePartitioningProfiles;
import io.taxrecon.batch.staging.ClientNightStore;
import io.taxrecon.batch.staging.FindingStore;
import io.taxrecon.batch.staging.PenaltyFigureStore;
import io.taxrecon.batch.staging.ReviewEntryStore;
import io.taxrecon.batch.staging.RunScope;
import io.taxrecon.batch.worklist.NightOverNight;
import io.taxrecon.core.engine.Catalogs;
import io.taxrecon.core.engine.ClientRecords;
import io.taxrecon.core.engine.ReconciliationEngine;
import io.taxrecon.core.engine.ReconciliationSettings;
import java.time.LocalDate;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.PartitionHandler;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The reconcile stage of the nightly job: {@code reconcileClients} splits the clients into ranges
 * of consecutive ids and hands each to {@code reconcileClientRange} (a restartable chunk step whose
 * item is a client) through {@code reconcilePartitionHandler}: local threads here, worker
 * processes under the {@code remote} profile ({@link io.taxrecon.batch.remote.RemoteManagerConfig}).
 */
@Configuration(proxyBeanMethods = false)
public class ReconcileStageConfiguration {

    @Bean
    Step reconcileClients(JobRepository jobRepository, Partitioner clientRanges,
            PartitionHandler reconcilePartitionHandler, StepExecutionListener halfWrittenWorkbooks) {
        return new StepBuilder("reconcileClients", jobRepository)
                .partitioner("reconcileClientRange", clientRanges)
                .partitionHandler(reconcilePartitionHandler)
                .listener(halfWrittenWorkbooks)
                .build();
    }

    @Bean
    @JobScope
    StepExecutionListener halfWrittenWorkbooks(@Value("#{jobParameters['runDate']}") LocalDate runDate,
            @Value("#{jobParameters['outDir']}") String outDir) {
        return new HalfWrittenWorkbooks(RunFolder.of(outDir, runDate));
    }

    @Bean
    @JobScope
    Partitioner clientRanges(JdbcTemplate jdbc, @Value("#{jobParameters['runDate']}") LocalDate runDate) {
        return new ClientRangePartitioner(jdbc, RunScope.resolved(jdbc, runDate));
    }

    /** Local partitioning: the ranges run on threads of this process. */
    @Bean
    @Profile("!" + RemotePartitioningProfiles.MANAGER)
    PartitionHandler reconcilePartitionHandler(Step reconcileClientRange, ReconcileProperties properties) {
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(reconcileClientRange);
        handler.setGridSize(properties.effectiveThreads());
        handler.setTaskExecutor(PartitionThreads.named("reconcile-", properties.effectiveThreads()));
        return handler;
    }

    /** The worker step: the clients of one range, a chunk of them per transaction. */
    @Bean
    Step reconcileClientRange(JobRepository jobRepository, PlatformTransactionManager tm,
            ReconcileProperties properties, ItemStreamReader<ClientRecords> clientsOfRange,
            ItemProcessor<ClientRecords, ClientOutcome> reconcileClient,
            ItemWriter<ClientOutcome> reconciliationWriter, ProgressListener progress) {
        return new StepBuilder("reconcileClientRange", jobRepository)
                .<ClientRecords, ClientOutcome>chunk(properties.reconcileChunkSize())
                .transactionManager(tm)
                .reader(clientsOfRange)
                .processor(reconcileClient)
                .writer(reconciliationWriter)
                .listener(progress)
                .build();
    }

    /** A batch is a chunk: each chunk's clients are assembled with one query per table. */
    @Bean
    @StepScope
    ItemStreamReader<ClientRecords> clientsOfRange(JdbcTemplate jdbc, ReconcileProperties properties,
            @Value("#{jobParameters['runDate']}") LocalDate runDate,
            @Value("#{stepExecutionContext['" + ClientRangePartitioner.FROM_CLIENT_ID + "']}") String fromId,
            @Value("#{stepExecutionContext['" + ClientRangePartitioner.TO_CLIENT_ID + "']}") String toId) {
        RunScope scope = RunScope.resolved(jdbc, runDate);
        return new ClientBatchReader(jdbc, scope, new ClientRecordsAssembler(jdbc, scope), fromId, toId,
                properties.reconcileChunkSize(), runDate);
    }

    @Bean
    @StepScope
    ItemProcessor<ClientRecords, ClientOutcome> reconcileClient(Catalogs catalogs, ReconcileProperties properties,
            FindingStore findings, ClientNightStore clientNights, ReviewEntryStore entries,
            @Value("#{jobParameters['runDate']}") LocalDate runDate,
            @Value("#{jobParameters['attempt']}") Long attempt, @Value("#{jobParameters['outDir']}") String outDir) {
        ReconciliationSettings settings = new ReconciliationSettings(runDate, properties.windowDaysBefore(),
                properties.windowDaysAfter(), properties.tolerance(), properties.reversalDays(),
                properties.deadlineSoonDays());
        return new ReconcileClientProcessor(new ReconciliationEngine(catalogs, settings), entries,
                CarryForward.forNight(findings, clientNights, properties, runDate, attempt, outDir));
    }

    @Bean
    @StepScope
    ItemWriter<ClientOutcome> reconciliationWriter(FindingStore findings, PenaltyFigureStore penalties,
            ClientNightStore clientNights, ReviewEntryStore entries, ReconcileProperties properties,
            @Value("#{jobParameters['runDate']}") LocalDate runDate,
            @Value("#{jobParameters['attempt']}") Long attempt, @Value("#{jobParameters['outDir']}") String outDir) {
        return new ReconciliationWriter(findings, penalties, clientNights, new NightOverNight(findings, entries, runDate),
                CarryForward.forNight(findings, clientNights, properties, runDate, attempt, outDir), runDate,
                RunFolder.of(outDir, runDate).clients(), properties.reportContext(runDate));
    }
}
