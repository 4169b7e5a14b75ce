package io.taxrecon.reports.xlsx;

/**
 * Writes one sheet top to bottom, whatever draws it: POI ({@link PoiSheetWriter}) or the streaming
 * writer without an object model ({@link FastSheetWriter}). Rows are appended, never revisited, so
 * a sheet's layout must be known before it is written. Every text passes through the run's TIN
 * redactor and {@link CellText#fit}.
 */
public interface SheetWriter {

    /** Appends a row and returns a writer for its cells, from column A. */
    RowWriter row();

    /** Leaves an empty row. */
    void gap();

    /** The index (0-based) of the row the next {@link #row()} will write. */
    int nextRowIndex();

    /** Column widths in characters, from column A; widths come from what we know of the content. */
    void widths(int... chars);

    /** Freezes the rows above {@code rowIndex} so that a header stays in view while scrolling. */
    void freezeRowsAbove(int rowIndex);

    /** An auto-filter over a table whose header is at {@code headerRow}; call after the last row. */
    void autoFilter(int headerRow, int lastColumn);

    /**
     * Landscape, one page wide, the row {@code repeatRow} (null for none) repeated on each page, and
     * the client and run date in the page header and footer so a printed page is never anonymous.
     */
    void printSetup(String headerText, String footerText, Integer repeatRow);

    /** Rows {@code firstRow..lastRow} head every printed page (replaces printSetup's repeated row). */
    void repeatRows(int firstRow, int lastRow);

    /** A row of header cells. */
    default RowWriter header(String... titles) {
        RowWriter row = row();
        for (String t : titles) {
            row.text(t, Look.HEADER);
        }
        return row;
    }

    /** A single bold line introducing a section. */
    default void section(String title) {
        row().text(title, Look.SECTION_TITLE);
    }
}
