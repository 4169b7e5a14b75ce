package io.taxrecon.reports.clientworkbook;

import io.taxrecon.core.clients.Client;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.Severity;
import io.taxrecon.core.notices.NoticeAssessment;
import io.taxrecon.core.notices.NoticeType;
import io.taxrecon.core.worklist.WorklistRow;
import io.taxrecon.reports.xlsx.RowWriter;
import io.taxrecon.reports.xlsx.SheetWriter;
import io.taxrecon.reports.xlsx.Look;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The page a reviewer reads first: who the client is, whether the data is complete, how many
 * findings of each severity wait on the next sheet, the live notices with their deadlines, and
 * per tax year the notices' timeline beside each live notice's bridge ({@link NoticeTimeline}).
 *
 * <p>Layout (column A holds labels): title; client block; optional data-quality warning;
 * "Findings by severity" (with the night: what the reviewer dismissed or answered counted apart);
 * "Live notices" table (14 columns, A..N); per tax year a timeline (A..K)
 * and the bridges of its live notices (A..D). Widths are fixed, so that landscape, one page wide,
 * prints the same every night.
 */
final class SummarySheet implements ClientSheet {

    static final String[] NOTICE_COLUMNS = {
        "Notice ID", "Code", "Title", "Notice date", "Response due", "Days left", "Tax year",
        "Collection stage", "Appeal rights", "Amount claimed", "Records support", "Recommended step", "Meaning",
        "Draft response"};

    static final String NO_LIVE_NOTICE =
            "No live notice: every notice on file has been paid or followed by a later one (see the timelines below).";

    static final String DISMISSED_LABEL = "Dismissed by the reviewer";
    static final String ANSWERED_LABEL = "Deadlines answered";
    /** The days-left cell of a live notice whose deadline the reviewer marked Responded. */
    static final String RESPONDED = "Responded";
    /** The live notices table's "Response due" column, which "Days left" counts down to. */
    static final int DUE_COLUMN = 4;

    @Override
    public String name() {
        return "Summary";
    }

    @Override
    public void write(ClientReport report, SheetWriter out) {
        // Narrow enough that landscape, one page wide, still prints at a readable size; E and F hold
        // the timeline's amount and status too.
        out.widths(24, 11, 28, 12, 14, 12, 8, 16, 24, 14, 14, 44, 44, 26);
        out.printSetup(report.pageHeader(), report.pageFooter(), null);
        Client client = report.client();

        out.row().text("IRS reconciliation - " + report.clientLabel(), Look.TITLE);
        if (report.context().firmName() != null && !report.context().firmName().isBlank()) {
            out.row().bold("Firm").text(report.context().firmName());
        }
        out.row().bold("Client").text(client.name());
        out.row().bold("Client ID").text(client.clientId());
        out.row().bold("TIN").text(ClientReport.masked(client.tin()));
        if (client.spouseName() != null || client.spouseTin() != null) {
            out.row().bold("Spouse").text(client.spouseName());
            out.row().bold("Spouse TIN").text(ClientReport.masked(client.spouseTin()));
        }
        out.row().bold("Reviewer").text(client.reviewer());
        out.row().bold("Run date").date(report.context().runDate());
        out.row().bold("Data").text(dataAsOf(report.context()));

        long rejected = report.records().rejectedRows();
        if (rejected > 0) {
            out.gap();
            out.row().text(dataQualityWarning(rejected), Look.WARNING);
        }

        out.gap();
        writeSeverityCounts(report, out);
        out.gap();
        writeNotices(report, out);
        NoticeTimeline.write(report, out);
    }

    /**
     * The date of the data the workbook shows: "data as of 2026-11-23", or "data as of 2026-11-02,
     * unchanged since" for a workbook carried forward from an earlier night (its days left are
     * formulas, so they stay true).
     */
    static String dataAsOf(ReportContext context) {
        String asOf = "data as of " + context.dataAsOf();
        return context.dataAsOf().isBefore(context.runDate()) ? asOf + ", unchanged since" : asOf;
    }

    static String dataQualityWarning(long rejected) {
        return rejected + (rejected == 1 ? " input row" : " input rows")
                + " for this client could not be loaded: see rejects.csv; the findings may be incomplete";
    }

    private static void writeSeverityCounts(ClientReport report, SheetWriter out) {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        int dismissed = 0;
        int answered = 0;
        for (Finding f : report.findings()) {
            if (!report.actionable(f)) {
                // out of the severity counts, but still counted: the Total stays every finding
                boolean isDismissed = report.row(f).map(WorklistRow::dismissed).orElse(false);
                dismissed += isDismissed ? 1 : 0;
                answered += isDismissed ? 0 : 1;
            } else if (f.severity() != null) {
                counts.merge(f.severity(), 1, Integer::sum);
            }
        }
        out.section("Findings by severity");
        for (Severity s : Severity.values()) {
            out.row().text(s.name(), Look.severity(s)).number(counts.get(s));
        }
        if (report.hasNight()) {
            out.row().text(DISMISSED_LABEL).number(dismissed);
            out.row().text(ANSWERED_LABEL).number(answered);
        }
        out.row().bold("Total").number(report.findings().size());
    }

    private static void writeNotices(ClientReport report, SheetWriter out) {
        out.section("Live notices");
        List<NoticeAssessment> live = report.reconciliation().notices().stream().filter(NoticeAssessment::live).toList();
        if (report.reconciliation().notices().isEmpty()) {
            out.row().text("No IRS notices on file for this client.");
            return;
        }
        if (live.isEmpty()) {
            out.row().text(NO_LIVE_NOTICE);
            return;
        }
        out.header(NOTICE_COLUMNS);
        for (NoticeAssessment n : live) {
            NoticeType type = n.type();
            Long daysLeft = n.daysLeft();
            RowWriter row = out.row()
                    .text(n.notice().noticeId())
                    .text(n.notice().noticeCode())
                    .wrapped(type == null ? "Not in the notice catalog: verify the notice is genuine before acting or paying" : type.title())
                    .date(n.notice().noticeDate())
                    .date(n.dueDate());
            if (report.deadlineAnswered(n.notice().taxYear(), n.notice().noticeId())) {
                row.text(RESPONDED); // the reviewer answered it: no alert until a later notice comes
            } else {
                // a formula on the Response due column: true on whatever day the workbook is opened
                row.daysLeft(DUE_COLUMN, daysLeft, daysLeft != null && daysLeft < 0 ? Look.INTEGER_ALERT : Look.INTEGER);
            }
            row.number((long) n.notice().taxYear())
                    .text(type == null ? null : Wording.humane(type.stage()))
                    .wrapped(type == null ? null : type.appealRights())
                    .money(n.claimed())
                    .money(n.supported(), Look.CURRENCY_BOLD)
                    .wrapped(n.recommendedAction())
                    .wrapped(type == null ? null : type.meaning())
                    .fileLink(report.letterFile(n.notice().noticeId()));
        }
    }
}
