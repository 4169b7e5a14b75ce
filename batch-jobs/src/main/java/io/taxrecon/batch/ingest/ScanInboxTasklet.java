package io.taxrecon.batch.ingest;

import io.taxrecon.formats.inbox.InboxScanner;
import java.nio.file.Path;
import java.time.LocalDate;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Scans the night's inbox (every file readable, of a known kind, with its required columns) and
 * records it in the ledger, which tells which files are new. A file that cannot be read stops
 * the run here, before anything is loaded.
 */
public final class ScanInboxTasklet implements Tasklet {

    private final InboxScanner scanner;
    private final InputFileLedger ledger;
    private final LocalDate runDate;
    private final Path inbox;

    public ScanInboxTasklet(InboxScanner scanner, InputFileLedger ledger, LocalDate runDate, Path inbox) {
        this.scanner = scanner;
        this.ledger = ledger;
        this.runDate = runDate;
        this.inbox = inbox;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        ledger.recordRunInputs(runDate, scanner.scan(inbox));
        return RepeatStatus.FINISHED;
    }
}
