package io.taxrecon.reports.worklist;

import io.taxrecon.core.worklist.FindingKey;
import io.taxrecon.core.worklist.ReviewEntry;
import io.taxrecon.core.worklist.ReviewStatus;
import io.taxrecon.reports.xlsx.RowLooks;
import io.taxrecon.reports.xlsx.PoiRowWriter;
import io.taxrecon.reports.xlsx.PoiSheetWriter;
import io.taxrecon.reports.xlsx.CellText;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * Writes what both sheets share: the reviewer's four columns, the hidden key, the Status
 * drop-down and a row's look (greyed or marked).
 */
final class ReviewerCells {

    private static final String[] STATUS_LABELS;

    static {
        ReviewStatus[] all = ReviewStatus.values();
        STATUS_LABELS = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            STATUS_LABELS[i] = all[i].label();
        }
    }

    private ReviewerCells() {
    }

    /** Status (Open when the reviewer set none), Assigned to, Follow-up date, Note. */
    static PoiRowWriter write(PoiRowWriter row, ReviewEntry entry) {
        ReviewStatus status = entry == null || entry.status() == null ? ReviewStatus.OPEN : entry.status();
        return row.text(status.label())
                .text(entry == null ? null : entry.assignedTo())
                .date(entry == null ? null : entry.followUp())
                .wrapped(entry == null ? null : entry.note());
    }

    /**
     * The key in its own cell, as written, bypassing the TIN redactor: it is an identifier the
     * reader must find again character for character, like the ids findings.csv writes as given.
     */
    static void key(Row row, int column, FindingKey key) {
        row.createCell(column).setCellValue(CellText.fit(key.text()));
    }

    /** Gives every cell of the row written last the greyed or marked variant of its style. */
    static void look(PoiSheetWriter out, RowLooks looks, boolean greyed, boolean marked) {
        looks.apply(out.sheet().getRow(out.nextRowIndex() - 1), greyed, marked);
    }

    /** The Status drop-down over the rows written, a frozen filterable header, the key column hidden. */
    static void finish(PoiSheetWriter out, int statusColumn, int keyColumn, int lastColumn) {
        Sheet sheet = out.sheet();
        int lastRow = out.nextRowIndex() - 1;
        if (lastRow >= 1) {
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidationConstraint list = helper.createExplicitListConstraint(STATUS_LABELS);
            DataValidation validation = helper.createValidation(list,
                    new CellRangeAddressList(1, lastRow, statusColumn, statusColumn));
            validation.setSuppressDropDownArrow(true); // XSSF: true shows the arrow
            validation.setShowErrorBox(true);
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.createErrorBox("Status", "Choose one of: " + String.join(", ", STATUS_LABELS));
            sheet.addValidationData(validation);
        }
        sheet.setColumnHidden(keyColumn, true);
        out.freezeRowsAbove(1);
        out.autoFilter(0, lastColumn);
    }
}
