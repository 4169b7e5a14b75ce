package io.taxrecon.batch.outputs;

import io.taxrecon.batch.ReconcileProperties;
import io.taxrecon.batch.ingest.InputFileLedger;
import io.taxrecon.batch.staging.FindingStore;
import io.taxrecon.batch.staging.ReviewEntryStore;
import io.taxrecon.batch.worklist.NightOverNight;
import io.taxrecon.batch.worklist.WorklistOutput;
import io.taxrecon.reports.clientworkbook.ReportContext;
import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** The outputs stage of the nightly job: step {@code writeRunOutputs}, the firm-wide files of the night and the worklist. */
@Configuration(proxyBeanMethods = false)
public class OutputsStageConfiguration {

    @Bean
    Step writeRunOutputs(JobRepository jobRepository, PlatformTransactionManager tm, Tasklet runOutputs) {
        return new StepBuilder("writeRunOutputs", jobRepository).tasklet(runOutputs, tm).build();
    }

    /** Declared as a {@link Tasklet}: the job scope's proxy is of the interface. */
    @Bean
    @JobScope
    Tasklet runOutputs(JdbcTemplate jdbc, FindingStore findings, ReviewEntryStore entries, InputFileLedger ledger,
            ReconcileProperties properties, @Value("#{jobParameters['runDate']}") LocalDate runDate,
            @Value("#{jobParameters['inbox']}") String inbox,
            @Value("#{jobParameters['outDir']}") String outDir) {
        ReportContext context = properties.reportContext(runDate);
        return new RunOutputsTasklet(jdbc, findings, ledger, new NightOverNight(findings, entries, runDate),
                new WorklistOutput(findings, entries, WorklistOutput.of(outDir), context, System.out), runDate,
                Path.of(inbox), RunFolder.of(outDir, runDate).path(), context);
    }
}
