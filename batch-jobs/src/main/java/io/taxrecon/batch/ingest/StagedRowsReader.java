package io.taxrecon.batch.ingest;

import io.taxrecon.core.ingest.RawRow;
import java.util.Iterator;
import java.util.List;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The rows of an inbox file its step stages: every row of a file loaded in full; of a file
 * re-exported from an earlier one, only the rows the earlier one lacks ({@link RowDelta}), taken
 * from the first pass when it kept them, else read from the file again with the inherited rows
 * passed over before they cost the step anything. The count of rows staged is saved at each
 * commit, and a restart passes over as many again, the same ones (the first pass finds the same).
 */
public final class StagedRowsReader extends AbstractItemCountingItemStreamItemReader<RawRow>
        implements InboxFileReader {

    private final TabularRowReader file;
    private final RowDelta delta;
    private Iterator<RawRow> kept;
    private boolean fileOpen;

    public StagedRowsReader(TabularRowReader file, RowDelta delta, String displayName) {
        this.file = file;
        this.delta = delta;
        setName("rows-" + displayName);
    }

    @Override
    public List<String> header() {
        return kept != null ? delta.header() : file.header();
    }

    @Override
    protected void doOpen() {
        List<RawRow> rows = delta.rowsToStage();
        if (rows != null) {
            kept = rows.iterator();
        } else {
            file.open(new ExecutionContext());
            fileOpen = true;
        }
    }

    @Override
    protected RawRow doRead() throws Exception {
        if (kept != null) {
            return kept.hasNext() ? kept.next() : null;
        }
        for (RawRow row = file.read(); row != null; row = file.read()) {
            if (!delta.inherits(row)) {
                return row;
            }
        }
        return null;
    }

    @Override
    protected void doClose() {
        kept = null;
        if (fileOpen) {
            file.close();
            fileOpen = false;
        }
    }
}
