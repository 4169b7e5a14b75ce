package io.taxrecon.reports.clientworkbook;

import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.values.SourceRef;
import io.taxrecon.core.worklist.WorklistRow;
import io.taxrecon.reports.xlsx.Look;
import io.taxrecon.reports.xlsx.RowWriter;
import io.taxrecon.reports.xlsx.SheetWriter;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One row per finding, most urgent first, the severity cell filled in its colour; header frozen
 * and filterable so a reviewer with thousands of findings can narrow them down. With the night,
 * {@link #NIGHT_COLUMNS} follow, and what the reviewer dismissed or answered closes the sheet,
 * greyed, with its note.
 */
final class FindingsSheet implements ClientSheet {

    static final String[] COLUMNS = {
        "Severity", "Type", "Tax year", "Reference", "IRS amount", "Client amount", "Difference",
        "Notice", "Due date", "Explanation", "Recommended action", "Evidence"};

    /** The night's columns, after {@link #COLUMNS}, when the run compared with the previous night. */
    static final String[] NIGHT_COLUMNS = {"First seen", "Night status", "Review status", "Review note"};

    @Override
    public String name() {
        return "Findings";
    }

    @Override
    public void write(ClientReport report, SheetWriter out) {
        String[] columns = report.hasNight()
                ? Stream.concat(Arrays.stream(COLUMNS), Arrays.stream(NIGHT_COLUMNS)).toArray(String[]::new) : COLUMNS;
        out.widths(10, 28, 9, 14, 14, 14, 14, 10, 12, 50, 42, 30, 11, 10, 14, 40);
        out.printSetup(report.pageHeader(), report.pageFooter(), 0);
        out.header(columns);
        out.freezeRowsAbove(1);
        for (Finding f : report.findings()) {
            RowWriter row = out.row().greyed(!report.actionable(f)) // dismissed or answered: greyed
                    .text(f.severity() == null ? null : f.severity().name(), Look.severity(f.severity()))
                    .text(f.type() == null ? null : f.type().name())
                    .number((long) f.taxYear())
                    .text(f.reference())
                    .money(f.irsAmount())
                    .money(f.clientAmount())
                    .money(f.difference())
                    .text(f.noticeId())
                    .date(f.dueDate())
                    .wrapped(f.explanation())
                    .wrapped(f.recommendedAction())
                    .linkWithin(evidence(f), evidenceLink(report, f));
            if (report.hasNight()) {
                WorklistRow night = report.row(f).orElse(null);
                row.date(night == null ? null : night.firstSeen())
                        .text(night == null ? null : night.nightStatus().name())
                        .text(night == null ? null : night.reviewStatus().label())
                        .wrapped(night == null || night.entry() == null ? null : night.entry().note());
            }
        }
        if (report.findings().isEmpty()) {
            out.row().text("No findings: the records agree with what the IRS shows.");
        }
        out.autoFilter(0, columns.length - 1);
    }

    /** The Evidence sheet's row of the finding's first cited input row; null when it has none. */
    static String evidenceLink(ClientReport report, Finding f) {
        for (SourceRef ref : f.evidence()) {
            int row = report.evidenceRow(ref);
            if (row >= 0) {
                return "'" + EvidenceSheet.NAME + "'!A" + (row + 1);
            }
        }
        return null;
    }

    /** "payments.csv:12; irs_transactions.csv:40". */
    static String evidence(Finding f) {
        return f.evidence().stream().map(SourceRef::toString).collect(Collectors.joining("; "));
    }
}
