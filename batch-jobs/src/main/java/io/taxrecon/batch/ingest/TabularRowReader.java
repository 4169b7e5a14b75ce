package io.taxrecon.batch.ingest;

import io.taxrecon.core.ingest.RawRow;
import io.taxrecon.formats.inbox.InboxScanner;
import io.taxrecon.formats.tabular.TabularFile;
import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads one inbox file row by row. The count of rows read is saved at each commit, so a
 * restarted ingestion resumes after the last row that was staged.
 */
public final class TabularRowReader extends AbstractItemCountingItemStreamItemReader<RawRow>
        implements InboxFileReader {

    private final Path path;
    private final String displayName;
    private final String preferredSheet;
    private final String sha256;
    private TabularFile file;

    /** @param sha256 the content the run scanned: a restart must resume in the same file, not an edited one */
    public TabularRowReader(Path path, String displayName, String preferredSheet, String sha256) {
        this.path = path;
        this.displayName = displayName;
        this.preferredSheet = preferredSheet;
        this.sha256 = sha256;
        setName("rows-" + displayName);
    }

    @Override
    protected void doOpen() {
        InboxScanner.requireUnchanged(path, displayName, sha256);
        file = TabularFile.open(path, displayName, preferredSheet);
    }

    @Override
    public List<String> header() {
        if (file == null) {
            throw new IllegalStateException(displayName + " is not open");
        }
        return file.header();
    }

    @Override
    protected RawRow doRead() throws Exception {
        return file.next();
    }

    @Override
    protected void doClose() throws Exception {
        if (file != null) {
            file.close();
            file = null;
        }
    }
}
