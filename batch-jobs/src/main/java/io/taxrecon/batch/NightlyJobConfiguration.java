package io.taxrecon.batch;

import io.taxrecon.batch.ingest.IngestStageConfiguration;
import io.taxrecon.batch.ingest.transcripts.TranscriptIngestStageConfiguration;
import io.taxrecon.batch.outputs.OutputsStageConfiguration;
import io.taxrecon.batch.prepare.PrepareStageConfiguration;
import io.taxrecon.batch.progress.ProgressListener;
import io.taxrecon.batch.reconcile.CarryStageConfiguration;
import io.taxrecon.batch.reconcile.ReconcileStageConfiguration;
import io.taxrecon.batch.staging.StagingStoreConfiguration;
import io.taxrecon.batch.worklist.WorklistStageConfiguration;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * The nightly job, {@value #JOB_NAME}, stage by stage:
 * <ol>
 *   <li>prepare ({@link PrepareStageConfiguration}): a fresh run, or an explicit re-run, starts from
 *       nothing for its date;</li>
 *   <li>worklist ({@link WorklistStageConfiguration}): the reviewer's entries are read back from
 *       worklist.xlsx and stored before anything of the night is written;</li>
 *   <li>ingest ({@link IngestStageConfiguration}): scan the inbox, load each new file (one
 *       partition per file, files side by side, each a restartable chunk step), then the IRS
 *       transcript files ({@link TranscriptIngestStageConfiguration}: after the clients are staged,
 *       whose TINs a transcript is attributed to), then reject the rows of clients no clients file
 *       names;</li>
 *   <li>reconcile ({@link ReconcileStageConfiguration}): client by client, ranges of consecutive
 *       client ids side by side, on local threads or (profile {@code remote}) in worker processes;</li>
 *   <li>outputs ({@link OutputsStageConfiguration}): the firm-wide files of the night, the worklist
 *       among them.</li>
 * </ol>
 * {@code taxrecon.threads} sets how many partitions run at once. The staging store the stages
 * share is {@link StagingStoreConfiguration}'s.
 *
 * <p>Parameters: {@code runDate} (identifying: a run date is one job instance), {@code attempt}
 * (identifying: bumped by an explicit re-run of a completed date), {@code inbox} and
 * {@code outDir}; {@link io.taxrecon.batch.cli.NightlyRun#parameters} builds them.
 */
@Configuration(proxyBeanMethods = false)
@Import({StagingStoreConfiguration.class, PrepareStageConfiguration.class, WorklistStageConfiguration.class,
        IngestStageConfiguration.class, TranscriptIngestStageConfiguration.class, CarryStageConfiguration.class, ReconcileStageConfiguration.class,
        OutputsStageConfiguration.class})
public class NightlyJobConfiguration {

    public static final String JOB_NAME = "nightlyReconciliation";

    @Bean
    Job nightlyReconciliation(JobRepository jobRepository,
            Step prepareRun, Step readWorklist,
            Step scanInbox, Step ingestFiles, Step ingestTranscripts, Step rejectRowsWithoutClient,
            Step carryUnchangedClients, Step reconcileClients,
            Step writeRunOutputs) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(prepareRun)
                .next(readWorklist)
                .next(scanInbox)
                .next(ingestFiles)
                .next(ingestTranscripts)
                .next(rejectRowsWithoutClient)
                .next(carryUnchangedClients)
                .next(reconcileClients)
                .next(writeRunOutputs)
                .build();
    }

    /** Progress of the ingest and reconcile steps on the console, and in the log. */
    @Bean
    ProgressListener progressListener() {
        return ProgressListener.forConsole();
    }
}
