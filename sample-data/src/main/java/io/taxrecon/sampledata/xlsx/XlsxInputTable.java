package io.taxrecon.sampledata.xlsx;

import io.taxrecon.sampledata.inbox.Cell;
import io.taxrecon.sampledata.inbox.InputTable;
import io.taxrecon.sampledata.inbox.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An input file written as an .xlsx workbook with one sheet named after its kind, streamed
 * through POI's SXSSF (only a window of rows in memory). Typed cells become numeric, date and
 * boolean cells; styles are made once per workbook. The workbook is written to a temporary file
 * and renamed when complete, so an interrupted run never leaves a truncated .xlsx behind.
 *
 * <p>The cell content is the same for the same options; the bytes of the zip may not be (zip
 * entries carry times), which is why tests compare .xlsx files by content.
 */
public final class XlsxInputTable implements InputTable {

    /** Rows SXSSF keeps in memory before flushing them to its temporary file. */
    private static final int WINDOW = 200;
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final Path target;
    private final String fileName;
    private final String sheetName;
    private final SXSSFWorkbook workbook;
    private final Sheet sheet;
    private final CellStyle amountStyle;
    private final CellStyle tinStyle;
    private final CellStyle dateStyle;
    private final CellStyle usDateStyle;
    /** 0-based index of the next row; Excel shows it plus one. */
    private int nextRow;
    private long rows;

    /** @param created the workbook's creation date in its properties: fixed, so the content does not depend on the clock */
    public XlsxInputTable(Path dir, Table table, LocalDate created) {
        this.fileName = table.fileName(true);
        this.target = dir.resolve(fileName);
        this.sheetName = table.stem();
        this.workbook = new SXSSFWorkbook(WINDOW);
        workbook.getXSSFWorkbook().getProperties().getCoreProperties()
                .setCreated(Optional.of(Date.from(created.atStartOfDay().toInstant(ZoneOffset.UTC))));
        this.sheet = workbook.createSheet(sheetName);
        DataFormat formats = workbook.createDataFormat();
        amountStyle = style(formats, "#,##0.00");
        tinStyle = style(formats, "000000000");
        dateStyle = style(formats, "yyyy-mm-dd");
        usDateStyle = style(formats, "m/d/yyyy");
        List<String> columns = table.columns();
        Row header = sheet.createRow(nextRow++);
        for (int i = 0; i < columns.size(); i++) {
            header.createCell(i).setCellValue(columns.get(i));
            // Widths from what the columns hold: autoSizeColumn is slow and needs every row tracked.
            String c = columns.get(i);
            int chars = c.contains("name") || c.equals("description") ? 34 : Math.max(12, c.length() + 2);
            sheet.setColumnWidth(i, chars * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    private CellStyle style(DataFormat formats, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(formats.getFormat(format));
        return style;
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public String sheet() {
        return sheetName;
    }

    @Override
    public long write(List<Cell> cells) {
        Row row = newRow();
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (c.text().isEmpty()) {
                continue; // a blank value is no cell at all, as in a sheet someone left empty
            }
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(i);
            switch (c.type()) {
                case TEXT:
                    cell.setCellValue(c.text());
                    break;
                case NUMBER:
                    cell.setCellValue(new BigDecimal(c.text()).doubleValue());
                    break;
                case AMOUNT:
                    cell.setCellValue(new BigDecimal(c.text()).doubleValue());
                    cell.setCellStyle(amountStyle);
                    break;
                case TIN:
                    cell.setCellValue(new BigDecimal(c.text()).doubleValue());
                    cell.setCellStyle(tinStyle);
                    break;
                case DATE:
                    cell.setCellValue(LocalDate.parse(c.text()));
                    cell.setCellStyle(dateStyle);
                    break;
                case DATE_US:
                    cell.setCellValue(LocalDate.parse(c.text()));
                    cell.setCellStyle(usDateStyle);
                    break;
                case DATE_SERIAL:
                    cell.setCellValue(LocalDate.parse(c.text()));
                    break;
                case BOOLEAN:
                    cell.setCellValue(Boolean.parseBoolean(c.text()));
                    break;
                default:
                    throw new IllegalStateException(c.type().name());
            }
        }
        rows++;
        return row.getRowNum() + 1L;
    }

    @Override
    public void blank(boolean variant) {
        if (variant) {
            newRow().createCell(0).setCellValue("");
        } else {
            skipRow();
        }
    }

    private Row newRow() {
        skipRow();
        return sheet.createRow(nextRow - 1);
    }

    private void skipRow() {
        if (nextRow >= MAX_ROWS) {
            throw new IllegalStateException(fileName + ": an Excel sheet holds at most " + MAX_ROWS
                    + " rows; generate fewer clients or use --format csv");
        }
        nextRow++;
    }

    @Override
    public long rows() {
        return rows;
    }

    /** Writes the workbook out and disposes of SXSSF's temporary files, even when writing fails. */
    @Override
    public void close() throws IOException {
        Path part = target.resolveSibling(fileName + ".part");
        try (SXSSFWorkbook wb = workbook; OutputStream out = Files.newOutputStream(part)) {
            wb.write(out);
        }
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
