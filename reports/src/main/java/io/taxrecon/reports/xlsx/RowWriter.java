package io.taxrecon.reports.xlsx;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Fills one row left to right. Money is BigDecimal up to here and becomes a double only in the
 * cell, shown with the currency format; dates become real date cells. A null value leaves the
 * cell empty (blank means "none", as in findings.csv) but keeps its look.
 */
public interface RowWriter {

    RowWriter text(String value, Look look);

    RowWriter money(BigDecimal value, Look look);

    RowWriter date(LocalDate value);

    RowWriter number(Long value, Look look);

    /**
     * Days from today to the date in column {@code dueDateColumn} of this row, as a formula
     * ({@code =E12-TODAY()}) whose cached value is {@code days}: a reader sees the run's figure, and
     * Excel recomputes it on the day the workbook is opened, so a workbook carried forward to a
     * later night stays true. Empty when {@code days} is null.
     */
    RowWriter daysLeft(int dueDateColumn, Long days, Look look);

    /**
     * A link to another file beside this one (a relative address, so the folder can be moved);
     * plain text when the name is not a valid link address.
     */
    RowWriter fileLink(String fileName);

    /**
     * Text linking to a place in this workbook ({@code "'Evidence'!A12"}), so that a reviewer
     * goes from a finding to its proof in one click; plain wrapped text when there is no place.
     */
    RowWriter linkWithin(String value, String location);

    /**
     * Wrapped text in one cell merged across {@code columns} columns from here, for a sentence that
     * needs more width than one column of a table laid out for another (the row's height follows
     * the merged width).
     */
    RowWriter wrappedAcross(String value, int columns);

    /** Leaves the next cell empty. */
    RowWriter skip();

    /**
     * Draws the row's cells greyed (a finding the reviewer dismissed, a deadline they answered)
     * when {@code greyed}; call before its first cell.
     */
    RowWriter greyed(boolean greyed);

    default RowWriter text(String value) {
        return text(value, Look.TEXT);
    }

    default RowWriter wrapped(String value) {
        return text(value, Look.WRAPPED);
    }

    default RowWriter bold(String value) {
        return text(value, Look.BOLD);
    }

    default RowWriter money(BigDecimal value) {
        return money(value, Look.CURRENCY);
    }

    default RowWriter number(Long value) {
        return number(value, Look.INTEGER);
    }

    default RowWriter number(int value) {
        return number((long) value, Look.INTEGER);
    }
}
