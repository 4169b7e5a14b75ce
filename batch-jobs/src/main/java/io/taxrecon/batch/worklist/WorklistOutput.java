package io.taxrecon.batch.worklist;

import io.taxrecon.batch.staging.FindingStore;
import io.taxrecon.batch.staging.ReviewEntryStore;
import io.taxrecon.batch.staging.ReviewEntryStore.Outcome;
import io.taxrecon.batch.staging.ReviewEntryStore.WorklistReading;
import io.taxrecon.core.worklist.NightView;
import io.taxrecon.reports.clientworkbook.ReportContext;
import io.taxrecon.reports.files.AtomicFile;
import io.taxrecon.reports.worklist.WorklistWorkbook;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes {@code OUT/worklist.xlsx} at the end of a night, through a temporary file and a rename,
 * when the night is the latest of the store: a re-run of a past date leaves the worklist, which
 * always reflects the latest night, alone. Nor is an unreadable worklist that could not be kept
 * aside written over. A worklist that cannot be written (Excel holds it on a share) does not fail
 * the night: the entries are stored, and the next night writes it.
 */
public final class WorklistOutput {

    /** The worklist lives beside the run-date folders: OUT/worklist.xlsx. */
    public static Path of(String outDir) {
        return Path.of(outDir).resolve(WorklistWorkbook.FILE_NAME);
    }

    private static final Logger LOG = LoggerFactory.getLogger(WorklistOutput.class);

    private final FindingStore findings;
    private final ReviewEntryStore entries;
    private final Path worklist;
    private final ReportContext context;
    private final PrintStream console;

    public WorklistOutput(FindingStore findings, ReviewEntryStore entries, Path worklist, ReportContext context,
            PrintStream console) {
        this.findings = findings;
        this.entries = entries;
        this.worklist = worklist;
        this.context = context;
        this.console = console;
    }

    /**
     * What became of the worklist on a night.
     *
     * @param reading how reading it at the start of the run went; null when the run did not read it
     * @param written "written", or why not
     */
    public record Result(Path file, WorklistReading reading, String written) {
    }

    /** Writes the worklist of the firm's night, or says why not. */
    public Result publish(NightView night) {
        WorklistReading reading = entries.lastReading(night.runDate()).orElse(null);
        return new Result(worklist, reading, write(night, reading));
    }

    private String write(NightView night, WorklistReading reading) {
        if (findings.laterNightCompleted(night.runDate())) {
            return "not written: a later night completed, and the worklist reflects the latest night";
        }
        if (reading != null && reading.outcome() == Outcome.UNREADABLE && reading.setAsideAs() == null
                && Files.exists(worklist)) {
            return "not written: the unreadable worklist could not be kept aside";
        }
        try {
            // a run killed while writing the worklist left its temporary file beside it
            AtomicFile.removeLeftovers(worklist.getParent());
            LOG.info("writing the worklist {}: {} open, {} resolved", worklist, night.open().size(),
                    night.resolved().size());
            new WorklistWorkbook().write(night, context, worklist);
            LOG.info("worklist written");
            return "written";
        } catch (IOException e) {
            String why = "not written (" + e.getClass().getSimpleName() + "): the entries are stored and the next "
                    + "night writes it";
            console.println("Worklist: " + worklist.getFileName() + " " + why);
            LOG.warn("worklist {} {}", worklist, why, e);
            return why;
        }
    }
}
