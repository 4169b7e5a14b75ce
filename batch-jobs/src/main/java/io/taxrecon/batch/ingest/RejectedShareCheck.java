package io.taxrecon.batch.ingest;

import io.taxrecon.formats.inbox.InboxFile;
import io.taxrecon.formats.tabular.UnreadableInputException;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * After a file is ingested, judges it whole: a file with more than the allowed share of its rows
 * rejected is more likely a wrong export than a few bad rows, so it fails the step (and the run)
 * with one line naming it. A file that passes is marked loaded, with its counts (the staging
 * writer's, kept in the step's execution context).
 */
public final class RejectedShareCheck implements StepExecutionListener {

    private final InputFileLedger ledger;
    private final double maxRejectedShare;
    private final InboxFile file;

    public RejectedShareCheck(InputFileLedger ledger, double maxRejectedShare, InboxFile file) {
        this.ledger = ledger;
        this.maxRejectedShare = maxRejectedShare;
        this.file = file;
    }

    @Override
    public ExitStatus afterStep(StepExecution step) {
        if (step.getStatus() != BatchStatus.COMPLETED) {
            return step.getExitStatus();
        }
        long[] staged = StagingWriter.counts(step.getExecutionContext());
        long[] inherited = RowDelta.inheritedCounts(step.getExecutionContext());
        long[] counts = {staged[0] + inherited[0], staged[1] + inherited[1]}; // the file judged whole
        long read = counts[0] + counts[1];
        if (read > 0 && counts[1] > maxRejectedShare * read) {
            // not marked loaded: once the file is fixed (new content), or the share raised
            // and the date run again with --rerun, it loads afresh
            step.setStatus(BatchStatus.FAILED);
            String message = String.format("%s: %d of %d rows were rejected (more than %.0f%%), most often "
                    + "\"%s\": the file looks broken; fix it or raise taxrecon.max-rejected-share",
                    file.name(), counts[1], read, maxRejectedShare * 100, ledger.commonestReason(file.sha256()));
            step.addFailureException(new UnreadableInputException(message));
            return ExitStatus.FAILED.addExitDescription(message);
        }
        ledger.markLoaded(file, counts);
        return step.getExitStatus();
    }
}
