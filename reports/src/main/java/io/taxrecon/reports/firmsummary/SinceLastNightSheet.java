package io.taxrecon.reports.firmsummary;

import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.worklist.NightCounts;
import io.taxrecon.core.worklist.NightView;
import io.taxrecon.core.worklist.WorklistRow;
import io.taxrecon.reports.xlsx.PoiSheetWriter;
import java.util.List;
import java.util.Map;

/**
 * The firm summary's "Since last night" sheet: what the morning starts with. The night's counts
 * (new, still open, resolved, and what the reviewer's entries did), then every new HIGH finding
 * the reviewer has not dismissed, by client and name, linked to the client's workbook.
 */
final class SinceLastNightSheet {

    static final String NAME = "Since last night";
    static final String[] NEW_HIGH_COLUMNS = {
        "Client ID", "Client name", "Tax year", "Finding type", "Reference", "Amount", "Due date", "Explanation",
        "Workbook"};
    static final String NO_NEW_HIGH = "No new HIGH finding tonight.";
    static final String FIRST_NIGHT = "No earlier night in the staging store: every finding is new";

    /** What the sheet knows of a client from its Clients row. */
    record ClientLine(String name, String workbookFileName) {
    }

    private SinceLastNightSheet() {
    }

    static void write(PoiSheetWriter out, String title, NightView night, Map<String, ClientLine> clients) {
        out.widths(16, 30, 9, 28, 16, 14, 12, 60, 24);
        out.row().text(title, out.styles().title);
        out.row().bold("Run date").date(night.runDate());
        if (night.previousRunDate() == null) {
            out.row().bold("Compared with").text(FIRST_NIGHT);
        } else {
            out.row().bold("Compared with").date(night.previousRunDate());
        }
        out.gap();
        NightCounts counts = night.counts();
        out.section(NAME);
        out.row().bold("New findings").number(counts.newFindings());
        out.row().bold("Still open").number(counts.stillOpen());
        out.row().bold("Resolved").number(counts.resolved());
        out.row().bold("Dismissed by the reviewer").number(counts.dismissed());
        out.row().bold("Deadlines answered").number(counts.deadlinesAnswered());
        out.row().bold("Follow-ups due").number(counts.followUpsDue());
        out.gap();
        out.section("New HIGH findings");
        List<WorklistRow> newHigh = night.newHigh();
        if (newHigh.isEmpty()) {
            out.row().text(NO_NEW_HIGH);
            return;
        }
        int header = out.nextRowIndex();
        out.header(NEW_HIGH_COLUMNS);
        for (WorklistRow r : newHigh) {
            Finding f = r.finding();
            ClientLine client = clients.get(f.clientId());
            out.row()
                    .text(f.clientId())
                    .text(client == null ? null : client.name())
                    .number(f.taxYear())
                    .text(r.key().findingType())
                    .text(f.reference())
                    .money(r.amount())
                    .date(f.dueDate())
                    .wrapped(f.explanation())
                    .fileLink(client == null ? null : client.workbookFileName());
        }
        out.autoFilter(header, NEW_HIGH_COLUMNS.length - 1);
    }
}
