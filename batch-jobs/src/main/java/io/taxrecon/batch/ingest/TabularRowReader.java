package io.taxrecon.batch.ingest;

import io.taxrecon.core.ingest.RawRow;
import java.nio.file.Path;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads one inbox file row by row. The count of rows read is saved at each commit, so a
 * restarted ingestion resumes after the last row that was staged.
 */
public final class TabularRowReader extends AbstractItemCountingItemStreamItemReader<RawRow> {

    private final Path path;
    private final String displayName;
    private final String preferredSheet;
    private TabularFile file;

    public TabularRowReader(Path path, String displayName, String preferredSheet) {
        this.path = path;
        this.displayName = displayName;
        this.preferredSheet = preferredSheet;
        setName("rows-" + displayName);
    }

    @Override
    protected void doOpen() {
        file = TabularFile.open(path, displayName, preferredSheet);
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
