package io.taxrecon.reports.xlsx;

import io.taxrecon.reports.privacy.TinRedactor;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Writes one sheet top to bottom. The sheet may be streaming (SXSSF keeps only a window of rows
 * in memory), so rows are appended, never revisited: a sheet's layout must be known before it is
 * written.
 * Every text passes through the {@link TinRedactor} and {@link CellText#fit}.
 */
public final class SheetWriter {

    private static final int MAX_COLUMN_WIDTH_CHARS = 255;

    private final Sheet sheet;
    private final XlsxStyles styles;
    private final TinRedactor redactor;
    private int nextRow;

    public SheetWriter(Sheet sheet, XlsxStyles styles, TinRedactor redactor) {
        this.sheet = sheet;
        this.styles = styles;
        this.redactor = redactor;
    }

    public XlsxStyles styles() {
        return styles;
    }

    public Sheet sheet() {
        return sheet;
    }

    /** Appends a row and returns a writer for its cells, from column A. */
    public RowWriter row() {
        return new RowWriter(sheet.createRow(nextRow++), styles, redactor);
    }

    /** Leaves an empty row. */
    public void gap() {
        nextRow++;
    }

    /** A row of header cells. */
    public RowWriter header(String... titles) {
        RowWriter row = row();
        for (String t : titles) {
            row.text(t, styles.header);
        }
        return row;
    }

    /** A single bold line introducing a section. */
    public void section(String title) {
        row().text(title, styles.sectionTitle);
    }

    /** The index (0-based) of the row the next {@link #row()} will write. */
    public int nextRowIndex() {
        return nextRow;
    }

    /** Column widths in characters, from column A; widths come from what we know of the content. */
    public void widths(int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, Math.min(chars[i], MAX_COLUMN_WIDTH_CHARS) * 256);
        }
    }

    /** Freezes the rows above {@code rowIndex} so that a header stays in view while scrolling. */
    public void freezeRowsAbove(int rowIndex) {
        sheet.createFreezePane(0, rowIndex);
    }

    /** An auto-filter over a table whose header is at {@code headerRow}; call after the last row. */
    public void autoFilter(int headerRow, int lastColumn) {
        int lastRow = Math.max(headerRow, nextRow - 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, lastColumn));
    }

    /**
     * Landscape, one page wide, the header row repeated on each page, and the client and run date
     * in the page header and footer so a printed page is never anonymous.
     */
    public void printSetup(String headerText, String footerText, Integer repeatRow) {
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.getHeader().setCenter(headerFooterText(headerText));
        sheet.getFooter().setLeft(headerFooterText(footerText));
        sheet.getFooter().setRight("Page &P of &N");
        if (repeatRow != null) {
            sheet.setRepeatingRows(new CellRangeAddress(repeatRow, repeatRow, -1, -1));
        }
    }

    // '&' starts a control code in header/footer text; Excel limits the whole text to 255 chars.
    private String headerFooterText(String text) {
        String safe = redactor.redact(text == null ? "" : text).replace("&", "&&");
        return CellText.fit(safe, 200);
    }
}
