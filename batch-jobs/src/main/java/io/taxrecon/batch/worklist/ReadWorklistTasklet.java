package io.taxrecon.batch.worklist;

import io.taxrecon.batch.staging.ReviewEntryStore;
import io.taxrecon.batch.staging.ReviewEntryStore.Outcome;
import io.taxrecon.batch.staging.ReviewEntryStore.WorklistReading;
import io.taxrecon.reports.worklist.WorklistRead;
import io.taxrecon.reports.worklist.WorklistReader;
import io.taxrecon.reports.worklist.WorklistWorkbook;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Reads the reviewer's columns back from {@code OUT/worklist.xlsx} before anything of the night is
 * written, and stores every entry with the run date it was read on. A worklist that cannot be read
 * changes nothing stored: the run goes on with the stored entries, says so in one console line
 * (and, through the store, in run-summary.json), and keeps the file aside under another name so
 * that tonight's worklist does not replace what the reviewer typed into it.
 */
public final class ReadWorklistTasklet implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(ReadWorklistTasklet.class);

    private final ReviewEntryStore entries;
    private final Path worklist;
    private final String password;
    private final LocalDate runDate;
    private final PrintStream console;

    public ReadWorklistTasklet(ReviewEntryStore entries, Path worklist, String password, LocalDate runDate,
            PrintStream console) {
        this.entries = entries;
        this.worklist = worklist;
        this.password = password;
        this.runDate = runDate;
        this.console = console;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        readAndStore();
        return RepeatStatus.FINISHED;
    }

    /**
     * Reads the worklist and stores what the reviewer typed (or records why it could not be read).
     * Also for {@code forget}, which writes the worklist again and must lose no word first.
     */
    public void readAndStore() {
        WorklistRead read = new WorklistReader().read(worklist, password, runDate);
        WorklistReading reading;
        if (read instanceof WorklistRead.Entries found) {
            int added = entries.store(runDate, found.entries());
            found.warnings().forEach(w -> console.println("Worklist: " + w));
            LOG.info("worklist read: {} entries ({} with words), {} changed since they were last stored",
                    found.entries().size(), found.withWords(), added);
            reading = new WorklistReading(Outcome.READ, found.withWords(),
                    found.warnings().isEmpty() ? null : String.join("; ", found.warnings()), null);
        } else if (read instanceof WorklistRead.Unreadable unreadable) {
            reading = unreadable(unreadable.reason());
        } else {
            reading = new WorklistReading(Outcome.MISSING, 0, null, null); // the first night: nothing to read
        }
        entries.recordReading(runDate, reading);
    }

    private WorklistReading unreadable(String reason) {
        String aside;
        String message;
        try {
            Path copy = WorklistWorkbook.setAside(worklist, runDate);
            aside = copy == null ? null : copy.getFileName().toString();
            message = reason + (aside == null ? "" : "; the file is kept as " + aside);
        } catch (IOException e) {
            // no copy: tonight's worklist must not replace the reviewer's file (WorklistOutput checks)
            aside = null;
            message = reason + "; it could not be copied aside, so tonight's worklist is not written over it";
        }
        console.println("Worklist: " + message);
        LOG.warn("worklist unreadable: {}", message);
        return new WorklistReading(Outcome.UNREADABLE, 0, message, aside);
    }
}
