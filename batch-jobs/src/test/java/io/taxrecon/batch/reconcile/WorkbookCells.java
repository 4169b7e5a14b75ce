package io.taxrecon.batch.reconcile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Every cell of a workbook, sheet by sheet, as "sheet!A1 = value" lines, for comparing a carried
 * workbook with the one a full run writes. What a carried workbook says differently, and truly, is
 * the date of its data: that date is written as {@code <data date>} wherever a cell states it (the
 * Summary's run date, "as of", "up to", the end of the last interest period), and the day counts
 * measured to it (the columns headed "Days left" and "Days") as {@code <days>}. Every other cell,
 * every amount included, must be the same.
 */
final class WorkbookCells {

    private static final Set<String> DAY_COUNTS = Set.of("Days left", "Days");

    private WorkbookCells() {
    }

    static List<String> of(Path file, LocalDate dataAsOf) throws IOException {
        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                Map<Integer, String> headers = new HashMap<>();
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            headers.put(cell.getColumnIndex(), cell.getStringCellValue());
                        }
                        boolean dayCount = cell.getCellType() == CellType.NUMERIC
                                && DAY_COUNTS.contains(headers.getOrDefault(cell.getColumnIndex(), ""));
                        String value = dayCount ? "<days>" : value(cell, dataAsOf);
                        if (!value.isEmpty()) {
                            cells.add(sheet.getSheetName() + "!" + cell.getAddress() + " = " + value);
                        }
                    }
                }
            }
        }
        return cells;
    }

    private static String value(Cell cell, LocalDate dataAsOf) {
        CellType type = cell.getCellType();
        String text = switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case FORMULA -> "=" + cell.getCellFormula();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : Double.toString(cell.getNumericCellValue());
            default -> "";
        };
        return text.replace(dataAsOf.toString(), "<data date>");
    }
}
