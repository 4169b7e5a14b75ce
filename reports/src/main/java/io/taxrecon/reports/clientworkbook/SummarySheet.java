package io.taxrecon.reports.clientworkbook;

import io.taxrecon.core.clients.Client;
import io.taxrecon.core.findings.Finding;
import io.taxrecon.core.findings.Severity;
import io.taxrecon.core.notices.NoticeAssessment;
import io.taxrecon.core.notices.NoticeType;
import io.taxrecon.reports.xlsx.SheetWriter;
import io.taxrecon.reports.xlsx.XlsxStyles;
import java.util.EnumMap;
import java.util.Map;

/**
 * The page a reviewer reads first: who the client is, whether the data is complete, the notices
 * with their deadlines and the bridge from what each claims to what the records support, and how
 * many findings of each severity wait on the next sheet.
 *
 * <p>Layout (column A holds labels): title; client block; optional data-quality warning;
 * "Findings by severity"; "Notices" table (13 columns, A..M); one bridge per notice in A..D.
 */
final class SummarySheet implements ClientSheet {

    static final String[] NOTICE_COLUMNS = {
        "Notice ID", "Code", "Title", "Notice date", "Response due", "Days left", "Tax year",
        "Collection stage", "Appeal rights", "Amount claimed", "Records support", "Recommended step", "Meaning",
        "Draft response"};

    @Override
    public String name() {
        return "Summary";
    }

    @Override
    public void write(ClientReport report, SheetWriter out) {
        XlsxStyles st = out.styles();
        // Narrow enough that landscape, one page wide, still prints at a readable size.
        out.widths(24, 11, 28, 12, 12, 8, 8, 16, 24, 14, 14, 44, 44, 26);
        Client client = report.client();

        out.row().text("IRS reconciliation - " + report.clientLabel(), st.title);
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

        long rejected = report.records().rejectedRows();
        if (rejected > 0) {
            out.gap();
            out.row().text(dataQualityWarning(rejected), st.warning);
        }

        out.gap();
        writeSeverityCounts(report, out);
        out.gap();
        writeNotices(report, out);
        writeBridges(report, out);
        out.printSetup(report.pageHeader(), report.pageFooter(), null);
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
        for (Finding f : report.findings()) {
            if (f.severity() != null) {
                counts.merge(f.severity(), 1, Integer::sum);
            }
        }
        out.section("Findings by severity");
        for (Severity s : Severity.values()) {
            out.row().text(s.name(), out.styles().severity(s)).number(counts.get(s));
        }
        out.row().bold("Total").number(report.findings().size());
    }

    private static void writeNotices(ClientReport report, SheetWriter out) {
        XlsxStyles st = out.styles();
        out.section("Notices");
        if (report.reconciliation().notices().isEmpty()) {
            out.row().text("No IRS notices on file for this client.");
            return;
        }
        out.header(NOTICE_COLUMNS);
        for (NoticeAssessment n : report.reconciliation().notices()) {
            NoticeType type = n.type();
            Long daysLeft = n.daysLeft();
            out.row()
                    .text(n.notice().noticeId())
                    .text(n.notice().noticeCode())
                    .wrapped(type == null ? "Not in the notice catalog: verify the notice is genuine before acting or paying" : type.title())
                    .date(n.notice().noticeDate())
                    .date(n.dueDate())
                    .number(daysLeft, daysLeft != null && daysLeft < 0 ? st.integerAlert : st.integer)
                    .number((long) n.notice().taxYear())
                    .text(type == null ? null : Wording.humane(type.stage()))
                    .wrapped(type == null ? null : type.appealRights())
                    .money(n.claimed())
                    .money(n.supported(), st.currencyBold)
                    .wrapped(n.recommendedAction())
                    .wrapped(type == null ? null : type.meaning())
                    .fileLink(report.letterFile(n.notice().noticeId()));
        }
    }

    /** Claimed, then each adjustment with the finding behind it, then what the records support. */
    private static void writeBridges(ClientReport report, SheetWriter out) {
        XlsxStyles st = out.styles();
        for (NoticeAssessment n : report.reconciliation().notices()) {
            out.gap();
            out.section("Bridge for notice " + n.notice().noticeId() + " (" + n.notice().noticeCode()
                    + ", tax year " + n.notice().taxYear() + ")");
            out.header("Step", "Reference", "What", "Amount");
            out.row().bold("Amount claimed").skip().text("what the notice says is due").money(n.claimed(), st.currencyBold);
            for (NoticeAssessment.Adjustment a : n.adjustments()) {
                out.row().text(a.finding() == null ? "Adjustment" : a.finding().name())
                        .text(a.reference())
                        .wrapped(a.label())
                        .money(a.amount());
            }
            out.row().bold("Supported by the records").skip().text("what the client's records support")
                    .money(n.supported(), st.currencyBold);
            if (n.balanceOnNoticeDate() != null) {
                out.row().text("IRS transcript balance").skip().text("for reference: the account's balance for the year")
                        .money(n.balanceOnNoticeDate());
            }
        }
    }
}
