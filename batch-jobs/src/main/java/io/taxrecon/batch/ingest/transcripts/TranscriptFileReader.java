package io.taxrecon.batch.ingest.transcripts;

import io.taxrecon.batch.staging.RunScope;
import io.taxrecon.batch.staging.StagedTables;
import io.taxrecon.core.clients.Client;
import io.taxrecon.core.transcriptfiles.ParsedTranscript;
import io.taxrecon.core.transcriptfiles.TranscriptEntry;
import io.taxrecon.core.transcriptfiles.TranscriptLine;
import io.taxrecon.core.transcriptfiles.TranscriptOwner;
import io.taxrecon.core.transcriptfiles.TranscriptParser;
import io.taxrecon.core.transcriptfiles.TranscriptRows;
import io.taxrecon.core.values.InvalidValueException;
import io.taxrecon.core.values.Tin;
import io.taxrecon.formats.inbox.InboxScanner;
import io.taxrecon.formats.tabular.UnreadableInputException;
import io.taxrecon.formats.transcripts.TranscriptFile;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads one transcript file into its entries: the file is read and parsed whole on open (a
 * transcript is pages, not millions of rows), its client named by folder or prefix and looked up
 * among the clients staged for the run, its TIN chosen by the last four digits. A transcript that
 * cannot be attributed, or is in the place of another kind, is one refusal and nothing else. The
 * count of entries read is saved at each commit, so a restart resumes after the last one staged.
 */
public final class TranscriptFileReader extends AbstractItemCountingItemStreamItemReader<TranscriptEntry> {

    private final Path path;
    private final String fileName;
    private final String sha256;
    private final TranscriptParser parser;
    private final JdbcTemplate jdbc;
    private final LocalDate runDate;
    private List<TranscriptEntry> entries;

    public TranscriptFileReader(Path path, String fileName, String sha256, TranscriptParser parser, JdbcTemplate jdbc,
            LocalDate runDate) {
        this.path = path;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.parser = parser;
        this.jdbc = jdbc;
        this.runDate = runDate;
        setName("transcript-" + fileName);
    }

    @Override
    protected void doOpen() {
        InboxScanner.requireUnchanged(path, fileName, sha256);
        List<TranscriptLine> lines = TranscriptFile.read(path, fileName);
        ParsedTranscript transcript;
        try {
            transcript = parser.parse(lines);
        } catch (IllegalArgumentException e) {
            throw new UnreadableInputException(fileName + ": " + e.getMessage(), e);
        }
        entries = entries(transcript, lines.get(0));
    }

    private List<TranscriptEntry> entries(ParsedTranscript transcript, TranscriptLine firstLine) {
        TranscriptLine tinLine = transcript.tinAt() != null ? transcript.tinAt() : firstLine;
        Optional<String> misplaced = TranscriptOwner.misplaced(fileName, transcript.product());
        if (misplaced.isPresent()) {
            return List.of(TranscriptRows.refused(fileName, firstLine, null, fileName, misplaced.get()));
        }
        Optional<String> clientId = TranscriptOwner.clientIdOf(fileName);
        if (clientId.isEmpty()) {
            return List.of(TranscriptRows.refused(fileName, firstLine, null, fileName, "a transcript names no client: "
                    + "put it in " + TranscriptOwner.FOLDER + "/<client_id>/ or name it <client_id>_..."));
        }
        List<Client> rows = jdbc.query(StagedTables.CLIENTS.clientInLoadOrder(RunScope.of(runDate)), StagedTables.CLIENTS,
                clientId.get());
        if (rows.isEmpty()) {
            return List.of(TranscriptRows.refused(fileName, firstLine, clientId.get(), clientId.get(),
                    "no client with this client_id in any clients file"));
        }
        Tin tin;
        try {
            tin = TranscriptOwner.tinOf(rows.get(rows.size() - 1), transcript.tinLastFour());
        } catch (InvalidValueException e) {
            return List.of(TranscriptRows.refused(fileName, tinLine, clientId.get(),
                    transcript.tinLastFour() == null ? "" : "XXX-XX-" + transcript.tinLastFour(), e.getMessage()));
        }
        return TranscriptRows.of(transcript, fileName, clientId.get(), tin, sha256.substring(0, 12));
    }

    @Override
    protected TranscriptEntry doRead() {
        int index = getCurrentItemCount() - 1; // the count already includes the item being read
        return index < entries.size() ? entries.get(index) : null;
    }

    @Override
    protected void doClose() {
        entries = null;
    }
}
