package io.taxrecon.reports.xlsx;

import org.apache.poi.ss.util.CellReference;

/** The formula of a days-left cell, whichever writer draws it. */
final class DaysLeftFormula {

    private DaysLeftFormula() {
    }

    /** "E12-TODAY()": the due date in {@code dueDateColumn} of row {@code rowIndex} (both 0-based), less today. */
    static String of(int dueDateColumn, int rowIndex) {
        return CellReference.convertNumToColString(dueDateColumn) + (rowIndex + 1) + "-TODAY()";
    }
}
