package io.taxrecon.reports.worklist;

import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.worklist.NightView;
import io.taxrecon.core.worklist.WorklistRow;
import io.taxrecon.reports.xlsx.RowLooks;
import io.taxrecon.reports.xlsx.PoiRowWriter;
import io.taxrecon.reports.xlsx.PoiSheetWriter;

/**
 * The Open sheet: one row per finding of the run, in {@code NightView}'s order (follow-ups due
 * first, marked; then new; then by urgency; dismissed rows and answered deadlines last, greyed).
 */
final class OpenSheet {

    static final int STATUS_COLUMN = 10;
    static final int KEY_COLUMN = WorklistColumns.OPEN.length - 1;

    private OpenSheet() {
    }

    static void write(NightView view, PoiSheetWriter out, RowLooks looks) {
        out.widths(WorklistColumns.OPEN_WIDTHS);
        out.header(WorklistColumns.OPEN);
        for (WorklistRow r : view.open()) {
            Finding f = r.finding();
            PoiRowWriter row = out.row()
                    .date(r.firstSeen())
                    .number(r.nightsOpen())
                    .text(r.nightStatus().name())
                    .text(f.clientId())
                    .number(f.taxYear())
                    .text(r.key().findingType())
                    .text(f.severity() == null ? null : f.severity().name(), out.styles().severity(f.severity()))
                    .money(r.amount())
                    .date(f.dueDate())
                    .fileLink(WorklistWorkbook.linkFor(view.runDate(), f.clientId()));
            ReviewerCells.write(row, r.entry());
            ReviewerCells.key(out.sheet().getRow(out.nextRowIndex() - 1), KEY_COLUMN, r.key());
            ReviewerCells.look(out, looks, !r.actionable(), r.followUpDue());
        }
        ReviewerCells.finish(out, STATUS_COLUMN, KEY_COLUMN, KEY_COLUMN);
    }
}
