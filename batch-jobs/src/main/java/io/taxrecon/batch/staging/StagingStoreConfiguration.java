package io.taxrecon.batch.staging;

import io.taxrecon.batch.ingest.InputFileLedger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The staging store's owners, over Boot's {@link JdbcTemplate}: the ledger of files, the finding
 * store, the penalty figures, what each night knew of each client and the reviewers' entries.
 */
@Configuration(proxyBeanMethods = false)
public class StagingStoreConfiguration {

    @Bean
    InputFileLedger inputFileLedger(JdbcTemplate jdbc) {
        return new InputFileLedger(jdbc);
    }

    @Bean
    FindingStore findingStore(JdbcTemplate jdbc) {
        return new FindingStore(jdbc);
    }

    @Bean
    PenaltyFigureStore penaltyFigureStore(JdbcTemplate jdbc) {
        return new PenaltyFigureStore(jdbc);
    }

    @Bean
    ClientNightStore clientNightStore(JdbcTemplate jdbc) {
        return new ClientNightStore(jdbc);
    }

    @Bean
    ReviewEntryStore reviewEntryStore(JdbcTemplate jdbc) {
        return new ReviewEntryStore(jdbc);
    }
}
