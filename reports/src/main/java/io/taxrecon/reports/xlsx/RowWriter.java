package io.taxrecon.reports.xlsx;

import io.taxrecon.reports.privacy.TinRedactor;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Fills one row left to right. Money is BigDecimal up to here and becomes a double only in the
 * cell, shown with the currency format; dates become real date cells. A null value leaves the
 * cell empty (blank means "none", as in findings.csv).
 */
public final class RowWriter {

    /** The height of one line of 11-point text; Excel's row height limit; the lines that fill it. */
    private static final float LINE_POINTS = 15f;
    private static final float MAX_ROW_POINTS = 409f;
    private static final int MAX_LINES = 28;

    private final Row row;
    private final XlsxStyles styles;
    private final TinRedactor redactor;
    private int column;

    RowWriter(Row row, XlsxStyles styles, TinRedactor redactor) {
        this.row = row;
        this.styles = styles;
        this.redactor = redactor;
    }

    public RowWriter text(String value) {
        return text(value, styles.text);
    }

    public RowWriter wrapped(String value) {
        return text(value, styles.wrapped);
    }

    public RowWriter bold(String value) {
        return text(value, styles.bold);
    }

    public RowWriter text(String value, CellStyle style) {
        Cell cell = next(style);
        if (value != null && !value.isEmpty()) {
            String text = CellText.fit(redactor.redact(value));
            cell.setCellValue(text);
            if (style.getWrapText()) {
                fitHeight(text, widthChars(cell.getColumnIndex(), 1));
            }
        }
        return this;
    }

    public RowWriter money(BigDecimal value) {
        return money(value, styles.currency);
    }

    public RowWriter money(BigDecimal value, CellStyle style) {
        Cell cell = next(style);
        if (value != null) {
            cell.setCellValue(value.doubleValue()); // the POI boundary: the only place money is a double
        }
        return this;
    }

    public RowWriter date(LocalDate value) {
        Cell cell = next(styles.date);
        if (value != null) {
            cell.setCellValue(value);
        }
        return this;
    }

    public RowWriter number(Long value) {
        return number(value, styles.integer);
    }

    public RowWriter number(Long value, CellStyle style) {
        Cell cell = next(style);
        if (value != null) {
            cell.setCellValue(value);
        }
        return this;
    }

    public RowWriter number(int value) {
        return number((long) value, styles.integer);
    }

    /**
     * A link to another file beside this one (a relative address, so the folder can be moved);
     * plain text when the name is not a valid link address.
     */
    public RowWriter fileLink(String fileName) {
        if (fileName == null || fileName.isEmpty()) {
            return skip();
        }
        Cell cell = next(styles.link);
        cell.setCellValue(CellText.fit(redactor.redact(fileName)));
        try {
            Hyperlink link = row.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.FILE);
            link.setAddress(fileName);
            cell.setHyperlink(link);
        } catch (IllegalArgumentException notAnAddress) {
            cell.setCellStyle(styles.text);
        }
        return this;
    }

    /**
     * Text linking to a place in this workbook ({@code "'Evidence'!A12"}), so that a reviewer
     * goes from a finding to its proof in one click; plain wrapped text when there is no place.
     */
    public RowWriter linkWithin(String value, String location) {
        if (location == null || value == null || value.isEmpty()) {
            return wrapped(value);
        }
        Cell cell = next(styles.link);
        String text = CellText.fit(redactor.redact(value));
        cell.setCellValue(text);
        fitHeight(text, widthChars(cell.getColumnIndex(), 1));
        Hyperlink link = row.getSheet().getWorkbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
        link.setAddress(location);
        cell.setHyperlink(link);
        return this;
    }

    /**
     * Wrapped text in one cell merged across {@code columns} columns from here, for a sentence that
     * needs more width than one column of a table laid out for another (the row's height follows
     * the merged width).
     */
    public RowWriter wrappedAcross(String value, int columns) {
        int first = column;
        Cell cell = next(styles.wrapped);
        for (int i = 1; i < columns; i++) {
            next(styles.wrapped);
        }
        if (columns > 1) {
            row.getSheet().addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), first, first + columns - 1));
        }
        if (value != null && !value.isEmpty()) {
            String text = CellText.fit(redactor.redact(value));
            cell.setCellValue(text);
            fitHeight(text, widthChars(first, columns));
        }
        return this;
    }

    private int widthChars(int firstColumn, int columns) {
        int units = 0;
        for (int c = firstColumn; c < firstColumn + columns; c++) {
            units += row.getSheet().getColumnWidth(c);
        }
        return Math.max(1, units / 256);
    }

    /**
     * Makes the row tall enough for wrapped text, estimated from its length and the column's
     * width. Excel grows such rows by itself, LibreOffice (7.x) does not and prints the lines over
     * the next row; autoSizeColumn-like measuring is too slow, so the estimate errs on the tall side
     * (one character per unit of column width, whose unit is the width of a digit).
     */
    private void fitHeight(String text, int widthChars) {
        int lines = 0;
        int start = 0;
        while (start <= text.length() && lines < MAX_LINES) {
            int end = text.indexOf('\n', start);
            int length = (end < 0 ? text.length() : end) - start;
            lines += Math.max(1, (length + widthChars - 1) / widthChars);
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        float points = Math.min(MAX_ROW_POINTS, lines * LINE_POINTS + 2f);
        if (points > row.getHeightInPoints()) {
            row.setHeightInPoints(points);
        }
    }

    /** Leaves the next cell empty. */
    public RowWriter skip() {
        column++;
        return this;
    }

    private Cell next(CellStyle style) {
        Cell cell = row.createCell(column++);
        cell.setCellStyle(style);
        return cell;
    }
}
