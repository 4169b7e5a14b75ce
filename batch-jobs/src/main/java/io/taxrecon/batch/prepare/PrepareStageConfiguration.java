package io.taxrecon.batch.prepare;

import io.taxrecon.batch.outputs.RunFolder;
import io.taxrecon.batch.staging.ClientNightStore;
import io.taxrecon.batch.staging.FindingStore;
import io.taxrecon.batch.staging.PenaltyFigureStore;
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

/** The prepare stage of the nightly job: step {@code prepareRun}. */
@Configuration(proxyBeanMethods = false)
public class PrepareStageConfiguration {

    @Bean
    Step prepareRun(JobRepository jobRepository, PlatformTransactionManager tm, Tasklet prepareRunTasklet) {
        return new StepBuilder("prepareRun", jobRepository)
                .tasklet(prepareRunTasklet, tm)
                .build();
    }

    /** Declared as a {@link Tasklet}: the job scope's proxy is of the interface. */
    @Bean
    @JobScope
    Tasklet prepareRunTasklet(FindingStore findings, PenaltyFigureStore penalties, ClientNightStore clientNights,
            @Value("#{jobParameters['runDate']}") LocalDate runDate,
            @Value("#{jobParameters['outDir']}") String outDir) {
        return new PrepareRunTasklet(findings, penalties, clientNights, runDate, RunFolder.of(outDir, runDate));
    }
}
