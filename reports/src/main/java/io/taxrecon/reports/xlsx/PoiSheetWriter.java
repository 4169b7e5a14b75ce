package io.taxrecon.reports.xlsx;

import io.taxrecon.reports.privacy.TinRedactor;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * A {@link SheetWriter} on POI's object model, for the reports that need it (the firm summary with
 * its charts, the worklist that is read back). The sheet may be streaming (SXSSF keeps only a
 * window of rows in memory).
 */
public final class PoiSheetWriter implements SheetWriter {

    private static final int MAX_COLUMN_WIDTH_CHARS = 255;

    private final Sheet sheet;
    private final XlsxStyles styles;
    private final TinRedactor redactor;
    private int nextRow;

    public PoiSheetWriter(Sheet sheet, XlsxStyles styles, TinRedactor redactor) {
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

    @Override
    public PoiRowWriter row() {
        return new PoiRowWriter(sheet.createRow(nextRow++), styles, redactor);
    }

    @Override
    public void gap() {
        nextRow++;
    }

    @Override
    public PoiRowWriter header(String... titles) {
        PoiRowWriter row = row();
        for (String t : titles) {
            row.text(t, styles.header);
        }
        return row;
    }

    @Override
    public int nextRowIndex() {
        return nextRow;
    }

    @Override
    public void widths(int... chars) {
        for (int i = 0; i < chars.length; i++) {
            sheet.setColumnWidth(i, Math.min(chars[i], MAX_COLUMN_WIDTH_CHARS) * 256);
        }
    }

    @Override
    public void freezeRowsAbove(int rowIndex) {
        sheet.createFreezePane(0, rowIndex);
    }

    @Override
    public void autoFilter(int headerRow, int lastColumn) {
        int lastRow = Math.max(headerRow, nextRow - 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow, 0, lastColumn));
    }

    @Override
    public void printSetup(String headerText, String footerText, Integer repeatRow) {
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup ps = sheet.getPrintSetup();
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.getHeader().setCenter(CellText.pageMargin(redactor.redact(headerText)));
        sheet.getFooter().setLeft(CellText.pageMargin(redactor.redact(footerText)));
        sheet.getFooter().setRight("Page &P of &N");
        if (repeatRow != null) {
            repeatRows(repeatRow, repeatRow);
        }
    }

    @Override
    public void repeatRows(int firstRow, int lastRow) {
        sheet.setRepeatingRows(new CellRangeAddress(firstRow, lastRow, -1, -1));
    }
}
