package io.taxrecon.reports.xlsx;

import io.taxrecon.reports.privacy.TinRedactor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.Worksheet;

/**
 * A {@link SheetWriter} on fastexcel, a streaming writer without an object model: rows go out to
 * the package every {@link #FLUSH_ROWS} rows, so a client with thousands of rows holds a window
 * of them. The sheet-level settings (widths, frozen rows, print set-up) are written with the first
 * rows, so they must come before the {@link #FLUSH_ROWS}th row.
 */
public final class FastSheetWriter implements SheetWriter {

    /** Rows kept before they are written out. */
    public static final int FLUSH_ROWS = 1_000;

    private static final int MAX_COLUMN_WIDTH_CHARS = 255;
    // Excel's width of a column nobody sized, in characters
    private static final int DEFAULT_WIDTH_CHARS = 8;
    // The page header's font, as Excel's default (fastexcel would otherwise name one).
    private static final String MARGIN_FONT = "Calibri";
    private static final int MARGIN_POINTS = 11;

    private final Worksheet ws;
    private final FastStyles styles;
    private final TinRedactor redactor;
    private final Map<String, Long> cachedValues = new LinkedHashMap<>();
    private int[] widths = new int[0];
    private FastRowWriter open;
    private int nextRow;
    private boolean flushed;

    FastSheetWriter(Worksheet ws, FastStyles styles, TinRedactor redactor) {
        this.ws = ws;
        this.styles = styles;
        this.redactor = redactor;
    }

    @Override
    public RowWriter row() {
        closeRow();
        if (nextRow > 0 && nextRow % FLUSH_ROWS == 0) {
            flush();
        }
        open = new FastRowWriter(this, ws, styles, redactor, nextRow++);
        return open;
    }

    @Override
    public void gap() {
        closeRow();
        nextRow++;
    }

    @Override
    public int nextRowIndex() {
        return nextRow;
    }

    @Override
    public void widths(int... chars) {
        beforeFirstFlush("column widths");
        widths = chars.clone();
        for (int i = 0; i < chars.length; i++) {
            ws.width(i, Math.min(chars[i], MAX_COLUMN_WIDTH_CHARS));
        }
    }

    @Override
    public void freezeRowsAbove(int rowIndex) {
        beforeFirstFlush("frozen rows");
        ws.freezePane(0, rowIndex);
    }

    @Override
    public void autoFilter(int headerRow, int lastColumn) {
        int lastRow = Math.max(headerRow, nextRow - 1);
        ws.setAutoFilter(headerRow, 0, lastRow, lastColumn);
    }

    @Override
    public void printSetup(String headerText, String footerText, Integer repeatRow) {
        beforeFirstFlush("the print set-up");
        ws.setFitToPage(true);
        ws.setAutoPageBreaks(true);
        ws.pageOrientation("landscape");
        ws.fitToWidth((short) 1);
        ws.fitToHeight((short) 0);
        ws.header(CellText.pageMargin(redactor.redact(headerText)), Position.CENTER, MARGIN_FONT, MARGIN_POINTS);
        ws.footer(CellText.pageMargin(redactor.redact(footerText)), Position.LEFT, MARGIN_FONT, MARGIN_POINTS);
        ws.footer("Page &P of &N", Position.RIGHT, MARGIN_FONT, MARGIN_POINTS);
        if (repeatRow != null) {
            repeatRows(repeatRow, repeatRow);
        }
    }

    @Override
    public void repeatRows(int firstRow, int lastRow) {
        ws.repeatRows(firstRow, lastRow);
    }

    /** Closes the last row and writes the sheet into the package; the sheet takes nothing after this. */
    void finish() throws IOException {
        closeRow();
        ws.finish();
    }

    /** The formulas of this sheet with the values a reader sees before any recalculation. */
    Map<String, Long> cachedValues() {
        return cachedValues;
    }

    void cachedValue(String formula, long value) {
        cachedValues.put(formula, value);
    }

    /** The width in characters of {@code columns} columns from {@code first}, for wrapping text. */
    int widthChars(int first, int columns) {
        int chars = 0;
        for (int c = first; c < first + columns; c++) {
            chars += c < widths.length ? Math.min(widths[c], MAX_COLUMN_WIDTH_CHARS) : DEFAULT_WIDTH_CHARS;
        }
        return Math.max(1, chars);
    }

    private void closeRow() {
        if (open != null) {
            open.close();
            open = null;
        }
    }

    private void flush() {
        try {
            ws.flush();
            flushed = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // fastexcel writes the sheet's settings with its first rows: later ones would be lost silently.
    private void beforeFirstFlush(String what) {
        if (flushed) {
            throw new IllegalStateException(what + " must be set before row " + FLUSH_ROWS + " of sheet " + ws.getName());
        }
    }
}
