package io.taxrecon.batch.prepare;

import io.taxrecon.batch.outputs.RunFolder;
import io.taxrecon.batch.staging.ClientNightStore;
import io.taxrecon.batch.staging.FindingStore;
import io.taxrecon.batch.staging.PenaltyFigureStore;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Starts a night from nothing: forgets what an earlier attempt of the same date concluded and
 * empties its output folder. A restart does not run it again (the step completed), so a resumed
 * night keeps what it had done.
 */
public final class PrepareRunTasklet implements Tasklet {

    private final FindingStore findings;
    private final PenaltyFigureStore penalties;
    private final ClientNightStore clientNights;
    private final LocalDate runDate;
    private final RunFolder runFolder;

    public PrepareRunTasklet(FindingStore findings, PenaltyFigureStore penalties, ClientNightStore clientNights,
            LocalDate runDate, RunFolder runFolder) {
        this.findings = findings;
        this.penalties = penalties;
        this.clientNights = clientNights;
        this.runDate = runDate;
        this.runFolder = runFolder;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws IOException {
        findings.forgetNight(runDate);
        penalties.forgetNight(runDate);
        clientNights.forgetNight(runDate);
        runFolder.clear();
        return RepeatStatus.FINISHED;
    }
}
