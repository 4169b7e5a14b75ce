package org.dhatim.fastexcel;

/**
 * The style index fastexcel keeps on each cell, read and set directly. fastexcel 0.19 sets a style
 * only through a {@link StyleSetter}, which builds the style's font, fill and border and looks it up
 * in the workbook's cache on every call: a report drawing the same dozen looks on thousands of
 * cells resolves each look once with a setter, then gives the other cells its index through here.
 * It lives in fastexcel's package because the index is package-private there (the jar is on the
 * class path, not the module path, so the package is shared).
 */
public final class CellStyleIndex {

    private CellStyleIndex() {
    }

    /** The index in the workbook's styles of the cell at {@code row}, {@code column} (0 for none). */
    public static int of(Worksheet sheet, int row, int column) {
        return sheet.cell(row, column).getStyle();
    }

    /** Gives the cell at {@code row}, {@code column} the style at {@code index} of the workbook's styles. */
    public static void set(Worksheet sheet, int row, int column, int index) {
        sheet.cell(row, column).setStyle(index);
    }
}
