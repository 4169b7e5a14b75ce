package io.taxrecon.reports.clientworkbook;

import io.taxrecon.reports.xlsx.SheetWriter;

/**
 * One sheet of a client's workbook. A new sheet is a new implementation added to
 * {@link ClientWorkbook}'s list; it gets the shared derived data and a writer that already
 * redacts TINs, fits text and knows the workbook's styles.
 */
interface ClientSheet {

    /** The wanted sheet name; made safe and unique by the workbook. */
    String name();

    /** False when the client has nothing for this sheet, which is then left out of the workbook. */
    default boolean appliesTo(ClientReport report) {
        return true;
    }

    void write(ClientReport report, SheetWriter out);
}
