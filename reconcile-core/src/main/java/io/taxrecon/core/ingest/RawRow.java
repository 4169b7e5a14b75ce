package io.taxrecon.core.ingest;

import io.taxrecon.core.values.SourceRef;
import java.util.List;

/**
 * One data row of an input file before it is read: its cells in the file's column order (a row
 * may be shorter than the header; the missing cells are blank) and where it came from.
 *
 * @param problem why the row cannot be loaded, when the reader already knows it (a box column of
 *                another form, a form row with no box filled); null for an ordinary row
 */
public record RawRow(SourceRef source, List<RawCell> cells, Problem problem) {

    /** Why a reader found a row unreadable: the column at fault, its value as written and the reason. */
    public record Problem(String column, String value, String reason) {
    }

    public RawRow {
        cells = cells.stream().map(c -> c == null ? RawCell.text("") : c).toList();
    }

    public RawRow(SourceRef source, List<RawCell> cells) {
        this(source, cells, null);
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
