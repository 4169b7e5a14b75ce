package io.taxrecon.reports.worklist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/**
 * A cell's value as the reviewer sees it, never evaluating a formula: a formula gives the value
 * Excel cached when the file was saved. Dates come as real date cells or as ISO text
 * ({@code 2026-11-20}); US text ({@code 11/20/2026}) is accepted too.
 */
final class CellValues {

    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** A date read from a cell, or the text that is not one (to be kept in the note). */
    record DateOrText(LocalDate date, String text) {
    }

    private CellValues() {
    }

    /** The cell's text; null when empty. A number shows without a needless ".0", a date as ISO. */
    static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (type(cell)) {
            case STRING -> blankToNull(cell.getStringCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : plain(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> null;
        };
    }

    /** The cell as a date: a number is a date serial whatever its format (a formula's result may be unformatted). */
    static DateOrText date(Cell cell) {
        if (cell == null) {
            return new DateOrText(null, null);
        }
        if (type(cell) == CellType.NUMERIC && DateUtil.isValidExcelDate(cell.getNumericCellValue())) {
            return new DateOrText(cell.getLocalDateTimeCellValue().toLocalDate(), null);
        }
        String text = text(cell);
        if (text == null) {
            return new DateOrText(null, null);
        }
        String t = text.strip();
        try {
            return new DateOrText(LocalDate.parse(t), null);
        } catch (DateTimeParseException notIso) {
            try {
                return new DateOrText(LocalDate.parse(t, US), null);
            } catch (DateTimeParseException notUs) {
                return new DateOrText(null, t);
            }
        }
    }

    private static CellType type(Cell cell) {
        CellType type = cell.getCellType();
        return type == CellType.FORMULA ? cell.getCachedFormulaResultType() : type;
    }

    private static String plain(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
