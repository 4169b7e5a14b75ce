package io.taxrecon.batch.ingest;

import io.taxrecon.formats.transcripts.TranscriptFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One ingest partition per file of the night's inbox that was not loaded before (the tabular
 * files, or the transcript files, which load after them), its context
 * naming the file ({@link #PATH}, {@link #FILE_NAME}, {@link #SHA256}, {@link #KIND}) and giving its
 * size ({@link #BYTES}).
 */
public final class NewInboxFiles implements Partitioner {

    public static final String PATH = "path";
    public static final String FILE_NAME = "fileName";
    public static final String SHA256 = "sha256";
    public static final String KIND = "kind";
    /** The file's size: the largest files are loaded first. */
    public static final String BYTES = "bytes";

    private final InputFileLedger ledger;
    private final LocalDate runDate;
    private final Path inbox;
    private final boolean transcripts;

    /** The partitions of the tabular files (CSV, Excel). */
    public NewInboxFiles(InputFileLedger ledger, LocalDate runDate, Path inbox) {
        this(ledger, runDate, inbox, false);
    }

    /** @param transcripts true for the partitions of the transcript files, false for the tabular files' */
    public NewInboxFiles(InputFileLedger ledger, LocalDate runDate, Path inbox, boolean transcripts) {
        this.ledger = ledger;
        this.runDate = runDate;
        this.inbox = inbox;
        this.transcripts = transcripts;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (InputFileLedger.RunInput input : ledger.runInputs(runDate)) {
            boolean transcript = TranscriptFile.formatOf(inbox.resolve(input.fileName())).isPresent();
            if (input.newlyLoaded() && transcript == transcripts) {
                ExecutionContext context = new ExecutionContext();
                context.putString(PATH, inbox.resolve(input.fileName()).toString());
                context.putString(FILE_NAME, input.fileName());
                context.putString(SHA256, input.sha256());
                context.putString(KIND, input.kind().name());
                context.putLong(BYTES, size(inbox.resolve(input.fileName())));
                // the name is stored in the job repository (100 characters at most): the file's
                // name, which may be long or personal, stays in the partition's context
                partitions.put(String.format("file%03d", input.position()), context);
            }
        }
        return partitions;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // unreadable now: its reader says why, in one line
        }
    }
}
