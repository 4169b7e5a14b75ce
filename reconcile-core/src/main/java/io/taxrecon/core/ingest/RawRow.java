package io.taxrecon.core.ingest;

import io.taxrecon.core.values.SourceRef;
import java.util.List;

/**
 * One data row of an input file before it is read: its cells in the file's column order (a row
 * may be shorter than the header; the missing cells are blank) and where it came from.
 */
public record RawRow(SourceRef source, List<RawCell> cells) {

    public RawRow {
        cells = cells.stream().map(c -> c == null ? RawCell.text("") : c).toList();
    }

    /** The cell at {@code index}, blank when the row is shorter. */
    public RawCell cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : RawCell.text("");
    }

    /** A CSV row: every cell is text. */
    public static RawRow ofText(SourceRef source, List<String> texts) {
        return new RawRow(source, texts.stream().map(RawCell::text).toList());
    }
}
