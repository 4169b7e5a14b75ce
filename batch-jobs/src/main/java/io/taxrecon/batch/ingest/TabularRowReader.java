package io.taxrecon.batch.ingest;

import io.taxrecon.core.ingest.ColumnAliases;
import io.taxrecon.core.ingest.FormRows;
import io.taxrecon.core.ingest.InputKind;
import io.taxrecon.core.ingest.RawRow;
import io.taxrecon.formats.inbox.InboxScanner;
import io.taxrecon.formats.tabular.TabularFile;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads one inbox file row by row. The count of rows read is saved at each commit, so a
 * restarted ingestion resumes after the last row that was staged. A W-2/1099 file of one row per
 * form is read as one row per box ({@link FormRows}): the count is of box rows, which a restart
 * replays the same way.
 */
public final class TabularRowReader extends AbstractItemCountingItemStreamItemReader<RawRow>
        implements InboxFileReader {

    private final Path path;
    private final String displayName;
    private final String preferredSheet;
    private final String sha256;
    private final InputKind kind;
    private final ColumnAliases aliases;
    private final Deque<RawRow> widened = new ArrayDeque<>();
    private TabularFile file;
    private Optional<FormRows> formRows = Optional.empty();

    /** @param sha256 the content the run scanned: a restart must resume in the same file, not an edited one */
    public TabularRowReader(Path path, String displayName, InputKind kind, String sha256, ColumnAliases aliases) {
        this.path = path;
        this.displayName = displayName;
        this.preferredSheet = kind.fileStem();
        this.sha256 = sha256;
        this.kind = kind;
        this.aliases = aliases;
        setName("rows-" + displayName);
    }

    @Override
    protected void doOpen() {
        InboxScanner.requireUnchanged(path, displayName, sha256);
        file = TabularFile.open(path, displayName, preferredSheet);
        formRows = FormRows.of(kind, file.header(), aliases);
    }

    @Override
    public List<String> header() {
        if (file == null) {
            throw new IllegalStateException(displayName + " is not open");
        }
        return formRows.map(FormRows::header).orElseGet(file::header);
    }

    @Override
    protected RawRow doRead() throws Exception {
        if (formRows.isEmpty()) {
            return file.next();
        }
        while (widened.isEmpty()) {
            RawRow formRow = file.next();
            if (formRow == null) {
                return null;
            }
            widened.addAll(formRows.get().widen(formRow));
        }
        return widened.poll();
    }

    @Override
    protected void doClose() throws Exception {
        if (file != null) {
            file.close();
            file = null;
            widened.clear();
        }
    }
}
