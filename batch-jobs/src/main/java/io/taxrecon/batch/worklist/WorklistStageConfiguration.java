package io.taxrecon.batch.worklist;

import io.taxrecon.batch.ReconcileProperties;
import io.taxrecon.batch.staging.ReviewEntryStore;
import java.time.LocalDate;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The worklist stage of the nightly job: step {@code readWorklist}, after prepare and before
 * ingest, so that every entry is stored before any output of the night is written. A restart
 * reads the worklist again even when the step had completed: the reviewer may have typed into it
 * since the run was killed, and the restart writes it anew. Reading twice stores nothing twice.
 */
@Configuration(proxyBeanMethods = false)
public class WorklistStageConfiguration {

    @Bean
    Step readWorklist(JobRepository jobRepository, PlatformTransactionManager tm, Tasklet readWorklistTasklet) {
        return new StepBuilder("readWorklist", jobRepository).tasklet(readWorklistTasklet, tm)
                .allowStartIfComplete(true)
                .build();
    }

    /** Declared as a {@link Tasklet}: the job scope's proxy is of the interface. */
    @Bean
    @JobScope
    Tasklet readWorklistTasklet(ReviewEntryStore entries, ReconcileProperties properties,
            @Value("#{jobParameters['runDate']}") LocalDate runDate,
            @Value("#{jobParameters['outDir']}") String outDir) {
        return new ReadWorklistTasklet(entries, WorklistOutput.of(outDir), properties.reportContext(runDate).password(),
                runDate, System.out);
    }
}
