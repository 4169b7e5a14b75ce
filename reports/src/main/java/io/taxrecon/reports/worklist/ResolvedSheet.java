package io.taxrecon.reports.worklist;

import io.taxrecon.core.worklist.NightView;
import io.taxrecon.core.worklist.ResolvedRow;
import io.taxrecon.reports.xlsx.PoiRowWriter;
import io.taxrecon.reports.xlsx.PoiSheetWriter;

/**
 * The Resolved sheet: what left the Open sheet tonight, when and why, and every finding resolved
 * earlier that still carries a reviewer's entry, with all four of the reviewer's columns so that
 * reading the sheet back loses none of them.
 */
final class ResolvedSheet {

    static final int STATUS_COLUMN = 7;
    static final int KEY_COLUMN = WorklistColumns.RESOLVED.length - 1;

    private ResolvedSheet() {
    }

    static void write(NightView view, PoiSheetWriter out) {
        out.widths(WorklistColumns.RESOLVED_WIDTHS);
        out.header(WorklistColumns.RESOLVED);
        for (ResolvedRow r : view.resolved()) {
            PoiRowWriter row = out.row()
                    .text(r.key().clientId())
                    .number(r.key().taxYear())
                    .text(r.key().findingType())
                    .text(r.key().reference())
                    .date(r.prior() == null ? null : r.prior().firstSeen())
                    .date(r.resolvedOn())
                    .wrapped(r.reason());
            ReviewerCells.write(row, r.entry());
            ReviewerCells.key(out.sheet().getRow(out.nextRowIndex() - 1), KEY_COLUMN, r.key());
        }
        ReviewerCells.finish(out, STATUS_COLUMN, KEY_COLUMN, KEY_COLUMN);
    }
}
