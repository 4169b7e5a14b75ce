package io.taxrecon.batch.reconcile;

import io.taxrecon.batch.ReconcileProperties;
import io.taxrecon.batch.ingest.ChangedClients;
import io.taxrecon.batch.outputs.RunFolder;
import io.taxrecon.batch.progress.ProgressListener;
import io.taxrecon.batch.staging.ClientNightStore;
import io.taxrecon.batch.staging.ClientNightStore.ClientNight;
import io.taxrecon.batch.staging.FindingStore;
import io.taxrecon.batch.staging.PenaltyFigureStore;
import io.taxrecon.batch.staging.ReviewEntryStore;
import java.time.LocalDate;
import java.util.List;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The carry stage of the nightly job, before the clients are reconciled: {@code carryUnchangedClients}
 * carries forward, a chunk at a time and without reading their rows, the clients whose staged rows,
 * reviewer entries and run context cannot have changed since the previous night and whose answer
 * still holds tonight ({@link ChangedClients}, {@link CarryForward#unchangedClients}). The reconcile
 * step then reads only the clients this night has not decided yet. A redone step picks the clients
 * again and skips those already carried, so it needs no saved state.
 */
@Configuration(proxyBeanMethods = false)
public class CarryStageConfiguration {

    @Bean
    Step carryUnchangedClients(JobRepository jobRepository, PlatformTransactionManager tm,
            ReconcileProperties properties, ItemReader<ClientNight> unchangedClients,
            ItemWriter<ClientNight> carriedClientsWriter, ProgressListener progress) {
        return new StepBuilder("carryUnchangedClients", jobRepository)
                .<ClientNight, ClientNight>chunk(properties.reconcileChunkSize())
                .transactionManager(tm)
                .reader(unchangedClients)
                .writer(carriedClientsWriter)
                .listener(progress)
                .build();
    }

    @Bean
    @StepScope
    ItemReader<ClientNight> unchangedClients(JdbcTemplate jdbc, FindingStore findings, ClientNightStore clientNights,
            ReviewEntryStore entries, ReconcileProperties properties,
            @Value("#{jobParameters['runDate']}") LocalDate runDate,
            @Value("#{jobParameters['attempt']}") Long attempt, @Value("#{jobParameters['outDir']}") String outDir) {
        CarryForward carry = CarryForward.forNight(findings, clientNights, properties, runDate, attempt, outDir);
        List<ClientNight> unchanged = carry.previousNight() == null ? List.of()
                : carry.unchangedClients(new ChangedClients(jdbc, entries)
                        .between(carry.previousNight(), runDate));
        return new ListItemReader<>(unchanged);
    }

    @Bean
    @StepScope
    ItemWriter<ClientNight> carriedClientsWriter(FindingStore findings, PenaltyFigureStore penalties,
            ClientNightStore clientNights, ReconcileProperties properties,
            @Value("#{jobParameters['runDate']}") LocalDate runDate,
            @Value("#{jobParameters['attempt']}") Long attempt, @Value("#{jobParameters['outDir']}") String outDir) {
        return new CarriedClientsWriter(findings, penalties, clientNights,
                CarryForward.forNight(findings, clientNights, properties, runDate, attempt, outDir), runDate,
                RunFolder.of(outDir, runDate).clients());
    }
}
