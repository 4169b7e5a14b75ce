package io.taxrecon.batch.worklist;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Edits a written worklist with POI the way a reviewer does in Excel (a copy of the reports module's test helper), then saves it. */
final class Reviewer implements AutoCloseable {

    private final Path file;
    private final XSSFWorkbook wb;
    private XSSFSheet sheet;

    Reviewer(Path file) throws IOException {
        this.file = file;
        try (InputStream in = Files.newInputStream(file)) {
            this.wb = new XSSFWorkbook(in);
        }
        this.sheet = wb.getSheet("Open");
    }

    Reviewer on(String sheetName) {
        sheet = wb.getSheet(sheetName);
        return this;
    }

    XSSFWorkbook workbook() {
        return wb;
    }

    /** The cell of the finding's row under the header {@code header}. */
    XSSFCell cell(String keyText, String header) {
        int column = column(header);
        for (Row row : sheet) {
            Cell key = row.getCell(column("Key"));
            if (key != null && key.getCellType() == CellType.STRING && key.getStringCellValue().equals(keyText)) {
                Cell cell = row.getCell(column);
                return (XSSFCell) (cell == null ? row.createCell(column) : cell);
            }
        }
        throw new AssertionError("no row " + keyText);
    }

    Reviewer set(String keyText, String header, String value) {
        cell(keyText, header).setCellValue(value);
        return this;
    }

    Reviewer setDate(String keyText, String header, LocalDate value) {
        XSSFCell cell = cell(keyText, header);
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("m/d/yy"));
        cell.setCellValue(value);
        cell.setCellStyle(style);
        return this;
    }

    /** Types a formula that Excel evaluates on saving: the cached value is what the reader must see. */
    Reviewer formula(String keyText, String header, String formula) {
        XSSFCell cell = cell(keyText, header);
        cell.setCellFormula(formula);
        wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
        return this;
    }

    int column(String header) {
        for (Cell c : sheet.getRow(0)) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(header)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }

    /** Sorts the data rows in reverse (as a reviewer's sort on another column would reorder them). */
    Reviewer reverseRows() {
        int last = sheet.getLastRowNum();
        List<List<Object>> values = new ArrayList<>();
        List<List<CellStyle>> styles = new ArrayList<>();
        int width = sheet.getRow(0).getLastCellNum();
        for (int r = 1; r <= last; r++) {
            List<Object> v = new ArrayList<>();
            List<CellStyle> s = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                Cell cell = sheet.getRow(r).getCell(c);
                v.add(value(cell));
                s.add(cell == null ? null : cell.getCellStyle());
            }
            values.add(v);
            styles.add(s);
        }
        for (int r = 1; r <= last; r++) {
            List<Object> v = values.get(last - r);
            List<CellStyle> s = styles.get(last - r);
            Row row = sheet.getRow(r);
            for (int c = 0; c < width; c++) {
                put(row, c, v.get(c), s.get(c));
            }
        }
        return this;
    }

    /** Swaps two columns, headers included (the reviewer drags the Note column elsewhere). */
    Reviewer swapColumns(String a, String b) {
        int ca = column(a);
        int cb = column(b);
        for (Row row : sheet) {
            Cell x = row.getCell(ca);
            Cell y = row.getCell(cb);
            Object vx = value(x);
            Object vy = value(y);
            CellStyle sx = x == null ? null : x.getCellStyle();
            CellStyle sy = y == null ? null : y.getCellStyle();
            put(row, ca, vy, sy);
            put(row, cb, vx, sx);
        }
        return this;
    }

    /** Renames a header (or blanks it: "" deletes the column's meaning). */
    Reviewer renameHeader(String header, String to) {
        sheet.getRow(0).getCell(column(header)).setCellValue(to);
        return this;
    }

    private static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> cell.getNumericCellValue();
            case BOOLEAN -> cell.getBooleanCellValue();
            case FORMULA -> new Object[] {cell.getCellFormula()};
            default -> null;
        };
    }

    private void put(Row row, int c, Object value, CellStyle style) {
        Cell cell = row.getCell(c);
        if (cell != null) {
            row.removeCell(cell);
        }
        if (value == null && style == null) {
            return;
        }
        cell = row.createCell(c);
        if (style != null) {
            cell.setCellStyle(style);
        }
        if (value instanceof String s) {
            cell.setCellValue(s);
        } else if (value instanceof Double d) {
            cell.setCellValue(d);
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (value instanceof Object[] formula) {
            cell.setCellFormula((String) formula[0]);
            wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
        }
    }

    /** Saves over the file, as Excel does. */
    @Override
    public void close() throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }
}
