package io.taxrecon.sampledata;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An .xlsx file's cells as Excel stores them, read with POI's user model: every sheet's name, and
 * the chosen sheet's rows by the row number Excel shows, each cell as "type:value". Only for what
 * the product's reader deliberately flattens (a date cell against a date serial, a boolean cell);
 * rows and values are read through inbox-formats.
 */
record XlsxSheet(List<String> sheetNames, List<String> header, List<Row1> rows) {

    /** A row as Excel numbers it; cells as {@code S:text}, {@code N:plain decimal}, {@code D:iso date}, {@code B:bool} or "" when empty. */
    record Row1(long number, List<String> cells) {
        boolean blank() {
            return cells.stream().allMatch(c -> c.isEmpty() || c.equals("S:"));
        }

        /** The value without its type prefix. */
        String value(int column) {
            String c = column >= 0 && column < cells.size() ? cells.get(column) : "";
            return c.isEmpty() ? "" : c.substring(2);
        }

        String type(int column) {
            String c = column >= 0 && column < cells.size() ? cells.get(column) : "";
            return c.isEmpty() ? "" : c.substring(0, 1);
        }
    }

    static XlsxSheet read(Path file, String sheetName) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                names.add(wb.getSheetName(i));
            }
            Sheet sheet = wb.getSheet(sheetName);
            List<Row1> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(describe(row.getCell(c)));
                }
                rows.add(new Row1(row.getRowNum() + 1L, cells));
            }
            List<String> header = new ArrayList<>();
            rows.get(0).cells().forEach(c -> header.add(c.substring(2)));
            return new XlsxSheet(names, header, rows.subList(1, rows.size()));
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    private static String describe(Cell cell) {
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            return "";
        }
        switch (cell.getCellType()) {
            case STRING:
                return "S:" + cell.getStringCellValue();
            case BOOLEAN:
                return "B:" + cell.getBooleanCellValue();
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    return "D:" + cell.getLocalDateTimeCellValue().toLocalDate();
                }
                return "N:" + new BigDecimal(Double.toString(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
            default:
                throw new IllegalStateException("unexpected cell " + cell.getCellType() + " at " + cell.getAddress());
        }
    }
}
