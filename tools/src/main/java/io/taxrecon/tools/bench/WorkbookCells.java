package io.taxrecon.tools.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
 * Every non-blank cell of a workbook as "sheet!A1" to its value (a formula cell as its formula),
 * read as the product's own later-night test reads it: what a carried workbook says differently,
 * and truly, is the date of its data, so that date is written {@code <data date>} wherever a cell
 * states it, and the day counts measured to it (the columns headed "Days left" and "Days") as
 * {@code <days>}. Every other cell, every amount included, must be the same.
 */
final class WorkbookCells {

    private static final Set<String> DAY_COUNTS = Set.of("Days left", "Days");

    private WorkbookCells() {
    }

    /** @param dataAsOf the date the workbook's data is as of, written {@code <data date>}; null: every cell as written */
    static Map<String, String> of(Path file, LocalDate dataAsOf) throws IOException {
        Map<String, String> cells = new LinkedHashMap<>();
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
                            cells.put(sheet.getSheetName() + "!" + cell.getAddress(), value);
                        }
                    }
                }
            }
        }
        return cells;
    }

    /** The cells as {@link #of} reads them with {@code dataAsOf}, from cells read as written. */
    static Map<String, String> masked(Map<String, String> asWritten, LocalDate dataAsOf) {
        Map<String, String> cells = new LinkedHashMap<>();
        asWritten.forEach((cell, value) -> cells.put(cell, value.replace(dataAsOf.toString(), "<data date>")));
        return cells;
    }

    private static String value(Cell cell, LocalDate dataAsOf) {
        String text = switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case FORMULA -> "=" + cell.getCellFormula();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : Double.toString(cell.getNumericCellValue());
            default -> "";
        };
        return dataAsOf == null ? text : text.replace(dataAsOf.toString(), "<data date>");
    }
}
